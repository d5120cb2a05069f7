import {
  coreServices,
  createBackendPlugin,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { ReleaseCalendars } from './calendars/ReleaseCalendars';
import { DatabaseHealth } from './database/DatabaseHealth';
import { UpgradeStore } from './database/UpgradeStore';
import { createRouter } from './service/router';
import { UpgradeService } from './upgrade/UpgradeService';

/** Where the contract counts its days unless `mpk.contract.timeZone` says otherwise. */
const defaultTimeZone = 'America/Los_Angeles';

/**
 * The mpk backend plugin: serves the contract rules of the managed Kubernetes service at
 * `/api/mpk`.
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
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        database: coreServices.database,
        catalog: catalogServiceRef,
      },
      async init({
        config,
        logger,
        scheduler,
        httpAuth,
        httpRouter,
        database,
        catalog,
      }) {
        const databaseHealth = await DatabaseHealth.create({ database });
        const store = await UpgradeStore.create({ database });
        const calendars = await ReleaseCalendars.create({ config, logger });
        if (calendars.refreshesFromApi) {
          const scheduleConfig = config.getOptionalConfig(
            'mpk.releaseCalendars.api.schedule',
          );
          await scheduler.scheduleTask({
            id: 'mpk-release-calendars-refresh',
            ...(scheduleConfig
              ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
                  scheduleConfig,
                )
              : { frequency: { hours: 24 }, timeout: { minutes: 2 } }),
            // Every replica keeps its own copy of the calendars, so each refreshes its own.
            scope: 'local',
            fn: () => calendars.refreshFromApi(),
          });
        }
        const upgrades = new UpgradeService({
          catalog,
          calendars,
          store,
          timeZone:
            config.getOptionalString('mpk.contract.timeZone') ??
            defaultTimeZone,
        });
        httpRouter.use(
          await createRouter({ httpAuth, databaseHealth, upgrades }),
        );
      },
    });
  },
});
