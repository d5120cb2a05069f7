import {
  claimDeadline,
  claimTimeliness,
  creditEligibility,
  customerContractSchema,
  monthIn,
  monthlyCreditTotal,
  monthRange,
} from './credits';

const zone = 'America/Los_Angeles';
const contract = customerContractSchema.parse({ monthlySupportFeeUsd: 1000 });
const breach = {
  ticketId: 't1',
  breachedAt: '2026-11-03T17:00:00.000Z',
  causedByThirdParty: false,
};

describe('credit rules', () => {
  it('pays $250 per claimed breach up to 100% of the monthly fee', () => {
    expect(monthlyCreditTotal(3, contract)).toEqual({
      claimedUsd: 750,
      capUsd: 1000,
      payableUsd: 750,
      capped: false,
    });
    expect(monthlyCreditTotal(4, contract).capped).toBe(false);
    expect(monthlyCreditTotal(5, contract)).toEqual({
      claimedUsd: 1250,
      capUsd: 1000,
      payableUsd: 1000,
      capped: true,
    });
  });

  it('closes the claim window 7 calendar days after the breach, in the contract zone', () => {
    expect(claimDeadline(breach.breachedAt, zone)).toBe(
      '2026-11-10T17:00:00.000Z',
    );
    // Across the end of DST (2026-11-01) 7 days are 169 hours: same wall-clock time.
    expect(claimDeadline('2026-10-30T16:00:00.000Z', zone)).toBe(
      '2026-11-06T17:00:00.000Z',
    );
  });

  it('accepts a claim up to the deadline and refuses it after, with the reason', () => {
    expect(
      claimTimeliness(breach, new Date('2026-11-10T17:00:00.000Z'), zone)
        .onTime,
    ).toBe(true);
    const late = claimTimeliness(
      breach,
      new Date('2026-11-10T17:00:01.000Z'),
      zone,
    );
    expect(late).toEqual({
      onTime: false,
      deadline: '2026-11-10T17:00:00.000Z',
      reason:
        'credits must be requested within 7 days after the breach: this one was breached at 2026-11-03T17:00:00.000Z, the window closed at 2026-11-10T17:00:00.000Z',
    });
  });

  it('gives no credit during onboarding, during a customer breach, or for a third party', () => {
    expect(creditEligibility(breach, contract, zone)).toEqual({
      eligible: true,
      reasons: [],
    });
    const terms = customerContractSchema.parse({
      monthlySupportFeeUsd: 1000,
      onboardingUntil: '2026-11-03',
      agreementBreaches: [
        { from: '2026-11-01', to: '2026-11-15', reason: 'invoices unpaid' },
      ],
    });
    expect(
      creditEligibility({ ...breach, causedByThirdParty: true }, terms, zone),
    ).toEqual({
      eligible: false,
      reasons: [
        "breached on 2026-11-03, during the customer's onboarding phase (until 2026-11-03)",
        'breached on 2026-11-03, while the customer was in breach of the agreement (2026-11-01 to 2026-11-15: invoices unpaid)',
        'caused by a party other than the provider',
      ],
    });
  });

  it('judges the breach day in the contract zone, not in UTC', () => {
    const terms = customerContractSchema.parse({
      monthlySupportFeeUsd: 1000,
      onboardingUntil: '2026-11-03',
    });
    // 2026-11-04T06:00Z is still 3 November in Los Angeles.
    expect(
      creditEligibility(
        { ...breach, breachedAt: '2026-11-04T06:00:00.000Z' },
        terms,
        zone,
      ).eligible,
    ).toBe(false);
    expect(
      creditEligibility(
        { ...breach, breachedAt: '2026-11-04T08:00:00.000Z' },
        terms,
        zone,
      ).eligible,
    ).toBe(true);
  });

  it('refuses contract terms that cannot be right', () => {
    const result = customerContractSchema.safeParse({
      monthlySupportFeeUsd: -5,
      agreementBreaches: [{ from: '2026-11-10', to: '2026-11-01' }],
    });
    expect(result.success).toBe(false);
    expect(
      result.error!.issues.map(i => `${i.path.join('.')}: ${i.message}`),
    ).toEqual([
      'monthlySupportFeeUsd: Too small: expected number to be >=0',
      'agreementBreaches.0.to: to must not be before from',
    ]);
  });

  it('counts months in the contract zone', () => {
    expect(monthIn(zone, '2026-12-01T07:59:00Z')).toBe('2026-11');
    expect(monthIn(zone, '2026-12-01T08:00:00Z')).toBe('2026-12');
    const { from, to } = monthRange('2026-03', zone);
    expect(from.toISOString()).toBe('2026-03-01T08:00:00.000Z');
    // DST starts on 8 March: April begins at 07:00 UTC.
    expect(to.toISOString()).toBe('2026-04-01T07:00:00.000Z');
  });
});
