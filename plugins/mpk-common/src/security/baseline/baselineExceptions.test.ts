import { baselineExceptionsOf } from './baselineExceptions';
import { SecurityBaseline } from './securityBaseline';

const exception = {
  set: 'cis-1.5',
  check: '4.2.6',
  scope: { cluster: 'acme-prod' },
  reason: 'The CNI needs it',
  approvedBy: 'user:default/erin-em',
};

const baseline: SecurityBaseline = {
  customer: 'acme',
  title: 'Acme',
  agreedOn: '2026-06-01',
  benchmarks: [{ set: 'cis-1.5', scoredOnly: true }],
  policySets: [],
  vulnerabilities: [],
  exceptions: [
    { ...exception, expires: '2027-01-31' },
    { ...exception, check: '*', scope: {}, expires: '2026-07-20' },
    { ...exception, expires: '2026-07-14' },
  ],
};

describe('baselineExceptionsOf', () => {
  it('shows the exceptions of the file as the API does, with their state', () => {
    expect(baselineExceptionsOf(baseline, '2026-07-15')).toEqual([
      {
        id: 'baseline:0',
        ...exception,
        expires: '2027-01-31',
        origin: 'baseline',
        state: 'active',
      },
      {
        id: 'baseline:1',
        ...exception,
        check: '*',
        scope: {},
        expires: '2026-07-20',
        origin: 'baseline',
        state: 'expiring',
      },
      {
        id: 'baseline:2',
        ...exception,
        expires: '2026-07-14',
        origin: 'baseline',
        state: 'expired',
      },
    ]);
  });

  it('has none for a baseline without exceptions', () => {
    expect(
      baselineExceptionsOf({ ...baseline, exceptions: [] }, '2026-07-15'),
    ).toEqual([]);
  });
});
