import { mockServices } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import { newTicket } from '../__testUtils__/newTicket';
import { createStoreTestDatabases } from '../__testUtils__/storeTestDatabases';
import { migrationsDirectory } from '../platform/migrateDatabase';
import { UpgradeStore } from '../upgrades/UpgradeStore';
import {
  MAX_COMMENTS_PER_TICKET,
  NewTicketComment,
  TicketStore,
} from './TicketStore';

jest.setTimeout(60_000);

const event = (type: 'responded' | 'resolved' | 'reopened', at: string) => ({
  type,
  at: new Date(at),
  recordedBy: 'user:default/sam-scka',
  recordedAt: new Date('2026-11-21T00:00:00.000Z'),
});

describe('TicketStore', () => {
  const databases = createStoreTestDatabases();

  async function createStore(databaseId: Parameters<typeof databases.init>[0]) {
    const knex = await databases.init(databaseId);
    const store = await TicketStore.create({
      database: mockServices.database({ knex }),
    });
    return { knex, store };
  }

  it.each(databases.eachSupportedId())(
    'stores a ticket and reads it back whole on %p',
    async id => {
      const { store } = await createStore(id);
      const created = new Date('2026-11-20T16:31:00.000Z');
      const { ticket, created: isNew } = await store.insertTicket(
        newTicket({
          externalId: 'ZD-1',
          causedByThirdParty: true,
          alertGroup: {
            groupKey: '{}:{cluster="acme-prod"}',
            externalUrl: null,
          },
        }),
        created,
      );
      expect(isNew).toBe(true);
      expect(await store.getTicket(ticket.id)).toEqual({
        ...newTicket({
          externalId: 'ZD-1',
          causedByThirdParty: true,
          alertGroup: {
            groupKey: '{}:{cluster="acme-prod"}',
            externalUrl: null,
          },
        }),
        id: ticket.id,
        status: 'open',
        createdAt: created,
        response: null,
        events: [],
      });
      expect(await store.getTicket('no-such-id')).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'returns the existing ticket for a repeated external id, also under concurrent retries, on %p',
    async id => {
      const { store, knex } = await createStore(id);
      const results = await Promise.all(
        [1, 2, 3].map(() =>
          store.insertTicket(newTicket({ externalId: 'ZD-7' })),
        ),
      );
      expect(results.filter(r => r.created)).toHaveLength(1);
      expect(new Set(results.map(r => r.ticket.id)).size).toBe(1);
      const [{ n }] = await knex('mpk_tickets').count({ n: '*' });
      expect(Number(n)).toBe(1);
      // Tickets without an external id are always new.
      await store.insertTicket(newTicket());
      await store.insertTicket(newTicket());
      expect((await store.listTickets()).length).toBe(3);
    },
  );

  it.each(databases.eachSupportedId())(
    "returns a person's ticket for their repeated idempotency key, also under concurrent retries, and never another's, on %p",
    async id => {
      const { store } = await createStore(id);
      const dana = {
        openedBy: 'user:default/dana-acme',
        source: 'portal' as const,
      };
      const results = await Promise.all(
        [1, 2, 3].map(() =>
          store.insertTicket(newTicket({ ...dana, idempotencyKey: 'k-1' })),
        ),
      );
      expect(results.filter(r => r.created)).toHaveLength(1);
      expect(new Set(results.map(r => r.ticket.id)).size).toBe(1);
      expect(
        (await store.getTicketByOpenerKey('user:default/dana-acme', 'k-1'))?.id,
      ).toBe(results[0].ticket.id);

      // Another person's key, and a ticket without one, are other tickets.
      const sams = await store.insertTicket(
        newTicket({ openedBy: 'user:default/sam-scka', idempotencyKey: 'k-1' }),
      );
      expect(sams.created).toBe(true);
      expect(
        await store.getTicketByOpenerKey('user:default/avery-acme', 'k-1'),
      ).toBeUndefined();
      await store.insertTicket(newTicket(dana));
      await store.insertTicket(newTicket(dana));
      expect((await store.listTickets()).length).toBe(4);
    },
  );

  it.each(databases.eachSupportedId())(
    'lists summaries without events or description, a row not backfilled yet answered by its events, on %p',
    async id => {
      const { store, knex } = await createStore(id);
      const { ticket } = await store.insertTicket(
        newTicket({ description: 'x'.repeat(1000) }),
      );
      await store.addEvent(
        ticket.id,
        event('responded', '2026-11-20T16:40:00.000Z'),
        () => {},
      );
      const [summary] = await store.listTickets();
      expect(summary).not.toHaveProperty('events');
      expect(summary).not.toHaveProperty('description');
      expect(summary.response?.at).toEqual(
        new Date('2026-11-20T16:40:00.000Z'),
      );

      // As an older replica writes it: without its facts and response, which the events tell.
      await knex('mpk_tickets')
        .where({ id: ticket.id })
        .update({ due_at: null, at_risk_from: null, responded_at: null });
      const { tickets } = await store.listTicketPage(
        { states: [], now: new Date('2026-11-21T00:00:00.000Z') },
        { limit: 10, offset: 0 },
      );
      expect(tickets[0].response).toEqual({
        at: new Date('2026-11-20T16:40:00.000Z'),
        by: 'user:default/sam-scka',
        kind: 'acknowledgement',
      });
      expect(tickets[0].slaFacts.dueAt).toEqual(
        new Date('2026-11-20T16:45:00.000Z'),
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'filters tickets by cluster, customer, status and opening time on %p',
    async id => {
      const { store } = await createStore(id);
      const a = await store.insertTicket(newTicket({ title: 'a' }));
      await store.insertTicket(
        newTicket({
          title: 'b',
          clusterRef: 'resource:default/acme-staging',
          openedAt: new Date('2026-11-21T10:00:00.000Z'),
        }),
      );
      await store.insertTicket(
        newTicket({
          title: 'c',
          customer: 'globex',
          clusterRef: 'resource:default/globex-prod',
          openedAt: new Date('2026-11-22T10:00:00.000Z'),
        }),
      );
      await store.addEvent(
        a.ticket.id,
        event('resolved', '2026-11-20T17:00:00.000Z'),
        () => {},
      );
      const titles = async (
        filter: Parameters<TicketStore['listTickets']>[0],
      ) => (await store.listTickets(filter)).map(t => t.title);

      expect(await titles({})).toEqual(['c', 'b', 'a']);
      expect(await titles({ customers: ['acme'] })).toEqual(['b', 'a']);
      expect(
        await titles({ clusterRefs: ['resource:default/acme-prod'] }),
      ).toEqual(['a']);
      expect(await titles({ status: ['open'] })).toEqual(['c', 'b']);
      expect(
        await titles({
          openedFrom: new Date('2026-11-21T10:00:00.000Z'),
          openedBefore: new Date('2026-11-22T10:00:00.000Z'),
        }),
      ).toEqual(['b']);
    },
  );

  it.each(databases.eachSupportedId())(
    'records events once, changes the status, and stores nothing for a refused event on %p',
    async id => {
      const { store } = await createStore(id);
      const { ticket } = await store.insertTicket(newTicket());

      const responded = await store.addEvent(
        ticket.id,
        event('responded', '2026-11-20T16:40:00.000Z'),
        () => {},
      );
      expect(responded).toMatchObject({
        added: true,
        ticket: { status: 'open' },
      });
      const again = await store.addEvent(
        ticket.id,
        event('responded', '2026-11-20T16:40:00.000Z'),
        () => {
          throw new Error('a repeated event is not checked again');
        },
      );
      expect(again?.added).toBe(false);

      const resolved = await store.addEvent(
        ticket.id,
        event('resolved', '2026-11-20T18:00:00.000Z'),
        () => {},
      );
      expect(resolved?.ticket.status).toBe('resolved');

      await expect(
        store.addEvent(
          ticket.id,
          event('resolved', '2026-11-20T19:00:00.000Z'),
          () => {
            throw new ConflictError('already resolved');
          },
        ),
      ).rejects.toThrow('already resolved');

      const reopened = await store.addEvent(
        ticket.id,
        event('reopened', '2026-11-21T09:00:00.000Z'),
        () => {},
      );
      expect(reopened?.ticket.status).toBe('open');
      expect(reopened?.ticket.events.map(e => [e.type, e.at])).toEqual([
        ['responded', '2026-11-20T16:40:00.000Z'],
        ['resolved', '2026-11-20T18:00:00.000Z'],
        ['reopened', '2026-11-21T09:00:00.000Z'],
      ]);
      expect(
        await store.addEvent(
          'no-such-id',
          event('responded', '2026-11-21T09:00:00.000Z'),
          () => {},
        ),
      ).toBeUndefined();
    },
  );

  const comment = (overrides: Partial<NewTicketComment> = {}) => ({
    author: 'user:default/sam-scka',
    authorName: 'Sam Chen',
    side: 'provider' as const,
    body: 'Looking into it.',
    createdAt: new Date('2026-11-20T16:40:00.000Z'),
    idempotencyKey: null,
    mayRespond: true,
    ...overrides,
  });

  it.each(databases.eachSupportedId())(
    "takes the first comment of someone who may respond as the response, in the comment's transaction, on %p",
    async id => {
      const { store, knex } = await createStore(id);
      const { ticket } = await store.insertTicket(newTicket());

      const customer = await store.addComment(
        ticket.id,
        comment({
          author: 'user:default/dana-acme',
          authorName: 'Dana Kim',
          side: 'customer',
          body: 'Still down for us.',
          mayRespond: false,
        }),
      );
      expect(customer?.comment.countsAsResponse).toBe(false);
      expect(customer?.ticket.response).toBeNull();

      const first = await store.addComment(ticket.id, comment());
      expect(first?.comment).toMatchObject({
        ticketId: ticket.id,
        author: 'user:default/sam-scka',
        authorName: 'Sam Chen',
        side: 'provider',
        createdAt: '2026-11-20T16:40:00.000Z',
        countsAsResponse: true,
      });
      expect(first?.ticket.response).toEqual({
        at: new Date('2026-11-20T16:40:00.000Z'),
        by: 'user:default/sam-scka',
        kind: 'comment',
      });
      expect(first?.ticket.events).toEqual([
        {
          type: 'responded',
          at: '2026-11-20T16:40:00.000Z',
          recordedAt: '2026-11-20T16:40:00.000Z',
          recordedBy: 'user:default/sam-scka',
        },
      ]);

      // The next comment of the pod is a comment only.
      const second = await store.addComment(
        ticket.id,
        comment({
          createdAt: new Date('2026-11-20T16:50:00.000Z'),
          body: 'Found it.',
        }),
      );
      expect(second?.comment.countsAsResponse).toBe(false);
      expect(second?.ticket.response?.at).toEqual(
        new Date('2026-11-20T16:40:00.000Z'),
      );
      expect(
        (await store.commentsOf(ticket.id)).map(c => [c.body, c.side]),
      ).toEqual([
        ['Still down for us.', 'customer'],
        ['Looking into it.', 'provider'],
        ['Found it.', 'provider'],
      ]);

      // An acknowledgement recorded earlier than the comment becomes the response instead.
      const acknowledged = await store.addEvent(
        ticket.id,
        event('responded', '2026-11-20T16:35:00.000Z'),
        () => {},
      );
      expect(acknowledged?.ticket.response).toEqual({
        at: new Date('2026-11-20T16:35:00.000Z'),
        by: 'user:default/sam-scka',
        kind: 'acknowledgement',
      });
      expect(
        (await store.commentsOf(ticket.id)).filter(c => c.countsAsResponse),
      ).toEqual([]);
      const [{ n }] = await knex('mpk_ticket_events').count({ n: '*' });
      expect(Number(n)).toBe(2);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps a resolution before any response as the response, on %p',
    async id => {
      const { store } = await createStore(id);
      const { ticket } = await store.insertTicket(newTicket());
      const resolved = await store.addEvent(
        ticket.id,
        event('resolved', '2026-11-20T16:42:00.000Z'),
        () => {},
      );
      expect(resolved?.ticket.response).toEqual({
        at: new Date('2026-11-20T16:42:00.000Z'),
        by: 'user:default/sam-scka',
        kind: 'resolution',
      });
      // A later comment of the pod does not move it.
      const later = await store.addComment(
        ticket.id,
        comment({ createdAt: new Date('2026-11-20T17:00:00.000Z') }),
      );
      expect(later?.comment.countsAsResponse).toBe(false);
      expect(later?.ticket.response?.kind).toBe('resolution');
    },
  );

  it.each(databases.eachSupportedId())(
    'writes a comment once per idempotency key and author, also under concurrent retries, on %p',
    async id => {
      const { store, knex } = await createStore(id);
      const { ticket } = await store.insertTicket(newTicket());
      const keyed = comment({ idempotencyKey: 'key-1' });
      const results = await Promise.all(
        [1, 2, 3].map(() => store.addComment(ticket.id, keyed)),
      );
      expect(results.filter(r => r?.created)).toHaveLength(1);
      expect(new Set(results.map(r => r?.comment.id)).size).toBe(1);
      // The response was recorded once, with the one comment.
      expect(results.map(r => r?.comment.countsAsResponse)).toEqual([
        true,
        true,
        true,
      ]);
      const [{ n: events }] = await knex('mpk_ticket_events').count({
        n: '*',
      });
      expect(Number(events)).toBe(1);

      // Another author may use the same key; the same author another key.
      expect(
        (
          await store.addComment(
            ticket.id,
            comment({
              idempotencyKey: 'key-1',
              author: 'user:default/dana-acme',
              side: 'customer',
              mayRespond: false,
            }),
          )
        )?.created,
      ).toBe(true);
      expect(
        (
          await store.addComment(
            ticket.id,
            comment({ idempotencyKey: 'key-2' }),
          )
        )?.created,
      ).toBe(true);
      await expect(
        store.addComment(
          ticket.id,
          comment({ idempotencyKey: 'key-1', body: 'Something else' }),
        ),
      ).rejects.toThrow(
        /^Idempotency-Key key-1 already wrote a different comment/,
      );
      expect(await store.commentsOf(ticket.id)).toHaveLength(3);
      expect(await store.addComment('no-such-id', comment())).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    "writes a service's notice with the ticket or event it explains, never as a response, on %p",
    async id => {
      const { store } = await createStore(id);
      const notice = (body: string) => ({
        author: 'alertmanager',
        authorName: 'Alertmanager',
        body,
        createdAt: new Date('2026-11-20T16:31:00.000Z'),
      });
      const opened = await store.insertTicket(
        newTicket({ externalId: 'alert-1' }),
        new Date('2026-11-20T16:31:00.000Z'),
        notice('firing'),
      );
      // A repeat finds the ticket and writes no second notice.
      await store.insertTicket(
        newTicket({ externalId: 'alert-1' }),
        new Date('2026-11-20T16:32:00.000Z'),
        notice('firing again'),
      );
      await store.addEvent(
        opened.ticket.id,
        event('resolved', '2026-11-20T17:00:00.000Z'),
        () => {},
        { notice: notice('resolved') },
      );
      // A refused event stores its notice no more than itself.
      await expect(
        store.addEvent(
          opened.ticket.id,
          event('resolved', '2026-11-20T18:00:00.000Z'),
          () => {
            throw new ConflictError('already resolved');
          },
          { notice: notice('resolved twice') },
        ),
      ).rejects.toThrow('already resolved');
      const comments = await store.commentsOf(opened.ticket.id);
      expect(comments.map(c => [c.body, c.side, c.countsAsResponse])).toEqual([
        ['firing', 'service', false],
        ['resolved', 'service', false],
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    `holds at most ${MAX_COMMENTS_PER_TICKET} comments a ticket: then refuses comments, and records events without their notes, on %p`,
    async id => {
      const { store, knex } = await createStore(id);
      const { ticket } = await store.insertTicket(newTicket());
      const createdAt = new Date('2026-11-20T16:40:00.000Z');
      await knex.batchInsert(
        'mpk_ticket_comments',
        Array.from({ length: MAX_COMMENTS_PER_TICKET - 1 }, (_, i) => ({
          id: `c-${i}`,
          ticket_id: ticket.id,
          author_ref: 'user:default/dana-acme',
          author_name: 'Dana Kim',
          side: 'customer',
          body: `comment ${i}`,
          created_at: createdAt,
          counts_as_response: false,
          idempotency_key: null,
        })),
        100,
      );
      const last = await store.addComment(ticket.id, comment());
      expect(last?.created).toBe(true);

      await expect(
        store.addComment(ticket.id, comment({ body: 'One more.' })),
      ).rejects.toThrow(
        new ConflictError(
          `Ticket ${ticket.id}: this conversation is full (${MAX_COMMENTS_PER_TICKET} comments); open a new ticket to go on`,
        ),
      );
      const resolved = await store.addEvent(
        ticket.id,
        event('resolved', '2026-11-20T17:00:00.000Z'),
        () => {},
        {
          notice: {
            author: 'alertmanager',
            authorName: 'Alertmanager',
            body: 'resolved',
            createdAt,
          },
        },
      );
      expect(resolved?.ticket.status).toBe('resolved');
      expect(await store.commentsOf(ticket.id)).toHaveLength(
        MAX_COMMENTS_PER_TICKET,
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'migrates alongside the upgrade store, down and up again, on %p',
    async id => {
      const knex = await databases.init(id);
      const database = mockServices.database({ knex });
      // Both stores of one plugin start at once; the migrations run once.
      await Promise.all([
        TicketStore.create({ database }),
        UpgradeStore.create({ database }),
      ]);
      expect(await knex.schema.hasTable('mpk_ticket_events')).toBe(true);

      await knex.migrate.rollback({ directory: migrationsDirectory }, true);
      for (const table of [
        'mpk_tickets',
        'mpk_ticket_events',
        'mpk_ticket_comments',
        'mpk_credit_claims',
      ]) {
        expect(await knex.schema.hasTable(table)).toBe(false);
      }
      await knex.migrate.latest({ directory: migrationsDirectory });
      expect(await knex.schema.hasTable('mpk_credit_claims')).toBe(true);
    },
  );
});
