import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { MpkApiClient } from '@mpk-portal/plugin-mpk-client';
import {
  loadExampleApiReports,
  readExampleApiReports,
} from './exampleApiReports';
import { loadExampleDesigns, readExampleDesigns } from './exampleDesigns';
import { loadExampleRuns, readExampleRuns } from './exampleRuns';
import {
  loadExampleSecurityReports,
  readExampleSecurityReports,
} from './exampleSecurityReports';
import { loadExampleTickets, readExampleTickets } from './exampleTickets';

/**
 * Loads example tickets, conformance runs, deprecated-API scans, security scans and designs into
 * the mpk plugin through its API, for a demonstration portal: each file named under
 * `mpk.examples` is read at start (a broken file stops the backend, naming every problem) and
 * loaded once its clusters (for a design, its customer, pod and team) are in the catalog.
 * @public
 */
export const mpkModuleExamples = createBackendModule({
  pluginId: 'mpk',
  moduleId: 'examples',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
      },
      async init({ config, logger, scheduler, auth, discovery }) {
        const ticketsFile = config.getOptionalString('mpk.examples.tickets');
        const runsFile = config.getOptionalString(
          'mpk.examples.conformanceRuns',
        );
        const apiReportsFile = config.getOptionalString(
          'mpk.examples.deprecatedApiReports',
        );
        const securityReportsFile = config.getOptionalString(
          'mpk.examples.securityReports',
        );
        const designsFile = config.getOptionalString('mpk.examples.designs');
        let tickets = ticketsFile ? await readExampleTickets(ticketsFile) : [];
        let runs = runsFile ? await readExampleRuns(runsFile) : [];
        let apiReports = apiReportsFile
          ? await readExampleApiReports(apiReportsFile)
          : [];
        let securityReports = securityReportsFile
          ? await readExampleSecurityReports(securityReportsFile)
          : [];
        let designs = designsFile ? await readExampleDesigns(designsFile) : [];
        const client = new MpkApiClient({ discoveryApi: discovery });

        await scheduler.scheduleTask({
          id: 'mpk-examples',
          // Until the catalog has ingested the example clusters; then there is nothing to do.
          frequency: { seconds: 20 },
          timeout: { minutes: 2 },
          initialDelay: { seconds: 5 },
          scope: 'local',
          fn: async () => {
            if (
              tickets.length === 0 &&
              runs.length === 0 &&
              apiReports.length === 0 &&
              securityReports.length === 0 &&
              designs.length === 0
            ) {
              return;
            }
            const { token } = await auth.getPluginRequestToken({
              onBehalfOf: await auth.getOwnServiceCredentials(),
              targetPluginId: 'mpk',
            });
            const headers = { Authorization: `Bearer ${token}` };
            const now = new Date();
            const loadedTickets = await loadExampleTickets({
              examples: tickets,
              client,
              headers,
              now,
            });
            tickets = tickets.filter(t =>
              loadedTickets.waiting.includes(t.externalId),
            );
            const loadedRuns = await loadExampleRuns({
              examples: runs,
              client,
              headers,
              now,
            });
            runs = runs.filter(r => loadedRuns.waiting.includes(r.cluster));
            const loadedApiReports = await loadExampleApiReports({
              examples: apiReports,
              client,
              headers,
            });
            apiReports = apiReports.filter(r =>
              loadedApiReports.waiting.includes(r.cluster),
            );
            const loadedDesigns = await loadExampleDesigns({
              examples: designs,
              client,
              headers,
            });
            designs = designs.filter(d =>
              loadedDesigns.waiting.includes(d.design.name),
            );
            // Last: a refused scan (the API reads every file before storing any) throws, naming
            // the file, and should not hold up the other examples.
            const loadedSecurityReports = await loadExampleSecurityReports({
              examples: securityReports,
              client,
              headers,
            });
            securityReports = securityReports.filter(r =>
              loadedSecurityReports.waiting.includes(r.cluster),
            );
            if (
              loadedTickets.opened +
                loadedRuns.recorded +
                loadedApiReports.recorded +
                loadedSecurityReports.recorded +
                loadedDesigns.published >
              0
            ) {
              logger.info(
                `Examples: ${loadedTickets.opened} tickets opened, ${loadedRuns.recorded} conformance runs recorded, ${loadedApiReports.recorded} deprecated-API reports recorded, ${loadedSecurityReports.recorded} security scans recorded, ${loadedDesigns.published} designs published`,
              );
            }
          },
        });
      },
    });
  },
});
