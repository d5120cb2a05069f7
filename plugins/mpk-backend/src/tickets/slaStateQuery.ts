import { SLA_STATES } from '@mpk-portal/plugin-mpk-common';
import { Knex } from 'knex';

/** An SLA state: pending, met or breached. */
export type SlaState = (typeof SLA_STATES)[number];

/**
 * Each SLA state as a condition on the stored facts (`due_at`, `sla_applicable`) and first
 * response (`responded_at`) at `now`: `slaAt`'s rule of mpk-common written as SQL, so that lists
 * filter, count and page in the database. A test holds the two together on SQLite and
 * PostgreSQL.
 */
const conditions: Record<
  SlaState,
  (builder: Knex.QueryBuilder, now: Date) => void
> = {
  // Answered in time, or answered at all when no SLA applies.
  met: (builder: Knex.QueryBuilder) =>
    builder
      .whereNotNull('responded_at')
      .andWhere(inner =>
        inner
          .whereRaw('responded_at <= due_at')
          .orWhere('sla_applicable', false),
      ),
  // Only an SLA can be breached: answered late, or unanswered past the deadline.
  breached: (builder, now) =>
    builder
      .where('sla_applicable', true)
      .andWhere(inner =>
        inner
          .where(late =>
            late.whereNotNull('responded_at').whereRaw('responded_at > due_at'),
          )
          .orWhere(overdue =>
            overdue.whereNull('responded_at').where('due_at', '<', now),
          ),
      ),
  // Unanswered and not overdue, or unanswered without an SLA.
  pending: (builder, now) =>
    builder
      .whereNull('responded_at')
      .andWhere(inner =>
        inner.where('sla_applicable', false).orWhere('due_at', '>=', now),
      ),
};

/** Restricts a query of `mpk_tickets` to the tickets in any of `states` at `now`. */
export function whereSlaStates(
  builder: Knex.QueryBuilder,
  states: SlaState[],
  now: Date,
): void {
  builder.where(any => {
    for (const state of states) {
      any.orWhere(inner => conditions[state](inner, now));
    }
  });
}
