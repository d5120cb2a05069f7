import { slaCompliance } from './compliance';
import { TicketSla } from './slaRules';

const sla = (state: TicketSla['state'], applicable = true): TicketSla => ({
  severity: 'normal',
  target: 'PT1H',
  clock: 'business-hours',
  dueAt: '2026-11-02T17:00:00.000Z',
  atRiskFrom: '2026-11-02T16:45:00.000Z',
  state,
  atRisk: false,
  applicable,
  explanation: '',
});

describe('slaCompliance', () => {
  const from = new Date('2026-11-01T00:00:00Z');
  const to = new Date('2026-12-01T00:00:00Z');

  it('is the share of decided responses that were on time', () => {
    expect(
      slaCompliance(
        [
          { openedAt: '2026-11-02T16:00:00Z', sla: sla('met') },
          { openedAt: '2026-11-03T16:00:00Z', sla: sla('met') },
          { openedAt: '2026-11-04T16:00:00Z', sla: sla('breached') },
          { openedAt: '2026-11-05T16:00:00Z', sla: sla('pending') },
        ],
        from,
        to,
      ),
    ).toEqual({
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
      met: 2,
      breached: 1,
      pending: 1,
      percent: 66.7,
    });
  });

  it('leaves out tickets without an SLA and those opened outside the period', () => {
    const result = slaCompliance(
      [
        { openedAt: '2026-11-02T16:00:00Z', sla: sla('met', false) },
        { openedAt: '2026-10-31T23:59:59Z', sla: sla('breached') },
        { openedAt: '2026-12-01T00:00:00Z', sla: sla('breached') },
        { openedAt: '2026-11-01T00:00:00Z', sla: sla('met') },
      ],
      from,
      to,
    );
    expect(result).toMatchObject({ met: 1, breached: 0, percent: 100 });
  });

  it('has no percentage when nothing was decided', () => {
    expect(slaCompliance([], from, to).percent).toBeNull();
  });
});
