import { DateTime } from 'luxon';
import { supportCalendarFrom } from './supportCalendarSettings';
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
  it('explains an around-the-clock deadline in the contract time zone, across a DST switch', () => {
    // 2026-11-01 01:50 PDT; 15 minutes later the clocks have gone back: 01:05 PST.
    const openedAt = new Date('2026-11-01T08:50:00Z');
    const sla = ticketSla(ticket({ severity: 'urgent', openedAt }), openedAt);
    expect(sla.dueAt).toBe('2026-11-01T09:05:00.000Z');
    expect(sla.explanation).toBe(
      'due Sun 2026-11-01 01:05 PST: opened Sun 2026-11-01 01:50 PDT, 15 min around the clock',
    );
  });

  it('gives high production tickets one hour around the clock, even on a holiday', () => {
    const sla = ticketSla(
      ticket({ severity: 'high', openedAt: pacific('2026-12-25T10:00') }),
      pacific('2026-12-25T10:00'),
    );
    expect(sla).toMatchObject({
      target: 'PT1H',
      clock: '24x7',
      dueAt: '2026-12-25T19:00:00.000Z',
    });
  });

  it('schedules a non-technical request at the low target whatever severity was asked', () => {
    const sla = ticketSla(
      ticket({
        severity: 'urgent',
        category: 'non-technical',
        openedAt: pacific('2026-11-17T10:00'),
      }),
      pacific('2026-11-19T10:00'),
    );
    expect(sla).toMatchObject({
      severity: 'low',
      target: 'PT9H',
      clock: 'business-hours',
      dueAt: '2026-11-18T18:00:00.000Z',
      state: 'pending',
      applicable: false,
    });
    expect(sla.explanation).toContain(
      'non-technical requests are scheduled at the low target, whatever the requested severity (urgent)',
    );
  });

  it('says when the at-risk period starts, on the target clock', () => {
    // Normal, Friday 16:30: 45 of 60 business minutes have run on Monday at 08:15.
    expect(ticketSla(ticket(), pacific('2026-11-20T16:40')).atRiskFrom).toBe(
      '2026-11-23T16:15:00.000Z',
    );
    // Urgent: 11 min 15 s after opening.
    const openedAt = pacific('2026-11-21T23:50');
    expect(
      ticketSla(ticket({ severity: 'urgent', openedAt }), openedAt).atRiskFrom,
    ).toBe('2026-11-22T08:01:15.000Z');
  });

  it('is not at risk once it is breached or met', () => {
    expect(ticketSla(ticket(), pacific('2026-11-23T08:31'))).toMatchObject({
      state: 'breached',
      atRisk: false,
    });
    expect(
      ticketSla(
        ticket({ respondedAt: pacific('2026-11-23T08:20') }),
        pacific('2026-11-23T08:25'),
      ),
    ).toMatchObject({ state: 'met', atRisk: false });
  });

  it('takes one business day of the configured calendar as the low target', () => {
    const shorter = supportCalendarFrom({ opens: '09:00', closes: '17:30' });
    const sla = ticketSla(
      ticket({ severity: 'low', openedAt: pacific('2026-11-17T10:00') }),
      pacific('2026-11-17T10:00'),
      shorter,
    );
    expect(sla.target).toBe('PT8H30M');
    expect(sla.dueAt).toBe('2026-11-18T18:00:00.000Z');
  });
});
