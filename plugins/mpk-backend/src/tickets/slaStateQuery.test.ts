import { mockServices } from '@backstage/backend-test-utils';
import {
  CLUSTER_ENVIRONMENTS,
  SLA_STATES,
  slaAt,
  TICKET_CATEGORIES,
  TICKET_SEVERITIES,
} from '@mpk-portal/plugin-mpk-common';
import { newTicket } from '../__testUtils__/newTicket';
import { createStoreTestDatabases } from '../__testUtils__/storeTestDatabases';
import { StoredTicketSummary, TicketStore } from './TicketStore';

jest.setTimeout(120_000);

/** A small seeded generator, so that a failure can be reproduced. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
  return {
    pick: <T>(values: readonly T[]): T =>
      values[Math.floor(next() * values.length)],
    minutes: (max: number) => Math.floor(next() * max),
  };
}

const minute = 60_000;

describe('the SLA state filter of the ticket list', () => {
  const databases = createStoreTestDatabases();

  it.each(databases.eachSupportedId())(
    'selects, counts and pages exactly the tickets slaAt puts in each state, on %p',
    async id => {
      const knex = await databases.init(id);
      const store = await TicketStore.create({
        database: mockServices.database({ knex }),
      });
      const random = generator(13);
      const now = new Date('2026-11-25T18:00:00.000Z');

      // Tickets of every kind, opened from 10 days before `now` to just before it; some answered
      // before their deadline, some after, some exactly at it, some not at all.
      for (let i = 0; i < 150; i++) {
        const openedAt = new Date(
          now.getTime() - (random.minutes(10 * 24 * 60) + 1) * minute,
        );
        const { ticket } = await store.insertTicket(
          newTicket({
            title: `t${i}`,
            customer: random.pick(['acme', 'globex']),
            severity: random.pick(TICKET_SEVERITIES),
            category: random.pick(TICKET_CATEGORIES),
            environment: random.pick(CLUSTER_ENVIRONMENTS),
            supportedWindow: {
              ...newTicket().supportedWindow,
              within: random.pick([true, true, true, false]),
            },
            openedAt,
          }),
        );
        const due = ticket.slaFacts.dueAt.getTime();
        const answer = random.pick([
          'none',
          'none',
          'early',
          'late',
          'at-deadline',
          'resolved',
          'comment',
        ]);
        const beforeDeadline =
          openedAt.getTime() +
          random.minutes(Math.max(1, (due - openedAt.getTime()) / minute)) *
            minute;
        const respondAt = new Date(
          {
            late: due + (random.minutes(600) + 1) * minute,
            'at-deadline': due,
          }[answer as string] ?? beforeDeadline,
        );
        // Only what has happened by `now` can have been recorded.
        if (answer === 'none' || respondAt > now) continue;
        if (answer === 'comment') {
          await store.addComment(ticket.id, {
            author: 'user:default/sam-scka',
            authorName: 'Sam Chen',
            side: 'provider',
            body: 'On it.',
            createdAt: respondAt,
            idempotencyKey: null,
            mayRespond: true,
          });
        } else {
          await store.addEvent(
            ticket.id,
            {
              type: answer === 'resolved' ? 'resolved' : 'responded',
              at: respondAt,
              recordedAt: respondAt,
              recordedBy: 'user:default/sam-scka',
            },
            () => {},
          );
        }
      }
      // And the edges: due exactly now, unanswered (pending), and past due by a millisecond.
      for (const dueIn of [0, -1]) {
        await store.insertTicket(
          newTicket({
            title: `edge ${dueIn}`,
            openedAt: new Date(now.getTime() - 15 * minute + dueIn),
          }),
        );
      }

      const all = await store.listTickets();
      const stateOf = (t: StoredTicketSummary) =>
        slaAt(t.slaFacts, t.response?.at, now).state;
      const ids = (tickets: StoredTicketSummary[]) => tickets.map(t => t.id);
      const everything = { states: [], now };

      for (const state of SLA_STATES) {
        const expected = all.filter(t => stateOf(t) === state);
        // Every state occurs, so that each condition is put to the test.
        expect(expected.length).toBeGreaterThan(5);
        const page = await store.listTicketPage(
          { ...everything, states: [state] },
          { limit: 1000, offset: 0 },
        );
        expect(ids(page.tickets)).toEqual(ids(expected));
        expect(page.totalCount).toBe(expected.length);
      }
      expect(
        (
          await store.listTicketPage(
            { ...everything, states: ['met', 'breached'] },
            { limit: 1000, offset: 0 },
          )
        ).totalCount,
      ).toBe(all.filter(t => stateOf(t) !== 'pending').length);
      expect(stateOf(all.find(t => t.title === 'edge 0')!)).toBe('pending');
      expect(stateOf(all.find(t => t.title === 'edge -1')!)).toBe('breached');

      // Pages of 7, newest first (ties by id), add up to the whole list, with the full count.
      const newestFirst = [...all].sort(
        (a, b) =>
          b.openedAt.getTime() - a.openedAt.getTime() || (a.id < b.id ? -1 : 1),
      );
      expect(ids(all)).toEqual(ids(newestFirst));
      const paged: StoredTicketSummary[] = [];
      for (let offset = 0; offset < all.length + 7; offset += 7) {
        const page = await store.listTicketPage(everything, {
          limit: 7,
          offset,
        });
        expect(page.totalCount).toBe(all.length);
        expect(page.tickets.length).toBe(
          Math.max(0, Math.min(7, all.length - offset)),
        );
        paged.push(...page.tickets);
      }
      expect(ids(paged)).toEqual(ids(all));

      // With another filter too: the breached tickets of one customer, second page of 3.
      const globexBreached = all.filter(
        t => stateOf(t) === 'breached' && t.customer === 'globex',
      );
      expect(globexBreached.length).toBeGreaterThan(3);
      const secondPage = await store.listTicketPage(
        { ...everything, states: ['breached'], customers: ['globex'] },
        { limit: 3, offset: 3 },
      );
      expect(secondPage.totalCount).toBe(globexBreached.length);
      expect(ids(secondPage.tickets)).toEqual(ids(globexBreached.slice(3, 6)));
    },
  );
});
