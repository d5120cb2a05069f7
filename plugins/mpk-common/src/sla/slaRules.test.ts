import { DateTime } from 'luxon';
import { businessMillisBetween } from './supportCalendar';
import { ticketSla, TicketSlaInput } from './slaRules';

const pacific = (local: string) =>
  DateTime.fromISO(local, { zone: 'America/Los_Angeles' }).toJSDate();

const ticket = (overrides: Partial<TicketSlaInput> = {}): TicketSlaInput => ({
  severity: 'normal',
  category: 'technical',
  environment: 'production',
  openedAt: pacific('2026-11-20T16:30'),
  withinSupportedWindow: true,
  ...overrides,
});

describe('ticketSla', () => {
  it('gives an urgent production ticket 15 minutes around the clock', () => {
    const sla = ticketSla(
      ticket({ severity: 'urgent', openedAt: pacific('2026-11-21T23:50') }),
      pacific('2026-11-21T23:55'),
    );
    expect(sla).toMatchObject({
      severity: 'urgent',
      target: 'PT15M',
      clock: '24x7',
      dueAt: '2026-11-22T08:05:00.000Z',
      state: 'pending',
      atRisk: false,
      applicable: true,
    });
  });

  it('counts a normal ticket in business hours, with the reason', () => {
    const sla = ticketSla(ticket(), pacific('2026-11-20T16:40'));
    expect(sla.dueAt).toBe('2026-11-23T16:30:00.000Z');
    expect(sla.clock).toBe('business-hours');
    expect(sla.explanation).toBe(
      'due Mon 2026-11-23 08:30 PST: opened Fri 2026-11-20 16:30 PST, 30 min counted on Fri, Sat (weekend), Sun (weekend) skipped, 30 min counted on Mon',
    );
  });

  it('gives urgent and high tickets on a non-production cluster the normal target, and says so', () => {
    const sla = ticketSla(
      ticket({ severity: 'high', environment: 'non-production' }),
      pacific('2026-11-20T16:40'),
    );
    expect(sla.severity).toBe('normal');
    expect(sla.target).toBe('PT1H');
    expect(sla.explanation).toMatch(
      /; high is defined for production; on a non-production cluster the normal target applies$/,
    );
  });

  it('is at risk with under 25% of the target left, counted on its clock', () => {
    // 60 business minutes, due Monday 08:30: Monday 08:16 leaves 14 min, 08:14 leaves 16 min.
    expect(ticketSla(ticket(), pacific('2026-11-23T08:16')).atRisk).toBe(true);
    expect(ticketSla(ticket(), pacific('2026-11-23T08:14')).atRisk).toBe(false);
    // Over the weekend only 30 business minutes have run: not at risk on Sunday.
    expect(ticketSla(ticket(), pacific('2026-11-22T23:00')).atRisk).toBe(false);
  });

  it('is met by a response on time and breached by a late one or none', () => {
    const due = pacific('2026-11-23T08:30');
    expect(ticketSla(ticket({ respondedAt: due }), due).state).toBe('met');
    expect(
      ticketSla(ticket({ respondedAt: pacific('2026-11-23T08:31') }), due)
        .state,
    ).toBe('breached');
    expect(ticketSla(ticket(), pacific('2026-11-23T08:30:01')).state).toBe(
      'breached',
    );
  });

  it('never breaches a non-technical request, which keeps the low target for scheduling', () => {
    const sla = ticketSla(
      ticket({ severity: 'low', category: 'non-technical' }),
      pacific('2026-12-01T00:00'),
    );
    expect(sla).toMatchObject({
      target: 'PT9H',
      state: 'pending',
      applicable: false,
    });
    expect(sla.explanation).toMatch(/carry no SLA$/);
  });

  it('does not apply to a cluster outside the supported window when the ticket was opened', () => {
    const sla = ticketSla(
      ticket({
        withinSupportedWindow: false,
        respondedAt: pacific('2026-11-24T10:00'),
      }),
      pacific('2026-11-24T10:00'),
    );
    expect(sla).toMatchObject({ state: 'met', applicable: false });
  });
});

describe('businessMillisBetween', () => {
  it('counts only business hours', () => {
    const hours = (from: string, to: string) =>
      businessMillisBetween(pacific(from), pacific(to)) / 3600000;
    expect(hours('2026-11-20T16:30', '2026-11-23T08:30')).toBe(1);
    expect(hours('2026-11-17T10:00', '2026-11-18T10:00')).toBe(9);
    expect(hours('2026-11-25T12:00', '2026-11-27T12:00')).toBe(9);
    expect(hours('2026-11-23T09:00', '2026-11-23T08:00')).toBe(0);
  });
});
