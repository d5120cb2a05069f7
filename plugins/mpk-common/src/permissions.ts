import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Opening a support ticket, directly or through the Alertmanager webhook.
 * @public
 */
export const mpkTicketCreatePermission = createPermission({
  name: 'mpk.ticket.create',
  attributes: { action: 'create' },
});

/**
 * Recording a ticket's response, resolution or reopening.
 * @public
 */
export const mpkTicketUpdatePermission = createPermission({
  name: 'mpk.ticket.update',
  attributes: { action: 'update' },
});

/**
 * Requesting a service credit for a missed initial response.
 * @public
 */
export const mpkCreditClaimPermission = createPermission({
  name: 'mpk.credit.claim',
  attributes: { action: 'create' },
});

/**
 * Uploading a cluster's conformance results.
 * @public
 */
export const mpkConformanceUploadPermission = createPermission({
  name: 'mpk.conformance.upload',
  attributes: { action: 'create' },
});

/**
 * Every permission of the mpk plugin.
 * @public
 */
export const mpkPermissions = [
  mpkTicketCreatePermission,
  mpkTicketUpdatePermission,
  mpkCreditClaimPermission,
  mpkConformanceUploadPermission,
];
