import { ApiSchemas } from '../schema/apiSchemas';
import { ClusterEnvironment } from '../cluster/clusterEntity';
import {
  addBusinessMinutes,
  addClockMinutes,
  businessDayMinutes,
  DEFAULT_SUPPORT_CALENDAR,
  SupportCalendar,
} from './supportCalendar';

/**
 * Ticket severities, most urgent first.
 * @public
 */
export const TICKET_SEVERITIES = ['urgent', 'high', 'normal', 'low'] as const;

/** @public */
export type TicketSeverity = (typeof TICKET_SEVERITIES)[number];

/**
 * Ticket categories: only technical tickets carry an SLA.
 * @public
 */
export const TICKET_CATEGORIES = ['technical', 'non-technical'] as const;

/** @public */
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];

/**
 * The clocks a response target runs on.
 * @public
 */
export type SlaClock = ApiSchemas['SlaClock'];

/**
 * Initial-response targets of the contract per severity. Low is one business day, which the
 * contract defines as one whole business day of the calendar (9 hours, 08:00 to 17:00).
 * @public
 */
export const RESPONSE_TARGETS: Record<
  TicketSeverity,
  { minutes: number | 'business-day'; clock: SlaClock }
> = {
  urgent: { minutes: 15, clock: '24x7' },
  high: { minutes: 60, clock: '24x7' },
  normal: { minutes: 60, clock: 'business-hours' },
  low: { minutes: 'business-day', clock: 'business-hours' },
};

/**
 * The severities the contract defines for production only; elsewhere they get the normal target.
 * @public
 */
export const PRODUCTION_ONLY_SEVERITIES: TicketSeverity[] = ['urgent', 'high'];

/** A pending ticket is at risk once this share of its target has run. */
const AT_RISK_AFTER = 0.75;

/**
 * What the SLA rules need to know about a ticket.
 * @public
 */
export interface TicketSlaInput {
  severity: TicketSeverity;
  category: TicketCategory;
  environment: ClusterEnvironment;
  openedAt: Date;
  /** whether the cluster ran a version within the supported window when the ticket was opened */
  withinSupportedWindow: boolean;
  /** the first response, which stops the clock */
  respondedAt?: Date;
}

/**
 * The initial-response SLA of a ticket at a moment.
 * @public
 */
export type TicketSla = ApiSchemas['TicketSla'];

/**
 * The SLA states of a ticket.
 * @public
 */
export const SLA_STATES = ['pending', 'met', 'breached'] as const;

/**
 * The parts of a ticket's SLA fixed when it is opened: its effective target and deadline. Stored
 * with the ticket, so that lists filter and sort by them in SQL and a later change of calendar
 * does not move a deadline already given.
 * @public
 */
export interface TicketSlaFacts {
  severity: TicketSeverity;
  /** ISO 8601 duration, e.g. `PT15M` */
  target: string;
  clock: SlaClock;
  dueAt: Date;
  atRiskFrom: Date;
  applicable: boolean;
  explanation: string;
}

/**
 * What the contract promises for a kind of ticket, before it is opened: the effective severity,
 * the target and its clock, and why it differs from what was asked.
 * @public
 */
export interface ResponseTarget {
  severity: TicketSeverity;
  minutes: number | 'business-day';
  clock: SlaClock;
  notes: string[];
}

function isoDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours > 0 ? `${hours}H` : ''}${
    rest > 0 || hours === 0 ? `${rest}M` : ''
  }`;
}

function effectiveSeverity(
  input: Pick<TicketSlaInput, 'severity' | 'category' | 'environment'>,
  notes: string[],
): TicketSeverity {
  if (input.category === 'non-technical') {
    if (input.severity !== 'low') {
      notes.push(
        `non-technical requests are scheduled at the low target, whatever the requested severity (${input.severity})`,
      );
    }
    return 'low';
  }
  if (
    PRODUCTION_ONLY_SEVERITIES.includes(input.severity) &&
    input.environment !== 'production'
  ) {
    notes.push(
      `${input.severity} is defined for production; on a non-production cluster the normal target applies`,
    );
    return 'normal';
  }
  return input.severity;
}

/**
 * The target the contract sets for a ticket of this severity, category and environment.
 * @public
 */
export function responseTarget(
  input: Pick<TicketSlaInput, 'severity' | 'category' | 'environment'>,
): ResponseTarget {
  const notes: string[] = [];
  const severity = effectiveSeverity(input, notes);
  const { clock, minutes } = RESPONSE_TARGETS[severity];
  return { severity, minutes, clock, notes };
}

/**
 * The SLA facts of a ticket as of its opening.
 * @public
 */
export function ticketSlaFacts(
  input: Omit<TicketSlaInput, 'respondedAt'>,
  calendar: SupportCalendar = DEFAULT_SUPPORT_CALENDAR,
): TicketSlaFacts {
  const {
    severity,
    clock,
    minutes: targetMinutes,
    notes,
  } = responseTarget(input);
  const minutes =
    targetMinutes === 'business-day'
      ? businessDayMinutes(calendar)
      : targetMinutes;
  const add = clock === '24x7' ? addClockMinutes : addBusinessMinutes;
  const deadline = add(input.openedAt, minutes, calendar);
  const atRiskFrom = add(input.openedAt, minutes * AT_RISK_AFTER, calendar).due;

  let applicable = true;
  if (input.category === 'non-technical') {
    applicable = false;
    notes.push(
      'non-technical requests keep the low target for scheduling but carry no SLA',
    );
  }
  if (!input.withinSupportedWindow) {
    applicable = false;
    notes.push(
      'no SLA: the cluster was outside the supported window (the two most recent Kubernetes versions, not past end of life) when the ticket was opened',
    );
  }
  return {
    severity,
    target: isoDuration(minutes),
    clock,
    dueAt: deadline.due,
    atRiskFrom,
    applicable,
    explanation: [deadline.explanation, ...notes].join('; '),
  };
}

/**
 * The SLA of a ticket at `now`, from its facts and its first response. The store's SQL filter on
 * the SLA state (`TicketStore`) is this rule written as a query; a test holds them together.
 * @public
 */
export function slaAt(
  facts: TicketSlaFacts,
  respondedAt: Date | undefined,
  now: Date,
): TicketSla {
  const dueMs = facts.dueAt.getTime();
  let state: TicketSla['state'];
  if (respondedAt) {
    state = respondedAt.getTime() <= dueMs ? 'met' : 'breached';
  } else {
    state = now.getTime() > dueMs ? 'breached' : 'pending';
  }
  if (state === 'breached' && !facts.applicable) {
    // The due date still schedules the work, but missing it is no breach when no SLA applies.
    state = respondedAt ? 'met' : 'pending';
  }
  const atRisk =
    state === 'pending' &&
    now.getTime() > facts.atRiskFrom.getTime() &&
    now.getTime() <= dueMs;

  return {
    severity: facts.severity,
    target: facts.target,
    clock: facts.clock,
    dueAt: facts.dueAt.toISOString(),
    atRiskFrom: facts.atRiskFrom.toISOString(),
    state,
    atRisk,
    applicable: facts.applicable,
    explanation: facts.explanation,
    ...(respondedAt ? { respondedAt: respondedAt.toISOString() } : {}),
  };
}

/**
 * Applies the contract's initial-response rules to a ticket at `now`.
 * @public
 */
export function ticketSla(
  input: TicketSlaInput,
  now: Date,
  calendar: SupportCalendar = DEFAULT_SUPPORT_CALENDAR,
): TicketSla {
  return slaAt(ticketSlaFacts(input, calendar), input.respondedAt, now);
}
