import { TicketSla } from '@mpk-portal/plugin-mpk-common';
import { describeDue, formatSpan, liveSlaState } from './liveSla';

const sla: TicketSla = {
  severity: 'urgent',
  target: 'PT15M',
  clock: '24x7',
  dueAt: '2026-11-25T20:15:00.000Z',
  atRiskFrom: '2026-11-25T20:11:15.000Z',
  state: 'pending',
  atRisk: false,
  applicable: true,
  explanation: '',
};
const at = (iso: string) => Date.parse(iso);

describe('liveSlaState', () => {
  it('moves a pending response to at risk and then to breached as time passes', () => {
    expect(liveSlaState(sla, at('2026-11-25T20:11:15.000Z'))).toBe(
      'on-the-clock',
    );
    expect(liveSlaState(sla, at('2026-11-25T20:11:16.000Z'))).toBe('at-risk');
    expect(liveSlaState(sla, at('2026-11-25T20:15:00.000Z'))).toBe('at-risk');
    expect(liveSlaState(sla, at('2026-11-25T20:15:01.000Z'))).toBe('breached');
  });

  it('keeps a decided state, and never breaches a ticket without an SLA', () => {
    const late = at('2026-11-26T00:00:00.000Z');
    expect(liveSlaState({ ...sla, state: 'met' }, late)).toBe('met');
    expect(liveSlaState({ ...sla, applicable: false }, late)).toBe('no-sla');
  });
});

describe('describeDue', () => {
  const ticket = { openedAt: '2026-11-25T20:00:00.000Z', sla };

  it('counts down to the due time, then up from it', () => {
    expect(describeDue(ticket, at('2026-11-25T20:05:48.400Z'))).toBe(
      'due in 09:11',
    );
    expect(describeDue(ticket, at('2026-11-25T23:20:00.000Z'))).toBe(
      'overdue by 3 h 05 min',
    );
    expect(describeDue(ticket, at('2026-11-28T01:15:00.000Z'))).toBe(
      'overdue by 2 d 5 h',
    );
  });

  it('says how long the answer took once there is one', () => {
    expect(
      describeDue(
        { ...ticket, sla: { ...sla, respondedAt: '2026-11-25T20:12:30.000Z' } },
        at('2026-11-26T00:00:00.000Z'),
      ),
    ).toBe('answered after 12:30');
  });
});

describe('formatSpan', () => {
  it('reads like a clock under an hour', () => {
    expect(formatSpan(0)).toBe('00:00');
    expect(formatSpan(59_999)).toBe('00:59');
    expect(formatSpan(3_599_000)).toBe('59:59');
    expect(formatSpan(3_600_000)).toBe('1 h 00 min');
  });
});
