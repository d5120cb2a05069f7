import { ClusterEnvironment } from '../cluster/clusterEntity';
import { SlaCompliance } from './compliance';
import { CREDIT_TERMS, CreditEligibility, CustomerContract } from './credits';
import { TicketCategory, TicketSeverity, TicketSla } from './slaRules';
import { SupportedWindowAt } from './supportedWindow';

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
export type TicketSource = 'api' | 'alertmanager';

/**
 * One event of a ticket.
 * @public
 */
export interface TicketEvent {
  type: TicketEventType;
  at: string;
  /** when the portal received it, and from whom (a user or service ref) */
  recordedAt: string;
  recordedBy: string;
}

/**
 * A support ticket of a managed cluster with its initial-response SLA, as the API serves it.
 * @public
 */
export interface Ticket {
  id: string;
  externalId: string | null;
  source: TicketSource;
  /** entity ref of the cluster, e.g. `resource:default/acme-prod` */
  cluster: string;
  customer: string;
  /** the cluster's facts when the ticket was received */
  environment: ClusterEnvironment;
  /** the severity as requested; `sla.severity` is the one the target comes from */
  severity: TicketSeverity;
  category: TicketCategory;
  title: string;
  openedAt: string;
  causedByThirdParty: boolean;
  status: TicketStatus;
  /** whether the cluster's version was inside the supported window when the ticket was opened */
  supportedWindow: SupportedWindowAt;
  events: TicketEvent[];
  sla: TicketSla;
  /** the Alertmanager group a ticket of source `alertmanager` tracks */
  alertGroup: { groupKey: string; externalUrl: string | null } | null;
  createdAt: string;
}

/**
 * `GET /api/mpk/tickets`.
 * @public
 */
export interface TicketListResponse {
  /** the moment the SLA states were computed */
  now: string;
  items: Ticket[];
  totalCount: number;
}

/**
 * `GET /api/mpk/clusters/:namespace/:name/sla`.
 * @public
 */
export interface ClusterSlaResponse {
  cluster: string;
  now: string;
  /** open tickets, the most urgent due date first */
  openTickets: Ticket[];
  compliance: { last30Days: SlaCompliance; last90Days: SlaCompliance };
}

/**
 * A request for a service credit, as stored.
 * @public
 */
export interface CreditClaim {
  id: string;
  ticketId: string;
  customer: string;
  requestedAt: string;
  requestedBy: string;
}

/**
 * What a credit claim can stand at for one breach.
 * @public
 */
export type CreditClaimStatus =
  | 'claimed'
  | 'claimable'
  | 'expired'
  | 'ineligible';

/**
 * One missed initial response of a customer's month, and the credit it earns.
 * @public
 */
export interface CreditEvent extends CreditEligibility {
  ticket: Pick<Ticket, 'id' | 'title' | 'cluster' | 'openedAt'> & {
    severity: TicketSeverity;
  };
  breachedAt: string;
  claimDeadline: string;
  claim: CreditClaim | null;
  claimStatus: CreditClaimStatus;
  explanation: string;
}

/**
 * `GET /api/mpk/credits?customer=&month=`.
 * @public
 */
export interface CreditsResponse {
  customer: { name: string; title: string; entityRef: string };
  month: string;
  /** the contract's time zone, in which months and claim windows are counted */
  timeZone: string;
  now: string;
  contract: CustomerContract;
  /** the contract's credit terms ({@link CREDIT_TERMS}), as numbers any contract may have */
  terms: { [K in keyof typeof CREDIT_TERMS]: number };
  /** breaches of the month in order */
  events: CreditEvent[];
  totals: {
    breaches: number;
    eligible: number;
    claimed: number;
    claimedUsd: number;
    capUsd: number;
    payableUsd: number;
    capped: boolean;
  };
  explanation: string;
  /** SLA compliance of the customer's tickets per month, the 12 months up to `month` */
  complianceByMonth: Array<{ month: string } & SlaCompliance>;
}

/**
 * `POST /api/mpk/credits/claims`.
 * @public
 */
export interface CreditClaimResponse {
  claim: CreditClaim;
  event: CreditEvent;
}
