import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import { readMpkConfig } from './config';
import { createRouter } from './router';
import { KubernetesSecurityReports } from './security/live/KubernetesSecurityReports';
import { scheduleSecurityChecks } from './tasks/securityChecks';
import { createMpkServices } from './services';
import { createAccessControl } from './platform/access/createAccessControl';
import { scheduleReleaseCalendarRefresh } from './tasks/releaseCalendarRefresh';
import { scheduleTicketSlaAlerts } from './tasks/ticketSlaAlerts';
import { scheduleUpgradeReminders } from './tasks/upgradeReminders';

/**
 * The mpk backend plugin: serves the contract rules of the managed Kubernetes service at
 * `/api/mpk`, reminds support pods of upgrade deadlines, and tells them of tickets whose response
 * is at risk or missed.
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
        signals: signalsServiceRef,
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
        await scheduleTicketSlaAlerts({ ...deps, ...services });
        await scheduleSecurityChecks({
          ...deps,
          ...services,
          settings: settings.security,
          liveReports: new KubernetesSecurityReports(deps),
        });

        deps.httpRouter.use(
          await createRouter({
            ...services,
            access,
            uploadLimits: settings.conformance.uploadLimits,
          }),
        );
      },
    });
  },
});
