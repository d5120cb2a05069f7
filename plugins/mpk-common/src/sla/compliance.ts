import { ApiSchemas } from '../schema/apiSchemas';
import { TicketSla } from './slaRules';

/**
 * How many initial responses with an SLA were on time in a period.
 * @public
 */
export type SlaCompliance = ApiSchemas['SlaCompliance'];

/**
 * The SLA compliance of tickets opened in `[from, to)`: tickets without an applicable SLA are left
 * out, and pending ones are counted apart, since they can still be met.
 * @public
 */
export function slaCompliance(
  tickets: { openedAt: string; sla: TicketSla }[],
  from: Date,
  to: Date,
): SlaCompliance {
  const counts = { met: 0, breached: 0, pending: 0 };
  for (const { openedAt, sla } of tickets) {
    const opened = Date.parse(openedAt);
    if (!sla.applicable || opened < from.getTime() || opened >= to.getTime()) {
      continue;
    }
    counts[sla.state]++;
  }
  const decided = counts.met + counts.breached;
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    ...counts,
    percent:
      decided === 0 ? null : Math.round((counts.met / decided) * 1000) / 10,
  };
}
