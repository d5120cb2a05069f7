import { createRouteRef } from '@backstage/core-plugin-api';

/**
 * Route of the Kubernetes stack page in the legacy frontend system.
 * @public
 */
export const rootRouteRef = createRouteRef({ id: 'mpk' });
