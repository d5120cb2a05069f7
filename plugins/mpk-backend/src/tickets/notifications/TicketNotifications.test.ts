import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { exampleClusters } from '../../__testUtils__/exampleCatalog';
import { newTicket } from '../../__testUtils__/newTicket';
import { StoredTicket } from '../ticketRows';
import { TicketNotifications } from './TicketNotifications';

function storedTicket(overrides: Partial<StoredTicket> = {}): StoredTicket {
  return {
    ...newTicket(),
    id: 'c0ffee00-0000-4000-8000-000000000001',
    status: 'open',
    createdAt: new Date('2026-11-20T16:30:00.000Z'),
    response: null,
    events: [],
    ...overrides,
  };
}

describe('TicketNotifications', () => {
  function notifier(send = jest.fn(async (_: NotificationSendOptions) => {})) {
    const logger = mockServices.logger.mock();
    return {
      send,
      logger,
      notifications: new TicketNotifications({
        notifications: { send },
        catalog: catalogServiceMock({ entities: exampleClusters() }),
        auth: mockServices.auth(),
        logger,
        timeZone: 'America/Los_Angeles',
      }),
    };
  }

  it.each([
    ['urgent', 'critical'],
    ['high', 'high'],
    ['normal', 'normal'],
    ['low', 'low'],
  ] as const)(
    'tells the owning pod of a new %s ticket, as %s, without the pod member who opened it',
    async (severity, notificationSeverity) => {
      const { send, notifications } = notifier();
      await notifications.opened(
        storedTicket(
          newTicket({ severity, openedBy: 'user:default/sam-scka' }),
        ),
      );
      expect(send).toHaveBeenCalledTimes(1);
      const [{ recipients, payload }] = send.mock.calls[0];
      expect(recipients).toEqual({
        type: 'entity',
        entityRef: 'group:default/pod-blue',
        excludeEntityRef: 'user:default/sam-scka',
      });
      expect(payload).toMatchObject({
        title: `New ${severity} ticket on Acme production: API server unreachable`,
        severity: notificationSeverity,
        link: '/support/tickets/c0ffee00-0000-4000-8000-000000000001',
        topic: 'mpk-ticket',
        scope: 'mpk-ticket:c0ffee00-0000-4000-8000-000000000001:opened',
      });
    },
  );

  it('says when the response is due, and that no SLA applies when none does', async () => {
    const { send, notifications } = notifier();
    await notifications.opened(storedTicket());
    expect(send.mock.calls[0][0].payload.description).toBe(
      'Respond by Fri 2026-11-20 08:45 PST (production: urgent is answered within 15 minutes, around the clock).',
    );
    const outside = newTicket({
      supportedWindow: { ...newTicket().supportedWindow, within: false },
      openedBy: 'alertmanager',
    });
    await notifications.opened(storedTicket(outside));
    expect(outside.slaFacts.applicable).toBe(false);
    expect(send.mock.calls[1][0]).toMatchObject({
      // A service is no member of the pod to leave out.
      recipients: { type: 'entity', entityRef: 'group:default/pod-blue' },
      payload: {
        description:
          'No SLA applies; scheduled to be answered by Fri 2026-11-20 08:45 PST (production: urgent is answered within 15 minutes, around the clock).',
      },
    });
    expect(send.mock.calls[1][0].recipients).not.toHaveProperty(
      'excludeEntityRef',
    );
  });

  it("tells the customer's people of a reply of the pod, with its start", async () => {
    const { send, notifications } = notifier();
    const body = `We restarted the API server.\n\n${'x'.repeat(400)}`;
    await notifications.replied(storedTicket(), {
      id: 'comment-1',
      ticketId: 'c0ffee00-0000-4000-8000-000000000001',
      author: 'user:default/sam-scka',
      authorName: 'Sam Chen',
      side: 'provider',
      body,
      createdAt: '2026-11-20T16:40:00.000Z',
      countsAsResponse: true,
    });
    const [{ recipients, payload }] = send.mock.calls[0];
    expect(recipients).toEqual({
      type: 'entity',
      entityRef: 'group:default/acme',
    });
    expect(payload).toMatchObject({
      title: 'Sam Chen replied on Acme production: API server unreachable',
      severity: 'normal',
      link: '/support/tickets/c0ffee00-0000-4000-8000-000000000001',
      topic: 'mpk-ticket',
      scope: 'mpk-ticket:c0ffee00-0000-4000-8000-000000000001:reply',
    });
    expect(payload.description).toMatch(/^We restarted the API server\. x+…$/);
    expect(payload.description).toHaveLength(300);
  });

  it('names a cluster the catalog no longer has by its name, and tells nobody without an owning pod', async () => {
    const { send, notifications } = notifier();
    await notifications.opened(
      storedTicket({ clusterRef: 'resource:default/gone-prod' }),
    );
    expect(send.mock.calls[0][0].payload.title).toBe(
      'New urgent ticket on gone-prod: API server unreachable',
    );
    await notifications.opened(storedTicket({ ownerRef: null }));
    await notifications.slaAlert(storedTicket({ ownerRef: null }), 'breached');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('logs a notification that fails, and does not throw', async () => {
    const { notifications, logger } = notifier(
      jest.fn(async (_: NotificationSendOptions) => {
        throw new Error('notifications backend unreachable');
      }),
    );
    await expect(notifications.opened(storedTicket())).resolves.toBeUndefined();
    expect(logger.warn).toHaveBeenCalledWith(
      'Could not notify opened of ticket c0ffee00-0000-4000-8000-000000000001: Error: notifications backend unreachable',
    );
  });
});
