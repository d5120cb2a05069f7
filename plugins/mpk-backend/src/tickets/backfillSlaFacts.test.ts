import { mockServices } from '@backstage/backend-test-utils';
import {
  supportCalendarFrom,
  ticketSlaFacts,
} from '@mpk-portal/plugin-mpk-common';
import { createStoreTestDatabases } from '../__testUtils__/storeTestDatabases';
import { backfillSlaFacts } from './backfillSlaFacts';
import { TicketStore } from './TicketStore';

jest.setTimeout(60_000);

// A calendar other than the contract's default, so that the backfill is seen to use the one given.
const calendar = supportCalendarFrom({ opens: '09:00', closes: '18:00' });

/** A ticket as the store kept it before the desk: no SLA facts, no response, no opener. */
const legacyRow = (id: string, openedAt: string) => ({
  id,
  external_id: null,
  source: 'api',
  cluster_ref: 'resource:default/acme-prod',
  customer: 'acme',
  environment: 'production',
  supported_window: JSON.stringify({
    date: openedAt.slice(0, 10),
    kubernetesVersion: '1.35',
    supportedLines: ['1.36', '1.35'],
    within: true,
    explanation: 'inside',
  }),
  severity: 'normal',
  category: 'technical',
  title: `Legacy ${id}`,
  opened_at: new Date(openedAt),
  caused_by_third_party: false,
  status: 'open',
  alert_group_key: null,
  alert_external_url: null,
  created_at: new Date(openedAt),
});

const ids = Array.from(
  { length: 12 },
  (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
);

describe('backfillSlaFacts', () => {
  const databases = createStoreTestDatabases();

  async function withLegacyTickets(
    databaseId: Parameters<typeof databases.init>[0],
  ) {
    const knex = await databases.init(databaseId);
    // Migrated to the latest schema, as the store leaves it.
    await TicketStore.create({ database: mockServices.database({ knex }) });
    // Friday 16:30 Pacific: with 09:00-18:00 business hours, due Friday 17:30.
    await knex('mpk_tickets').insert(
      ids.map(id => legacyRow(id, '2026-11-20T16:30:00-08:00')),
    );
    await knex('mpk_ticket_events').insert([
      {
        ticket_id: ids[0],
        type: 'resolved',
        at: new Date('2026-11-21T02:00:00Z'),
        recorded_at: new Date('2026-11-21T02:00:00Z'),
        recorded_by: 'user:default/leo-la',
      },
      {
        ticket_id: ids[0],
        type: 'responded',
        at: new Date('2026-11-21T01:00:00Z'),
        recorded_at: new Date('2026-11-21T01:00:00Z'),
        recorded_by: 'user:default/sam-scka',
      },
      {
        ticket_id: ids[1],
        type: 'resolved',
        at: new Date('2026-11-21T00:45:00Z'),
        recorded_at: new Date('2026-11-21T00:45:00Z'),
        recorded_by: 'ticketing-system',
      },
    ]);
    return knex;
  }

  it.each(databases.eachSupportedId())(
    'gives tickets stored before the desk their facts under the configured calendar and their first response, once, on %p',
    async id => {
      const knex = await withLegacyTickets(id);
      // Two replicas starting at once: each ticket is filled once.
      const filled = await Promise.all([
        backfillSlaFacts(knex, calendar, 5),
        backfillSlaFacts(knex, calendar, 5),
      ]);
      expect(filled[0] + filled[1]).toBe(ids.length);
      expect(await backfillSlaFacts(knex, calendar)).toBe(0);

      const store = await TicketStore.create({
        database: mockServices.database({ knex }),
        supportCalendar: calendar,
      });
      const expected = ticketSlaFacts(
        {
          severity: 'normal',
          category: 'technical',
          environment: 'production',
          openedAt: new Date('2026-11-20T16:30:00-08:00'),
          withinSupportedWindow: true,
        },
        calendar,
      );
      expect(expected.dueAt).toEqual(new Date('2026-11-20T17:30:00-08:00'));
      const [answered, resolved, unanswered] = await Promise.all(
        ids.slice(0, 3).map(ticketId => store.getTicket(ticketId)),
      );
      expect(answered?.slaFacts).toEqual(expected);
      expect(answered?.response).toEqual({
        at: new Date('2026-11-21T01:00:00Z'),
        by: 'user:default/sam-scka',
        kind: 'acknowledgement',
      });
      expect(resolved?.response).toEqual({
        at: new Date('2026-11-21T00:45:00Z'),
        by: 'ticketing-system',
        kind: 'resolution',
      });
      expect(unanswered?.response).toBeNull();
      // The facts are stored, so that lists can filter by them.
      const [row] = await knex('mpk_tickets').where({ id: ids[2] });
      expect(new Date(row.due_at)).toEqual(expected.dueAt);
      expect(Boolean(row.sla_applicable)).toBe(true);
    },
  );

  it.each(databases.eachSupportedId())(
    'runs when the store starts, with the calendar it is given, on %p',
    async id => {
      const knex = await withLegacyTickets(id);
      const store = await TicketStore.create({
        database: mockServices.database({ knex }),
        supportCalendar: calendar,
      });
      const [{ n }] = await knex('mpk_tickets')
        .whereNull('due_at')
        .count({ n: '*' });
      expect(Number(n)).toBe(0);
      expect((await store.getTicket(ids[5]))?.slaFacts.dueAt).toEqual(
        new Date('2026-11-20T17:30:00-08:00'),
      );
    },
  );
});
