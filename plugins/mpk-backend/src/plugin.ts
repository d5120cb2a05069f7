import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { MpkPersonaLoader } from '@mpk-portal/plugin-mpk-node';
import { readMpkConfig } from './config';
import { createRouter } from './router';
import { createMpkServices } from './services';
import { createAccessControl } from './shared/access/createAccessControl';
import { scheduleReleaseCalendarRefresh } from './tasks/releaseCalendarRefresh';
import { scheduleUpgradeReminders } from './tasks/upgradeReminders';

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
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        database: coreServices.database,
        catalog: catalogServiceRef,
        notifications: notificationService,
      },
      async init(deps) {
        const settings = readMpkConfig(deps.config);
        const services = await createMpkServices({ ...deps, settings });
        const access = createAccessControl(deps);

        await scheduleReleaseCalendarRefresh({
          scheduler: deps.scheduler,
          settings: settings.releaseCalendars,
          calendars: services.calendars,
        });
        await scheduleUpgradeReminders({
          ...deps,
          ...services,
          settings: settings.upgradeReminders,
        });

        deps.httpRouter.use(
          await createRouter({
            ...services,
            access,
            personas: new MpkPersonaLoader(deps),
            uploadLimits: settings.conformance.uploadLimits,
          }),
        );
      },
    });
  },
});
