import { parseSecurityBaselines, SecurityBaseline } from './securityBaseline';

const acme = {
  customer: 'acme',
  title: 'Acme security agreement',
  agreedOn: '2026-06-01',
  benchmarks: [
    {
      set: 'cis-1.5',
      scoredOnly: true,
      title: 'CIS Kubernetes Benchmark 1.5, scored controls',
    },
  ],
  policySets: [
    { set: 'require-*', title: 'Kyverno best-practice policies' },
    { set: 'k8s-nsa-1.0' },
  ],
  vulnerabilities: [
    { severity: 'critical', fixableOnly: true, maxAgeDays: 14 },
  ],
  exceptions: [
    {
      set: 'cis-1.5',
      check: '4.2.6',
      scope: { cluster: 'acme-prod' },
      reason: 'The CNI needs it',
      approvedBy: 'user:default/erin-em',
      expires: '2027-01-31',
    },
  ],
};

function withAcme(changes: Record<string, unknown>) {
  return { baselines: [{ ...acme, ...changes }] };
}

function exceptionWith(changes: Record<string, unknown>) {
  return withAcme({
    exceptions: [acme.exceptions[0], { ...acme.exceptions[0], ...changes }],
  });
}

function problemsOf(raw: unknown): string[] {
  const result = parseSecurityBaselines(raw);
  return result.ok ? [] : result.problems;
}

describe('parseSecurityBaselines', () => {
  it('reads the file', () => {
    expect(parseSecurityBaselines({ baselines: [acme] })).toEqual({
      ok: true,
      baselines: [acme],
    });
  });

  it('takes left-out lists as empty, flags as false and scopes as anywhere', () => {
    const expected: SecurityBaseline = {
      customer: 'globex',
      title: 'Globex',
      agreedOn: '2026-01-02',
      benchmarks: [{ set: 'cis-1.8', scoredOnly: false }],
      policySets: [],
      vulnerabilities: [
        { severity: 'high', fixableOnly: false, maxAgeDays: 30 },
      ],
      exceptions: [
        {
          set: 'vulnerability',
          check: '*',
          scope: {},
          reason: 'r',
          approvedBy: 'user:default/x',
          expires: '2026-02-01',
        },
      ],
    };
    expect(
      parseSecurityBaselines({
        baselines: [
          {
            customer: ' globex ',
            title: 'Globex',
            agreedOn: '2026-01-02',
            benchmarks: [{ set: 'cis-1.8' }],
            vulnerabilities: [{ severity: 'high', maxAgeDays: 30 }],
            exceptions: [
              {
                set: 'vulnerability',
                check: '*',
                reason: 'r',
                approvedBy: 'user:default/x',
                expires: '2026-02-01',
              },
            ],
          },
        ],
      }),
    ).toEqual({ ok: true, baselines: [expected] });
  });

  it('reads a file without baselines', () => {
    expect(parseSecurityBaselines({ baselines: [] })).toEqual({
      ok: true,
      baselines: [],
    });
  });

  it.each([
    [
      'no file',
      null,
      'baseline file: Invalid input: expected object, received null',
    ],
    [
      'no list',
      {},
      'baselines: Invalid input: expected array, received undefined',
    ],
    [
      'an unknown field',
      withAcme({ benchmark: [] }),
      'baselines[0]: Unrecognized key: "benchmark"',
    ],
    [
      'two baselines of one customer',
      { baselines: [acme, { ...acme, title: 'Again' }] },
      'baselines[1].customer: acme already has a baseline (baselines[0])',
    ],
    [
      'an empty customer',
      withAcme({ customer: '  ' }),
      'baselines[0].customer: name the customer',
    ],
    [
      'a title over 253 characters',
      withAcme({ title: 'x'.repeat(254) }),
      'baselines[0].title: at most 253 characters',
    ],
    [
      'a control character',
      withAcme({ title: 'a\u0000b' }),
      'baselines[0].title: must be plain text without control characters other than line breaks and tabs (found U+0000 at character 2)',
    ],
    [
      'an impossible agreement date',
      withAcme({ agreedOn: '2026-02-30' }),
      'baselines[0].agreedOn: is not a calendar date',
    ],
    [
      'more than 50 benchmarks',
      withAcme({ benchmarks: Array(51).fill({ set: 'cis-1.5' }) }),
      'baselines[0].benchmarks: at most 50 benchmarks',
    ],
    [
      'more than 50 policy sets',
      withAcme({ policySets: Array(51).fill({ set: 'p' }) }),
      'baselines[0].policySets: at most 50 policy sets',
    ],
    [
      'scoredOnly that is not a flag',
      withAcme({ benchmarks: [{ set: 'cis-1.5', scoredOnly: 'yes' }] }),
      'baselines[0].benchmarks[0].scoredOnly: Invalid input: expected boolean, received string',
    ],
    [
      'an unknown severity',
      withAcme({ vulnerabilities: [{ severity: 'severe', maxAgeDays: 1 }] }),
      'baselines[0].vulnerabilities[0].severity: expected one of critical, high, medium, low, unknown',
    ],
    [
      'a threshold over 365 days',
      withAcme({ vulnerabilities: [{ severity: 'high', maxAgeDays: 366 }] }),
      'baselines[0].vulnerabilities[0].maxAgeDays: expected 0 to 365 days',
    ],
    [
      'a negative threshold',
      withAcme({ vulnerabilities: [{ severity: 'high', maxAgeDays: -1 }] }),
      'baselines[0].vulnerabilities[0].maxAgeDays: expected 0 to 365 days',
    ],
    [
      'a threshold in part days',
      withAcme({ vulnerabilities: [{ severity: 'high', maxAgeDays: 1.5 }] }),
      'baselines[0].vulnerabilities[0].maxAgeDays: expected whole days',
    ],
    [
      'an impossible expiry',
      exceptionWith({ expires: '2027-02-29' }),
      'baselines[0].exceptions[1].expires: is not a calendar date',
    ],
    [
      'an expiry that is no date',
      exceptionWith({ expires: 'next year' }),
      'baselines[0].exceptions[1].expires: expected a date as YYYY-MM-DD',
    ],
    [
      'a reason over 2000 characters',
      exceptionWith({ reason: 'x'.repeat(2001) }),
      'baselines[0].exceptions[1].reason: at most 2000 characters',
    ],
    [
      'an exception without approver',
      exceptionWith({ approvedBy: undefined }),
      'baselines[0].exceptions[1].approvedBy: Invalid input: expected string, received undefined',
    ],
    [
      'an unknown scope field',
      exceptionWith({ scope: { clusters: 'acme-prod' } }),
      'baselines[0].exceptions[1].scope: Unrecognized key: "clusters"',
    ],
    [
      'an exception of a set the baseline does not agree',
      exceptionWith({ set: 'cis-1.8' }),
      'baselines[0].exceptions[1].set: is no benchmark or policy set of this baseline, nor vulnerability',
    ],
    [
      'more than 500 exceptions',
      withAcme({ exceptions: Array(501).fill(acme.exceptions[0]) }),
      'baselines[0].exceptions: at most 500 exceptions',
    ],
  ])('refuses %s', (_, raw, problem) => {
    expect(problemsOf(raw)).toEqual([problem]);
  });

  it.each([
    ['a policy set matched by a glob', { set: 'require-labels' }],
    ['a compliance spec', { set: 'k8s-nsa-1.0' }],
    ['vulnerabilities', { set: 'vulnerability', check: 'CVE-2019-20367' }],
    ['every check of a set', { check: '*' }],
    [
      'a full scope',
      { scope: { cluster: 'c', namespace: 'n', kind: 'Pod', name: 'p' } },
    ],
    ['a 2000-character reason', { reason: 'x'.repeat(2000) }],
  ])('accepts an exception of %s', (_, changes) => {
    expect(problemsOf(exceptionWith(changes))).toEqual([]);
  });

  it('accepts the bounds of a threshold', () => {
    expect(
      problemsOf(
        withAcme({
          vulnerabilities: [
            { severity: 'low', maxAgeDays: 0 },
            { severity: 'medium', maxAgeDays: 365 },
          ],
        }),
      ),
    ).toEqual([]);
  });

  it('names every problem at once', () => {
    expect(
      problemsOf({
        baselines: [
          { ...acme, agreedOn: 'June' },
          { ...acme, customer: 'b', vulnerabilities: [{ severity: 'high' }] },
        ],
      }),
    ).toEqual([
      'baselines[0].agreedOn: expected a date as YYYY-MM-DD',
      'baselines[1].vulnerabilities[0].maxAgeDays: Invalid input: expected number, received undefined',
    ]);
  });
});
