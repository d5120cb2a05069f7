import { ClusterEnvironment } from '../cluster/clusterEntity';
import {
  addBusinessMinutes,
  businessMillisBetween,
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
 * Initial-response targets of the contract per severity, and the clock each runs on.
 * Low is one business day, which the contract defines as 9 business hours (08:00-17:00).
 * @public
 */
export const RESPONSE_TARGETS: Record<
  TicketSeverity,
  { minutes: number; duration: string; clock: '24x7' | 'business-hours' }
> = {
  urgent: { minutes: 15, duration: 'PT15M', clock: '24x7' },
  high: { minutes: 60, duration: 'PT1H', clock: '24x7' },
  normal: { minutes: 60, duration: 'PT1H', clock: 'business-hours' },
  low: { minutes: 9 * 60, duration: 'PT9H', clock: 'business-hours' },
};

/**
 * What the SLA rules need to know about a ticket.
 * @public
 */
export interface TicketSlaInput {
  severity: TicketSeverity;
  category: 'technical' | 'non-technical';
  environment: ClusterEnvironment;
  openedAt: Date;
  /** whether the cluster ran a version within the supported window when the ticket was opened */
  withinSupportedWindow: boolean;
  respondedAt?: Date;
}

/**
 * The initial-response SLA of a ticket at a moment.
 * @public
 */
export interface TicketSla {
  /** the severity the target comes from, after the non-production rule */
  severity: TicketSeverity;
  target: string;
  clock: '24x7' | 'business-hours';
  dueAt: string;
  state: 'pending' | 'met' | 'breached';
  /** pending with under 25% of the target left */
  atRisk: boolean;
  /** whether a missed response counts as a breach (for the SLA and for credits) */
  applicable: boolean;
  explanation: string;
  respondedAt?: string;
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
  const notes: string[] = [];
  let severity = input.severity;
  if (
    (severity === 'urgent' || severity === 'high') &&
    input.environment !== 'production'
  ) {
    severity = 'normal';
    notes.push(
      `${input.severity} is defined for production; on a non-production cluster the normal target applies`,
    );
  }
  const target = RESPONSE_TARGETS[severity];
  const deadline =
    target.clock === '24x7'
      ? {
          due: new Date(input.openedAt.getTime() + target.minutes * 60000),
          explanation: `due ${target.minutes} min after opening, around the clock`,
        }
      : addBusinessMinutes(input.openedAt, target.minutes, calendar);

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
      'the cluster was outside the supported window (the two most recent Kubernetes versions, not past end of life) when the ticket was opened',
    );
  }

  const dueMs = deadline.due.getTime();
  let state: TicketSla['state'];
  if (input.respondedAt) {
    state = input.respondedAt.getTime() <= dueMs ? 'met' : 'breached';
  } else {
    state = now.getTime() > dueMs ? 'breached' : 'pending';
  }
  if (state === 'breached' && !applicable) {
    // A late response is recorded in the due date, but it is not a breach when no SLA applies.
    state = input.respondedAt ? 'met' : 'pending';
  }

  const left =
    target.clock === '24x7'
      ? Math.max(0, dueMs - now.getTime())
      : businessMillisBetween(now, deadline.due, calendar);
  const atRisk = state === 'pending' && left < 0.25 * target.minutes * 60000;

  return {
    severity,
    target: target.duration,
    clock: target.clock,
    dueAt: deadline.due.toISOString(),
    state,
    atRisk,
    applicable,
    explanation: [deadline.explanation, ...notes].join('; '),
    ...(input.respondedAt
      ? { respondedAt: input.respondedAt.toISOString() }
      : {}),
  };
}
