import {
  ClusterEnvironment,
  firstResponse,
  SlaClock,
  SupportCalendar,
  SupportedWindowAt,
  TicketCategory,
  TicketComment,
  TicketCommentSide,
  TicketEvent,
  TicketEventType,
  TicketResponse,
  TicketSeverity,
  TicketSlaFacts,
  ticketSlaFacts,
  TicketSource,
  TicketStatus,
} from '@mpk-portal/plugin-mpk-common';
import { toDate } from '../platform/migrateDatabase';

/** How a first response came: a comment of the pod, an acknowledgement, or a resolution. */
export type ResponseKind = TicketResponse['kind'];

/** The first response of a ticket, which stopped its clock. */
export interface StoredResponse {
  at: Date;
  /** user or service ref */
  by: string;
  kind: ResponseKind;
}

/**
 * A ticket as lists read it: its facts as of opening and its first response, without what only
 * its page shows (what the opener wrote, the events).
 */
export interface StoredTicketSummary {
  id: string;
  externalId: string | null;
  source: TicketSource;
  clusterRef: string;
  customer: string;
  environment: ClusterEnvironment;
  supportedWindow: SupportedWindowAt;
  severity: TicketSeverity;
  category: TicketCategory;
  title: string;
  openedAt: Date;
  /** user or service ref; null for tickets stored before the desk */
  openedBy: string | null;
  /** the cluster's owning pod group when the ticket was opened, to notify */
  ownerRef: string | null;
  causedByThirdParty: boolean;
  status: TicketStatus;
  alertGroup: { groupKey: string; externalUrl: string | null } | null;
  createdAt: Date;
  /** the deadline and target, fixed at opening */
  slaFacts: TicketSlaFacts;
  response: StoredResponse | null;
}

/** A ticket as stored: its facts as of opening, its first response and its events. */
export interface StoredTicket extends StoredTicketSummary {
  description: string | null;
  /** in the order they happened */
  events: TicketEvent[];
}

/** What is stored of a new ticket. */
export type NewTicket = Omit<
  StoredTicket,
  'id' | 'status' | 'events' | 'createdAt' | 'response'
> & {
  /** a person's Idempotency-Key, under which their retry finds the ticket */
  idempotencyKey?: string | null;
};

/** A row of `mpk_tickets`. Timestamps read back as Date (PostgreSQL) or epoch ms (SQLite). */
export interface TicketRow {
  id: string;
  external_id: string | null;
  source: string;
  cluster_ref: string;
  customer: string;
  environment: string;
  supported_window: string;
  severity: string;
  category: string;
  title: string;
  description: string | null;
  opened_at: Date | string | number;
  opened_by: string | null;
  owner_ref: string | null;
  caused_by_third_party: boolean | number;
  status: string;
  alert_group_key: string | null;
  alert_external_url: string | null;
  created_at: Date | string | number;
  sla_severity: string | null;
  sla_target: string | null;
  sla_clock: string | null;
  due_at: Date | string | number | null;
  at_risk_from: Date | string | number | null;
  sla_applicable: boolean | number | null;
  sla_explanation: string | null;
  responded_at: Date | string | number | null;
  responded_by: string | null;
  response_kind: string | null;
  idempotency_key: string | null;
}

/**
 * The columns of `mpk_tickets` a ticket's summary is made of: not what the opener wrote (up to
 * 20,000 characters a row), which lists never show, nor the alerts' bookkeeping.
 */
export const SUMMARY_COLUMNS = [
  'id',
  'external_id',
  'source',
  'cluster_ref',
  'customer',
  'environment',
  'supported_window',
  'severity',
  'category',
  'title',
  'opened_at',
  'opened_by',
  'owner_ref',
  'caused_by_third_party',
  'status',
  'alert_group_key',
  'alert_external_url',
  'created_at',
  'sla_severity',
  'sla_target',
  'sla_clock',
  'due_at',
  'at_risk_from',
  'sla_applicable',
  'sla_explanation',
  'responded_at',
  'responded_by',
  'response_kind',
] as const satisfies readonly (keyof TicketRow)[];

/** A row of `mpk_tickets` as summaries read it. */
export type TicketSummaryRow = Pick<
  TicketRow,
  (typeof SUMMARY_COLUMNS)[number]
>;

/** Whether a row still lacks its SLA facts: the start-up backfill has not reached it. */
export const lacksSlaFacts = (row: TicketSummaryRow) =>
  row.due_at === null || row.at_risk_from === null;

export interface EventRow {
  ticket_id: string;
  type: string;
  at: Date | string | number;
  recorded_at: Date | string | number;
  recorded_by: string;
}

export interface CommentRow {
  id: string;
  ticket_id: string;
  author_ref: string;
  author_name: string;
  side: string;
  body: string;
  created_at: Date | string | number;
  counts_as_response: boolean | number;
  idempotency_key: string | null;
}

export function toEvent(row: EventRow): TicketEvent {
  return {
    type: row.type as TicketEventType,
    at: toDate(row.at).toISOString(),
    recordedAt: toDate(row.recorded_at).toISOString(),
    recordedBy: row.recorded_by,
  };
}

export function toComment(row: CommentRow): TicketComment {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    author: row.author_ref,
    authorName: row.author_name,
    side: row.side as TicketCommentSide,
    body: row.body,
    createdAt: toDate(row.created_at).toISOString(),
    countsAsResponse: Boolean(row.counts_as_response),
  };
}

/** The response the events alone tell, for tickets stored before responses were kept. */
export function responseOfEvents(events: TicketEvent[]): StoredResponse | null {
  const first = firstResponse(events);
  if (!first) return null;
  const event = events.find(
    e => e.type === first.by && Date.parse(e.at) === first.at.getTime(),
  )!;
  return {
    at: first.at,
    by: event.recordedBy,
    kind: first.by === 'resolved' ? 'resolution' : 'acknowledgement',
  };
}

/** The SLA facts kept with a ticket; undefined for a row the start-up backfill has not reached. */
export function storedSlaFacts(
  row: TicketSummaryRow,
): TicketSlaFacts | undefined {
  if (row.due_at === null || row.at_risk_from === null) return undefined;
  return {
    severity: row.sla_severity as TicketSeverity,
    target: row.sla_target!,
    clock: row.sla_clock as SlaClock,
    dueAt: toDate(row.due_at),
    atRiskFrom: toDate(row.at_risk_from),
    applicable: Boolean(row.sla_applicable),
    explanation: row.sla_explanation ?? '',
  };
}

/** The SLA facts a ticket got, or would have got, at its opening. */
export function slaFactsOfRow(
  row: TicketSummaryRow,
  calendar: SupportCalendar,
): TicketSlaFacts {
  return (
    storedSlaFacts(row) ??
    // E.g. a row an older replica wrote while this one started.
    ticketSlaFacts(
      {
        severity: row.severity as TicketSeverity,
        category: row.category as TicketCategory,
        environment: row.environment as ClusterEnvironment,
        openedAt: toDate(row.opened_at),
        withinSupportedWindow: (
          JSON.parse(row.supported_window) as SupportedWindowAt
        ).within,
      },
      calendar,
    )
  );
}

/** The first response kept with a ticket; told by its events for a row not backfilled yet. */
function responseOfRow(
  row: TicketSummaryRow,
  events: TicketEvent[],
): StoredResponse | null {
  if (lacksSlaFacts(row)) return responseOfEvents(events);
  if (row.responded_at === null) return null;
  return {
    at: toDate(row.responded_at),
    by: row.responded_by!,
    kind: row.response_kind as ResponseKind,
  };
}

/**
 * A ticket's summary from its row. `events` are only read for a row the start-up backfill has not
 * reached, whose first response they tell; a backfilled row keeps its own.
 */
export function toTicketSummary(
  row: TicketSummaryRow,
  events: TicketEvent[],
  calendar: SupportCalendar,
): StoredTicketSummary {
  return {
    id: row.id,
    externalId: row.external_id,
    source: row.source as TicketSource,
    clusterRef: row.cluster_ref,
    customer: row.customer,
    environment: row.environment as ClusterEnvironment,
    supportedWindow: JSON.parse(row.supported_window),
    severity: row.severity as TicketSeverity,
    category: row.category as TicketCategory,
    title: row.title,
    openedAt: toDate(row.opened_at),
    openedBy: row.opened_by,
    ownerRef: row.owner_ref,
    causedByThirdParty: Boolean(row.caused_by_third_party),
    status: row.status as TicketStatus,
    alertGroup:
      row.alert_group_key === null
        ? null
        : {
            groupKey: row.alert_group_key,
            externalUrl: row.alert_external_url,
          },
    createdAt: toDate(row.created_at),
    slaFacts: slaFactsOfRow(row, calendar),
    response: responseOfRow(row, events),
  };
}

export function toTicket(
  row: TicketRow,
  events: TicketEvent[],
  calendar: SupportCalendar,
): StoredTicket {
  return {
    ...toTicketSummary(row, events, calendar),
    description: row.description,
    events,
  };
}

/** The columns that keep a ticket's SLA facts. */
export function slaFactsColumns(facts: TicketSlaFacts) {
  return {
    sla_severity: facts.severity,
    sla_target: facts.target,
    sla_clock: facts.clock,
    due_at: facts.dueAt,
    at_risk_from: facts.atRiskFrom,
    sla_applicable: facts.applicable,
    sla_explanation: facts.explanation,
  };
}

/** The columns that keep a ticket's first response. */
export function responseColumns(response: StoredResponse | null) {
  return {
    responded_at: response?.at ?? null,
    responded_by: response?.by ?? null,
    response_kind: response?.kind ?? null,
  };
}
