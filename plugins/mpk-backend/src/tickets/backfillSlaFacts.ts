import { SupportCalendar, TicketEvent } from '@mpk-portal/plugin-mpk-common';
import { Knex } from 'knex';
import {
  EventRow,
  responseColumns,
  responseOfEvents,
  slaFactsColumns,
  slaFactsOfRow,
  TicketRow,
  toEvent,
} from './ticketRows';

/** The events of some tickets, each ticket's in the order they happened. */
export async function eventsOfTickets(
  db: Knex,
  ticketIds: string[],
): Promise<Map<string, TicketEvent[]>> {
  const events = new Map<string, TicketEvent[]>();
  // Chunked: SQLite and PostgreSQL cap the number of bound parameters per query.
  for (let i = 0; i < ticketIds.length; i += 500) {
    const rows: EventRow[] = await db('mpk_ticket_events')
      .whereIn('ticket_id', ticketIds.slice(i, i + 500))
      .orderBy('at')
      .orderBy('id');
    for (const row of rows) {
      const list = events.get(row.ticket_id) ?? [];
      list.push(toEvent(row));
      events.set(row.ticket_id, list);
    }
  }
  return events;
}

/**
 * Gives the tickets stored before the desk their SLA facts and first response, as they were
 * judged at opening under `calendar`, batch by batch. Safe to run on several replicas at once: a
 * row is only written while it still lacks its facts, and each replica computes the same ones.
 * @returns how many tickets it filled
 */
export async function backfillSlaFacts(
  db: Knex,
  calendar: SupportCalendar,
  batchSize = 500,
): Promise<number> {
  let filled = 0;
  let after = '';
  for (;;) {
    const rows: TicketRow[] = await db('mpk_tickets')
      .whereNull('due_at')
      .andWhere('id', '>', after)
      .orderBy('id')
      .limit(batchSize);
    if (rows.length === 0) return filled;
    const events = await eventsOfTickets(
      db,
      rows.map(row => row.id),
    );
    filled += await db.transaction(async tx => {
      let written = 0;
      for (const row of rows) {
        written += await tx('mpk_tickets')
          .where({ id: row.id })
          .whereNull('due_at')
          .update({
            ...slaFactsColumns(slaFactsOfRow(row, calendar)),
            ...responseColumns(responseOfEvents(events.get(row.id) ?? [])),
          });
      }
      return written;
    });
    after = rows[rows.length - 1].id;
  }
}
