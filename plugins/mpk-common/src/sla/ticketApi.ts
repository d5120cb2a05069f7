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
 * A ticket as lists serve it: its facts and SLA, without what only its page shows (description,
 * events, supported window, conversation, credit). A {@link Ticket} is one too.
 * @public
 */
export type TicketSummary = ApiSchemas['TicketSummary'];

/**
 * The initial response of a ticket: who stopped the clock, when, and how.
 * @public
 */
export type TicketResponse = ApiSchemas['TicketResponse'];

/**
 * One comment of a ticket's conversation.
 * @public
 */
export type TicketComment = ApiSchemas['TicketComment'];

/**
 * Whether a comment's author writes for the customer, the provider, or is a system.
 * @public
 */
export type TicketCommentSide = ApiSchemas['TicketCommentSide'];

/**
 * `POST /api/mpk/tickets/:id/comments`.
 * @public
 */
export type TicketCommentRequest = ApiSchemas['TicketCommentRequest'];

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
 * The credit of a ticket's missed initial response, with the month the credits view files it
 * under (`GET /api/mpk/tickets/:id`).
 * @public
 */
export type TicketCredit = ApiSchemas['TicketCredit'];

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
