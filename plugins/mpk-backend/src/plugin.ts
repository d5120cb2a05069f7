import {
  coreServices,
  createBackendPlugin,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { ReleaseCalendars } from './calendars/ReleaseCalendars';
import { DatabaseHealth } from './database/DatabaseHealth';
import { UpgradeStore } from './database/UpgradeStore';
import { TicketStore } from './database/TicketStore';
import { ConformanceStore } from './database/ConformanceStore';
import { PipelineRunStore } from './database/PipelineRunStore';
import { ConformanceService } from './conformance/ConformanceService';
import { readConformanceSettings } from './conformance/conformanceSettings';
import { loadExampleRuns, readExampleRuns } from './conformance/exampleRuns';
import { createRouter } from './service/router';
import { KubernetesLiveFacts } from './live/KubernetesLiveFacts';
import { AlertmanagerIntake } from './alertmanager/AlertmanagerIntake';
import { CreditService } from './tickets/CreditService';
import { TicketService } from './tickets/TicketService';
import {
  loadExampleTickets,
  readExampleTickets,
} from './tickets/exampleTickets';
import {
  readAlertmanagerSettings,
  readSupportCalendar,
} from './tickets/ticketSettings';
import { mpkPermissions } from '@mpk-portal/plugin-mpk-common';
import { UpgradeService } from './upgrade/UpgradeService';
import { sendUpgradeReminders } from './upgrade/upgradeReminders';

/** Where the contract counts its days unless `mpk.contract.timeZone` says otherwise. */
const defaultTimeZone = 'America/Los_Angeles';

/**
 * The mpk backend plugin: serves the contract rules of the managed Kubernetes service at
 * `/api/mpk`, and reminds support pods of upgrade deadlines.
 * @public
 */
export const mpkPlugin = createBackendPlugin({
  pluginId: 'mpk',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        httpRouter: coreServices.httpRouter,
        database: coreServices.database,
        catalog: catalogServiceRef,
        notifications: notificationService,
      },
      async init(deps) {
        const {
          config,
          logger,
          scheduler,
          auth,
          httpAuth,
          httpRouter,
          database,
          permissions,
        } = deps;
        deps.permissionsRegistry.addPermissions(mpkPermissions);
        const databaseHealth = await DatabaseHealth.create({ database });
        const store = await UpgradeStore.create({ database });
        const calendars = await ReleaseCalendars.create({ config, logger });
        if (calendars.refreshesFromApi) {
          const schedule = config.getOptionalConfig(
            'mpk.releaseCalendars.api.schedule',
          );
          await scheduler.scheduleTask({
            id: 'mpk-release-calendars-refresh',
            ...(schedule
              ? readSchedulerServiceTaskScheduleDefinitionFromConfig(schedule)
              : { frequency: { hours: 24 }, timeout: { minutes: 2 } }),
            // Every replica keeps its own copy of the calendars, so each refreshes its own.
            scope: 'local',
            fn: () => calendars.refreshFromApi(),
          });
        }

        const timeZone =
          config.getOptionalString('mpk.contract.timeZone') ?? defaultTimeZone;
        const conformanceSettings = readConformanceSettings(config);
        const conformance = new ConformanceService({
          catalog: deps.catalog,
          auth,
          store: await ConformanceStore.create({ database }),
          timeZone,
          maxAgeDays: conformanceSettings.maxAgeDays,
        });
        const upgrades = new UpgradeService({
          catalog: deps.catalog,
          calendars,
          store,
          liveFacts: new KubernetesLiveFacts({
            discovery: deps.discovery,
            auth,
            logger,
          }),
          timeZone,
          conformance,
        });
        const ticketStore = await TicketStore.create({ database });
        const tickets = new TicketService({
          catalog: deps.catalog,
          auth,
          calendars,
          store: ticketStore,
          supportCalendar: readSupportCalendar(config),
          timeZone,
        });
        const credits = new CreditService({
          catalog: deps.catalog,
          auth,
          tickets,
          store: ticketStore,
          timeZone,
        });
        const alertmanager = new AlertmanagerIntake(
          tickets,
          readAlertmanagerSettings(config),
        );
        httpRouter.use(
          await createRouter({
            httpAuth,
            permissions,
            databaseHealth,
            upgrades,
            tickets,
            credits,
            alertmanager,
            conformance,
            uploadLimits: conformanceSettings.uploadLimits,
            calendars,
            pipelineRuns: await PipelineRunStore.create({ database }),
          }),
        );

        const exampleRunsFile = config.getOptionalString(
          'mpk.conformance.examples',
        );
        if (exampleRunsFile) {
          const exampleRuns = await readExampleRuns(exampleRunsFile);
          let pending = exampleRuns;
          await scheduler.scheduleTask({
            id: 'mpk-example-conformance-runs',
            // Until the catalog has ingested the example clusters.
            frequency: { seconds: 20 },
            timeout: { minutes: 2 },
            initialDelay: { seconds: 5 },
            scope: 'local',
            fn: async () => {
              if (pending.length === 0) return;
              const { recorded, waiting } = await loadExampleRuns({
                examples: pending,
                conformance,
              });
              pending = pending.filter(run => waiting.includes(run.cluster));
              if (recorded > 0) {
                logger.info(`Example conformance runs: ${recorded} recorded`);
              }
            },
          });
        }

        const examplesFile = config.getOptionalString('mpk.tickets.examples');
        if (examplesFile) {
          const examples = await readExampleTickets(examplesFile);
          await scheduler.scheduleTask({
            id: 'mpk-example-tickets',
            // Until the catalog has ingested the example clusters; then each run finds nothing to do.
            frequency: { seconds: 20 },
            timeout: { minutes: 1 },
            initialDelay: { seconds: 5 },
            scope: 'local',
            fn: async () => {
              const { opened, waiting } = await loadExampleTickets({
                examples,
                tickets,
              });
              if (opened > 0) logger.info(`Example tickets: ${opened} opened`);
              if (waiting.length > 0) {
                logger.debug(
                  `Example tickets waiting for their clusters: ${waiting.join(
                    ', ',
                  )}`,
                );
              }
            },
          });
        }

        const reminderSchedule = config.getOptionalConfig(
          'mpk.upgradeReminders.schedule',
        );
        await scheduler.scheduleTask({
          id: 'mpk-upgrade-reminders',
          ...(reminderSchedule
            ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
                reminderSchedule,
              )
            : // 16:00 UTC is the start of the working day in Los Angeles.
              { frequency: { cron: '0 16 * * *' }, timeout: { minutes: 10 } }),
          fn: async () => {
            const credentials = await auth.getOwnServiceCredentials();
            const { assessed } = await upgrades.assessFleet(credentials);
            const sent = await sendUpgradeReminders({
              clusters: assessed,
              store,
              notifications: deps.notifications,
            });
            logger.info(`Upgrade reminders: ${sent} sent`);
          },
        });
      },
    });
  },
});
