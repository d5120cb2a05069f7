import { assessCreditMonth } from './creditMonth';
import { customerContractSchema } from './credits';
import { TicketSla } from './slaRules';
import { CreditClaim, Ticket } from './ticketApi';

const zone = 'America/Los_Angeles';

function breachedTicket(
  id: string,
  dueAt: string,
  overrides: Partial<Ticket> & { slaOverrides?: Partial<TicketSla> } = {},
): Ticket {
  const { slaOverrides, ...rest } = overrides;
  return {
    id,
    externalId: null,
    source: 'api',
    cluster: 'resource:default/acme-prod',
    customer: 'acme',
    environment: 'production',
    severity: 'urgent',
    category: 'technical',
    title: `Ticket ${id}`,
    description: null,
    openedBy: null,
    response: null,
    openedAt: new Date(Date.parse(dueAt) - 15 * 60000).toISOString(),
    causedByThirdParty: false,
    status: 'open',
    supportedWindow: {
      date: dueAt.slice(0, 10),
      kubernetesVersion: '1.35',
      supportedLines: ['1.36', '1.35'],
      within: true,
      explanation: '',
    },
    events: [],
    sla: {
      severity: 'urgent',
      target: 'PT15M',
      clock: '24x7',
      dueAt,
      atRiskFrom: dueAt,
      state: 'breached',
      atRisk: false,
      applicable: true,
      explanation: '',
      ...slaOverrides,
    },
    alertGroup: null,
    createdAt: dueAt,
    ...rest,
  };
}

const claim = (ticketId: string, requestedAt: string): CreditClaim => ({
  id: `claim-${ticketId}`,
  ticketId,
  customer: 'acme',
  requestedAt,
  requestedBy: 'user:default/erin-em',
});

describe('assessCreditMonth', () => {
  const contract = customerContractSchema.parse({
    monthlySupportFeeUsd: 600,
    agreementBreaches: [{ from: '2026-11-20', to: '2026-11-21' }],
  });

  it('lists the breaches of the month with what each earns, and caps the claimed total', () => {
    const tickets = [
      breachedTicket('a', '2026-11-02T18:00:00.000Z'),
      breachedTicket('b', '2026-11-05T18:00:00.000Z'),
      breachedTicket('c', '2026-11-06T18:00:00.000Z'),
      breachedTicket('d', '2026-11-10T18:00:00.000Z', {
        causedByThirdParty: true,
      }),
      breachedTicket('e', '2026-11-20T18:00:00.000Z'),
      breachedTicket('f', '2026-11-22T18:00:00.000Z'),
      breachedTicket('g', '2026-11-01T06:00:00.000Z'), // 31 October in Los Angeles
      breachedTicket('h', '2026-11-23T18:00:00.000Z', {
        slaOverrides: { applicable: false, state: 'pending' },
      }),
      breachedTicket('i', '2026-11-24T18:00:00.000Z', {
        slaOverrides: { state: 'met' },
      }),
    ];
    const result = assessCreditMonth({
      month: '2026-11',
      tickets,
      claims: [
        claim('a', '2026-11-03T00:00:00.000Z'),
        claim('b', '2026-11-06T00:00:00.000Z'),
        claim('c', '2026-11-07T00:00:00.000Z'),
      ],
      contract,
      now: new Date('2026-11-25T18:00:00.000Z'),
      timeZone: zone,
    });

    expect(
      result.events.map(e => [e.ticket.id, e.claimStatus, e.eligible]),
    ).toEqual([
      ['a', 'claimed', true],
      ['b', 'claimed', true],
      ['c', 'claimed', true],
      ['d', 'ineligible', false],
      ['e', 'ineligible', false],
      ['f', 'claimable', true],
    ]);
    expect(result.totals).toEqual({
      breaches: 6,
      eligible: 4,
      claimed: 3,
      claimedUsd: 750,
      capUsd: 600,
      payableUsd: 600,
      capped: true,
    });
    expect(result.explanation).toBe(
      '6 missed initial response(s) in 2026-11, 4 eligible for a credit, 3 claimed: 3 x $250 = $750, capped at 100% of the monthly support fee: $600 payable.',
    );
    expect(result.events[5].explanation).toBe(
      'Earns $250 if requested by 2026-11-29T18:00:00.000Z (7 days after the breach).',
    );
    expect(result.events[3].explanation).toBe(
      'No credit: caused by a party other than the provider.',
    );
  });

  it('lets an unclaimed breach expire after 7 days', () => {
    const result = assessCreditMonth({
      month: '2026-11',
      tickets: [breachedTicket('a', '2026-11-02T18:00:00.000Z')],
      claims: [],
      contract,
      now: new Date('2026-11-09T18:00:01.000Z'),
      timeZone: zone,
    });
    expect(result.events[0].claimStatus).toBe('expired');
    expect(result.totals.payableUsd).toBe(0);
    expect(result.explanation).toBe(
      '1 missed initial response(s) in 2026-11, 1 eligible for a credit, 0 claimed: 0 x $250 = $0, under the cap of $600 (100% of the monthly support fee): $0 payable.',
    );
  });
});
