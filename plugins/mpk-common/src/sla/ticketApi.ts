import { ApiSchemas } from '../schema/apiSchemas';

/**
 * What can happen to a ticket after it was opened. The first `responded` (or, without one, the
 * first `resolved`) stops the initial-response clock.
 * @public
 */
export const TICKET_EVENT_TYPES = [
  'responded',
  'resolved',
  'reopened',
] as const;

/** @public */
export type TicketEventType = (typeof TICKET_EVENT_TYPES)[number];

/**
 * Whether a ticket is being worked on.
 * @public
 */
export const TICKET_STATUSES = ['open', 'resolved'] as const;

/** @public */
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/**
 * Where a ticket came from.
 * @public
 */
export type TicketSource = ApiSchemas['TicketSource'];

/**
 * One event of a ticket.
 * @public
 */
export type TicketEvent = ApiSchemas['TicketEvent'];

/**
 * A support ticket of a managed cluster with its initial-response SLA, as the API serves it.
 * @public
 */
export type Ticket = ApiSchemas['Ticket'];

/**
 * `GET /api/mpk/tickets`.
 * @public
 */
export type TicketListResponse = ApiSchemas['TicketListResponse'];

/**
 * `GET /api/mpk/clusters/:namespace/:name/sla`.
 * @public
 */
export type ClusterSlaResponse = ApiSchemas['ClusterSlaResponse'];

/**
 * A request for a service credit, as stored.
 * @public
 */
export type CreditClaim = ApiSchemas['CreditClaim'];

/**
 * What a credit claim can stand at for one breach.
 * @public
 */
export type CreditClaimStatus = ApiSchemas['CreditClaimStatus'];

/**
 * One missed initial response of a customer's month, and the credit it earns.
 * @public
 */
export type CreditEvent = ApiSchemas['CreditEvent'];

/**
 * `GET /api/mpk/credits?customer=&month=`.
 * @public
 */
export type CreditsResponse = ApiSchemas['CreditsResponse'];

/**
 * `POST /api/mpk/credits/claims`.
 * @public
 */
export type CreditClaimResponse = ApiSchemas['CreditClaimResponse'];
