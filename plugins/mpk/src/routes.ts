import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';

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

/**
 * Route of the support page (the tickets the user may see); both frontend systems mount it.
 * @public
 */
export const supportRouteRef = createRouteRef({ id: 'mpk:support' });

/**
 * Route of one ticket's page, under the support page: `<support>/tickets/:id`.
 * @public
 */
export const supportTicketRouteRef = createSubRouteRef({
  id: 'mpk:support-ticket',
  parent: supportRouteRef,
  path: '/tickets/:id',
});

/**
 * Route of the onboarding page (each customer's engagement and its steps); both frontend systems
 * mount it.
 * @public
 */
export const onboardingRouteRef = createRouteRef({ id: 'mpk:onboarding' });

/**
 * Route of the security deviations page (a customer's open deviations across its clusters); both
 * frontend systems mount it.
 * @public
 */
export const securityDeviationsRouteRef = createRouteRef({
  id: 'mpk:security-deviations',
});
