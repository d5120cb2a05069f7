import { SlaCompliance, TicketSummary } from '@mpk-portal/plugin-mpk-common';

const capitalised = (text: string) => text[0].toUpperCase() + text.slice(1);

/** The severity the target comes from, and the one asked for when the rules changed it. */
export function describeSeverity(
  ticket: Pick<TicketSummary, 'severity' | 'sla'>,
): string {
  const effective = capitalised(ticket.sla.severity);
  return ticket.sla.severity === ticket.severity
    ? effective
    : `${effective} (asked: ${ticket.severity})`;
}

/** "50% on time (1 met, 1 breached, 2 waiting)", or why there is no percentage. */
export function describeCompliance(compliance: SlaCompliance): string {
  const counts = `${compliance.met} met, ${compliance.breached} breached, ${compliance.pending} waiting`;
  return compliance.percent === null
    ? `no response decided yet (${counts})`
    : `${compliance.percent}% on time (${counts})`;
}

/** An instant in the reader's locale and time zone, e.g. "Nov 25, 2026, 12:10 PM". */
export function formatInstant(iso: string): string {
  return new Date(iso).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}
