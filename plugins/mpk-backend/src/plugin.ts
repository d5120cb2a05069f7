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
import { createRouter } from './service/router';
import { KubernetesLiveFacts } from './live/KubernetesLiveFacts';
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
        } = deps;
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

        const upgrades = new UpgradeService({
          catalog: deps.catalog,
          calendars,
          store,
          liveFacts: new KubernetesLiveFacts({
            discovery: deps.discovery,
            auth,
            logger,
          }),
          timeZone:
            config.getOptionalString('mpk.contract.timeZone') ??
            defaultTimeZone,
        });
        httpRouter.use(
          await createRouter({ httpAuth, databaseHealth, upgrades }),
        );

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
