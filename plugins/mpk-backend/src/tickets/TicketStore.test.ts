import { mockServices } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import { newTicket } from '../__testUtils__/newTicket';
import { createStoreTestDatabases } from '../__testUtils__/storeTestDatabases';
import { migrationsDirectory } from '../shared/migrateDatabase';
import { UpgradeStore } from '../upgrades/UpgradeStore';
import { TicketStore } from './TicketStore';

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
        'mpk_credit_claims',
      ]) {
        expect(await knex.schema.hasTable(table)).toBe(false);
      }
      await knex.migrate.latest({ directory: migrationsDirectory });
      expect(await knex.schema.hasTable('mpk_credit_claims')).toBe(true);
    },
  );
});
