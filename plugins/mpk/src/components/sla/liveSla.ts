import { TicketSla } from '@mpk-portal/plugin-mpk-common';

/** How a ticket's SLA stands to the eye: the server's state, moved on by the passing time. */
export type SlaDisplayState =
  | 'on-the-clock'
  | 'at-risk'
  | 'met'
  | 'breached'
  | 'no-sla';

/**
 * The SLA of a ticket at `now`, from what the server computed earlier: a pending response becomes
 * at risk at `atRiskFrom` and breached after `dueAt`, without asking the server again.
 */
export function liveSlaState(sla: TicketSla, now: number): SlaDisplayState {
  if (!sla.applicable) return 'no-sla';
  if (sla.state !== 'pending') return sla.state;
  const due = Date.parse(sla.dueAt);
  if (now > due) return 'breached';
  return now > Date.parse(sla.atRiskFrom) ? 'at-risk' : 'on-the-clock';
}

/** Labels of the display states. */
export const slaStateLabels: Record<SlaDisplayState, string> = {
  'on-the-clock': 'On the clock',
  'at-risk': 'At risk',
  met: 'Met',
  breached: 'Breached',
  'no-sla': 'No SLA',
};

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A span of time as a countdown reads: `mm:ss` under an hour, then hours and minutes, then days
 * and hours.
 */
export function formatSpan(ms: number): string {
  const seconds = Math.floor(Math.abs(ms) / 1000);
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  if (hours === 0) return `${pad(minutes)}:${pad(seconds % 60)}`;
  if (days === 0) return `${hours} h ${pad(minutes % 60)} min`;
  return `${days} d ${hours % 24} h`;
}

/** When the response is or was due, from `now`: "due in 09:12", "overdue by 3 h 05 min". */
export function describeDue(
  ticket: { openedAt: string; sla: TicketSla },
  now: number,
): string {
  const { sla } = ticket;
  if (sla.respondedAt) {
    const took = Date.parse(sla.respondedAt) - Date.parse(ticket.openedAt);
    return `answered after ${formatSpan(took)}`;
  }
  const left = Date.parse(sla.dueAt) - now;
  return left >= 0
    ? `due in ${formatSpan(left)}`
    : `overdue by ${formatSpan(left)}`;
}
