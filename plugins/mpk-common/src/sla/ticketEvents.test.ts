import { TicketEvent } from './ticketApi';
import { firstResponse } from './ticketEvents';

const event = (type: TicketEvent['type'], at: string): TicketEvent => ({
  type,
  at,
  recordedAt: at,
  recordedBy: 'user:default/sam-scka',
});

describe('firstResponse', () => {
  it('is the earliest response', () => {
    expect(
      firstResponse([
        event('responded', '2026-11-02T17:30:00.000Z'),
        event('responded', '2026-11-02T17:10:00.000Z'),
        event('resolved', '2026-11-02T18:00:00.000Z'),
      ]),
    ).toEqual({ at: new Date('2026-11-02T17:10:00.000Z'), by: 'responded' });
  });

  it('is the resolution of a ticket resolved before anyone responded', () => {
    expect(
      firstResponse([
        event('resolved', '2026-11-02T17:05:00.000Z'),
        event('reopened', '2026-11-02T17:20:00.000Z'),
        event('responded', '2026-11-02T17:30:00.000Z'),
      ]),
    ).toEqual({ at: new Date('2026-11-02T17:05:00.000Z'), by: 'resolved' });
  });

  it('is nothing while no one answered', () => {
    expect(firstResponse([])).toBeUndefined();
    expect(
      firstResponse([event('reopened', '2026-11-02T17:20:00.000Z')]),
    ).toBeUndefined();
  });
});
