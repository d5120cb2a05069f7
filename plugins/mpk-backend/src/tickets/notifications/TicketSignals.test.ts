import { mockServices } from '@backstage/backend-test-utils';
import { SignalPayload } from '@backstage/plugin-signals-node';
import { TicketSignals } from './TicketSignals';

const ticket = {
  id: 't-1',
  customer: 'acme',
  ownerRef: 'group:default/pod-blue',
};

describe('TicketSignals', () => {
  it("tells a ticket's page of every change, and the lists of its parties of changes they show, without customer data", async () => {
    const published: SignalPayload[] = [];
    const signals = new TicketSignals({
      signals: { publish: async signal => void published.push(signal) },
      logger: mockServices.logger.mock(),
    });
    await signals.changed(ticket, 'comment');
    await signals.changed(ticket, 'responded');
    expect(published).toEqual([
      {
        recipients: { type: 'broadcast' },
        channel: 'mpk:ticket:t-1',
        message: { ticketId: 't-1', change: 'comment' },
      },
      {
        recipients: { type: 'broadcast' },
        channel: 'mpk:ticket:t-1',
        message: { ticketId: 't-1', change: 'responded' },
      },
      // Only the customer's people and the owning pod: other customers never hear of it.
      {
        recipients: {
          type: 'user',
          entityRef: ['group:default/acme', 'group:default/pod-blue'],
        },
        channel: 'mpk:tickets',
        message: { change: 'responded' },
      },
    ]);
  });

  it("tells the customer's people alone of a ticket whose owning pod is unknown", async () => {
    const published: SignalPayload[] = [];
    const signals = new TicketSignals({
      signals: { publish: async signal => void published.push(signal) },
      logger: mockServices.logger.mock(),
    });
    await signals.changed({ ...ticket, ownerRef: null }, 'opened');
    expect(published[1].recipients).toEqual({
      type: 'user',
      entityRef: ['group:default/acme'],
    });
  });

  it('logs a signal that fails, and does not throw', async () => {
    const logger = mockServices.logger.mock();
    const signals = new TicketSignals({
      signals: {
        publish: async () => {
          throw new Error('events bus down');
        },
      },
      logger,
    });
    await expect(
      signals.changed({ ...ticket, id: 't-2' }, 'opened'),
    ).resolves.toBeUndefined();
    expect(logger.warn).toHaveBeenCalledWith(
      'Could not signal opened of ticket t-2: Error: events bus down',
    );
    expect(logger.warn).toHaveBeenCalledTimes(2);
  });
});
