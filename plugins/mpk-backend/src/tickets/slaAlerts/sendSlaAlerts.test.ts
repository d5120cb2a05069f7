import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { exampleClusters } from '../../__testUtils__/exampleCatalog';
import { newTicket } from '../../__testUtils__/newTicket';
import { createStoreTestDatabases } from '../../__testUtils__/storeTestDatabases';
import { TicketNotifications } from '../notifications/TicketNotifications';
import { SignalledTicket } from '../notifications/TicketSignals';
import { TicketStore } from '../TicketStore';
import { sendSlaAlerts } from './sendSlaAlerts';
import { SlaAlertStore } from './SlaAlertStore';

jest.setTimeout(60_000);

const minute = 60_000;

describe('sendSlaAlerts', () => {
  const databases = createStoreTestDatabases();

  async function setUp(
    databaseId: Parameters<typeof databases.init>[0],
    options: { failSends?: number } = {},
  ) {
    const knex = await databases.init(databaseId);
    const database = mockServices.database({ knex });
    const tickets = await TicketStore.create({ database });
    const store = await SlaAlertStore.create({ database });
    const sent: NotificationSendOptions[] = [];
    const changes: Array<[string, string]> = [];
    // The notifications backend refuses the first `failSends` notifications.
    let failures = options.failSends ?? 0;
    const notifications = new TicketNotifications({
      notifications: {
        send: async notification => {
          if (failures > 0) {
            failures--;
            throw new Error('notifications backend unavailable');
          }
          sent.push(notification);
        },
      },
      catalog: catalogServiceMock({ entities: exampleClusters() }),
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      timeZone: 'America/Los_Angeles',
    });
    const signals = {
      changed: async (ticket: SignalledTicket, change: string) =>
        void changes.push([ticket.id, change]),
    };
    const run = (now: Date) =>
      sendSlaAlerts({ store, notifications, signals, now });
    return { tickets, store, sent, changes, run };
  }

  it.each(databases.eachSupportedId())(
    'tells the owning pod once of a response at risk and once of a missed one, on %p',
    async id => {
      const { tickets, sent, changes, run } = await setUp(id);
      const openedAt = new Date('2026-11-20T16:30:00.000Z');
      // Urgent on production: due 16:45, at risk from 16:41:15.
      const { ticket } = await tickets.insertTicket(
        newTicket({ openedAt, title: 'API server unreachable' }),
      );
      const answered = await tickets.insertTicket(newTicket({ openedAt }));
      await tickets.addComment(answered.ticket.id, {
        author: 'user:default/sam-scka',
        authorName: 'Sam Chen',
        side: 'provider',
        body: 'On it.',
        createdAt: new Date(openedAt.getTime() + 5 * minute),
        idempotencyKey: null,
        mayRespond: true,
      });
      // No SLA outside the supported window: nothing to tell.
      await tickets.insertTicket(
        newTicket({
          openedAt,
          supportedWindow: { ...newTicket().supportedWindow, within: false },
        }),
      );
      // Opened before the desk kept owning pods: nobody to tell.
      await tickets.insertTicket(newTicket({ openedAt, ownerRef: null }));

      expect(await run(new Date('2026-11-20T16:40:00.000Z'))).toBe(0);
      expect(await run(new Date('2026-11-20T16:42:00.000Z'))).toBe(1);
      expect(await run(new Date('2026-11-20T16:43:00.000Z'))).toBe(0);
      expect(sent).toEqual([
        {
          recipients: { type: 'entity', entityRef: 'group:default/pod-blue' },
          payload: {
            title:
              'Response at risk: urgent ticket on Acme production: API server unreachable',
            description:
              'Nobody has responded yet; the initial response is due by Fri 2026-11-20 08:45 PST.',
            severity: 'high',
            link: `/support/tickets/${ticket.id}`,
            topic: 'mpk-ticket',
            scope: `mpk-ticket:${ticket.id}:at-risk`,
          },
        },
      ]);

      expect(await run(new Date('2026-11-20T16:46:00.000Z'))).toBe(1);
      expect(await run(new Date('2026-11-20T17:46:00.000Z'))).toBe(0);
      expect(sent[1]).toMatchObject({
        recipients: { type: 'entity', entityRef: 'group:default/pod-blue' },
        payload: {
          title:
            'Response missed: urgent ticket on Acme production: API server unreachable',
          severity: 'critical',
          link: `/support/tickets/${ticket.id}`,
          scope: `mpk-ticket:${ticket.id}:breached`,
        },
      });
      expect(changes).toEqual([
        [ticket.id, 'at-risk'],
        [ticket.id, 'breached'],
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'sends each alert once when several replicas run at once, and none after a response, on %p',
    async id => {
      const { tickets, sent, run } = await setUp(id);
      const openedAt = new Date('2026-11-20T16:30:00.000Z');
      const opened = await Promise.all(
        [1, 2, 3, 4, 5].map(() =>
          tickets.insertTicket(newTicket({ openedAt })),
        ),
      );
      // One is answered before anyone looks: no alert for it.
      await tickets.addEvent(
        opened[0].ticket.id,
        {
          type: 'responded',
          at: new Date('2026-11-20T16:35:00.000Z'),
          recordedAt: new Date('2026-11-20T16:35:00.000Z'),
          recordedBy: 'user:default/sam-scka',
        },
        () => {},
      );
      // First seen after the deadline: only the breach is told, not a late "at risk".
      const now = new Date('2026-11-20T17:00:00.000Z');
      const counts = await Promise.all([run(now), run(now), run(now)]);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(4);
      expect(sent).toHaveLength(4);
      expect(new Set(sent.map(s => s.payload.scope))).toEqual(
        new Set(
          opened
            .slice(1)
            .map(({ ticket }) => `mpk-ticket:${ticket.id}:breached`),
        ),
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'sends again on the next run an alert whose sending failed, on %p',
    async id => {
      const { tickets, sent, changes, run } = await setUp(id, {
        failSends: 1,
      });
      const { ticket } = await tickets.insertTicket(newTicket());
      const now = new Date('2026-11-20T16:50:00.000Z');

      expect(await run(now)).toBe(0);
      expect(sent).toEqual([]);
      // Not told live either: nothing changed for the screens yet.
      expect(changes).toEqual([]);

      expect(await run(new Date(now.getTime() + minute))).toBe(1);
      expect(sent.map(s => s.payload.scope)).toEqual([
        `mpk-ticket:${ticket.id}:breached`,
      ]);
      expect(await run(new Date(now.getTime() + 2 * minute))).toBe(0);
      expect(sent).toHaveLength(1);
    },
  );

  it.each(databases.eachSupportedId())(
    "releases only its own claim, never another run's, on %p",
    async id => {
      const { tickets, store } = await setUp(id);
      const { ticket } = await tickets.insertTicket(newTicket());
      const claimedAt = new Date('2026-11-20T16:50:00.000Z');
      const otherRun = new Date('2026-11-20T16:51:00.000Z');
      expect(await store.claim(ticket.id, 'breached', claimedAt)).toBe(true);

      // A run that claimed at another moment holds no claim here: nothing is released.
      await store.release(ticket.id, 'breached', otherRun);
      expect(await store.claim(ticket.id, 'breached', otherRun)).toBe(false);

      await store.release(ticket.id, 'breached', claimedAt);
      expect(await store.claim(ticket.id, 'breached', otherRun)).toBe(true);
    },
  );

  it.each(databases.eachSupportedId())(
    'claims an alert for one caller only, on %p',
    async id => {
      const { tickets, store } = await setUp(id);
      const { ticket } = await tickets.insertTicket(newTicket());
      const now = new Date('2026-11-20T16:42:00.000Z');
      const claims = await Promise.all(
        [1, 2, 3, 4].map(() => store.claim(ticket.id, 'at-risk', now)),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      // Claimed after the deadline, "at risk" is left to the breach.
      const late = await tickets.insertTicket(newTicket());
      expect(
        await store.claim(
          late.ticket.id,
          'at-risk',
          new Date('2026-11-20T16:50:00.000Z'),
        ),
      ).toBe(false);
      expect(
        await store.claim(
          late.ticket.id,
          'breached',
          new Date('2026-11-20T16:50:00.000Z'),
        ),
      ).toBe(true);
    },
  );
});
