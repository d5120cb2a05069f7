import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { MpkApiClient } from '@mpk-portal/plugin-mpk-client';
import { loadExampleRuns, readExampleRuns } from './exampleRuns';
import { loadExampleTickets, readExampleTickets } from './exampleTickets';

/**
 * Loads example tickets and conformance runs into the mpk plugin through its API, for a
 * demonstration portal: each file named under `mpk.examples` is read at start (a broken file
 * stops the backend, naming every problem) and loaded once its clusters are in the catalog.
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
        let tickets = ticketsFile ? await readExampleTickets(ticketsFile) : [];
        let runs = runsFile ? await readExampleRuns(runsFile) : [];
        const client = new MpkApiClient({ discoveryApi: discovery });

        await scheduler.scheduleTask({
          id: 'mpk-examples',
          // Until the catalog has ingested the example clusters; then there is nothing to do.
          frequency: { seconds: 20 },
          timeout: { minutes: 2 },
          initialDelay: { seconds: 5 },
          scope: 'local',
          fn: async () => {
            if (tickets.length === 0 && runs.length === 0) return;
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
            if (loadedTickets.opened + loadedRuns.recorded > 0) {
              logger.info(
                `Examples: ${loadedTickets.opened} tickets opened, ${loadedRuns.recorded} conformance runs recorded`,
              );
            }
          },
        });
      },
    });
  },
});
