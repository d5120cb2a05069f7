import { createRouteRef } from '@backstage/core-plugin-api';

/**
 * Route of the Kubernetes stack page in the legacy frontend system.
 * @public
 */
export const rootRouteRef = createRouteRef({ id: 'mpk' });

/**
 * Route of the upgrade fleet page in the legacy frontend system.
 * @public
 */
export const upgradeFleetRouteRef = createRouteRef({ id: 'mpk:upgrade-fleet' });

/**
 * Route of the SLA credits page in the legacy frontend system.
 * @public
 */
export const slaCreditsRouteRef = createRouteRef({ id: 'mpk:sla-credits' });
