import { SecurityBaseline } from './securityBaseline';
import { SecurityExceptionRecord } from './securityExceptions';
import { evaluatePosture, SecurityPostureInput } from './securityPosture';
import { TrackedFinding, trackReport } from './trackedFindings';

const today = '2026-07-15';
const now = '2026-07-15T12:00:00Z';

const baseline: SecurityBaseline = {
  customer: 'acme',
  title: 'the Acme security agreement',
  agreedOn: '2026-06-01',
  benchmarks: [{ set: 'cis-1.5', scoredOnly: true }],
  policySets: [{ set: 'require-*' }],
  vulnerabilities: [
    { severity: 'critical', fixableOnly: true, maxAgeDays: 14 },
  ],
  exceptions: [],
};

const web = { namespace: 'shop', kind: 'Pod', name: 'web' };

function check(
  name: string,
  firstSeen: string,
  changes: Partial<TrackedFinding> = {},
): TrackedFinding {
  const set = changes.set ?? 'cis-1.5';
  return {
    key: `${set}|${name}|`,
    kind: 'check',
    set,
    check: name,
    title: `Check ${name}`,
    scored: true,
    source: 'kube-bench/kube-bench',
    firstSeen,
    lastSeen: firstSeen,
    ...changes,
  };
}

function vulnerability(
  id: string,
  firstSeen: string,
  changes: Partial<TrackedFinding> = {},
): TrackedFinding {
  return {
    key: `vulnerability|${id}:libbsd|shop/Pod/web`,
    kind: 'vulnerability',
    set: 'vulnerability',
    check: `${id}:libbsd`,
    title: id,
    severity: 'critical',
    resource: web,
    source: 'trivy-operator/VulnerabilityReport',
    fixable: true,
    firstSeen,
    lastSeen: firstSeen,
    ...changes,
  };
}

function exception(
  id: string,
  changes: Partial<SecurityExceptionRecord>,
): SecurityExceptionRecord {
  return {
    id,
    set: 'cis-1.5',
    check: '*',
    scope: {},
    reason: 'r',
    approvedBy: 'user:default/erin-em',
    expires: '2027-01-31',
    origin: 'portal',
    ...changes,
  };
}

const a = check('4.2.6', '2026-07-01T08:00:00Z', { remediation: 'Fix it' });
const unscored = check('4.2.7', '2026-05-01T08:00:00Z', { scored: false });
const excepted = check('labels', '2026-06-20T08:00:00Z', {
  set: 'require-labels',
  key: 'require-labels|labels|shop/Pod/web',
  resource: web,
});
const lapsed = check('requests', '2026-06-10T08:00:00Z', {
  set: 'require-requests',
  key: 'require-requests|requests|',
  severity: 'medium',
});
const v15 = vulnerability('CVE-15', '2026-06-30T23:00:00Z');
const v14 = vulnerability('CVE-14', '2026-07-01T00:30:00Z');
const unfixable = vulnerability('CVE-OLD', '2026-01-01T00:00:00Z', {
  fixable: false,
});
const high = vulnerability('CVE-HIGH', '2026-01-01T00:00:00Z', {
  severity: 'high',
});

const corrected = check('1.1.1', '2026-06-01T08:00:00Z', {
  closedAt: '2026-06-08T07:00:00Z',
});
const correctedLongAgo = check('1.1.2', '2026-03-01T08:00:00Z', {
  closedAt: '2026-04-15T08:00:00Z',
});
const correctedOnTheEdge = check('1.1.3', '2026-04-15T08:00:00Z', {
  closedAt: '2026-04-16T09:00:00Z',
});
const closedUnagreed = check('x', '2026-07-01T08:00:00Z', {
  set: 'polaris',
  closedAt: '2026-07-02T08:00:00Z',
});
const closedYoungVulnerability = vulnerability(
  'CVE-YOUNG',
  '2026-07-01T08:00:00Z',
  {
    closedAt: '2026-07-04T08:00:00Z',
  },
);

const exceptions = [
  exception('baseline:0', {
    set: 'require-labels',
    scope: { namespace: 'shop' },
    origin: 'baseline',
  }),
  exception('p-1', {
    set: 'require-requests',
    expires: '2026-07-10',
    approvedAt: '2026-06-12T09:00:00Z',
    state: 'active',
  }),
  exception('p-2', { scope: { cluster: 'acme-dev' }, expires: '2026-07-20' }),
];

const input: SecurityPostureInput = {
  baseline,
  clusterName: 'acme-prod',
  open: [a, unscored, excepted, lapsed, v15, v14, unfixable, high],
  closed: [
    corrected,
    correctedLongAgo,
    correctedOnTheEdge,
    closedUnagreed,
    closedYoungVulnerability,
  ],
  exceptions,
  reports: [
    { observedAt: '2026-07-10T08:00:00Z' },
    { observedAt: '2026-07-14T08:00:00Z' },
  ],
  today,
  now,
  maxReportAgeDays: 7,
};

describe('evaluatePosture', () => {
  const posture = evaluatePosture(input);

  it('lists the open deviations, oldest first', () => {
    expect(posture.deviations).toEqual([
      {
        key: lapsed.key,
        kind: 'check',
        set: 'require-requests',
        check: 'requests',
        title: 'Check requests',
        severity: 'medium',
        firstSeen: lapsed.firstSeen,
        ageDays: 35,
        source: 'kube-bench/kube-bench',
        exceptionExpired: '2026-07-10',
      },
      {
        key: v15.key,
        kind: 'vulnerability',
        set: 'vulnerability',
        check: 'CVE-15:libbsd',
        title: 'CVE-15',
        severity: 'critical',
        resource: web,
        firstSeen: v15.firstSeen,
        ageDays: 15,
        source: 'trivy-operator/VulnerabilityReport',
      },
      {
        key: a.key,
        kind: 'check',
        set: 'cis-1.5',
        check: '4.2.6',
        title: 'Check 4.2.6',
        remediation: 'Fix it',
        firstSeen: a.firstSeen,
        ageDays: 14,
        source: 'kube-bench/kube-bench',
      },
    ]);
  });

  it('lists the deviations corrected in the last 90 days, latest first', () => {
    expect(posture.corrected).toEqual([
      {
        key: corrected.key,
        set: 'cis-1.5',
        check: '1.1.1',
        title: 'Check 1.1.1',
        firstSeen: corrected.firstSeen,
        correctedAt: corrected.closedAt,
        daysToCorrect: 6,
      },
      {
        key: correctedOnTheEdge.key,
        set: 'cis-1.5',
        check: '1.1.3',
        title: 'Check 1.1.3',
        firstSeen: correctedOnTheEdge.firstSeen,
        correctedAt: correctedOnTheEdge.closedAt,
        daysToCorrect: 1,
      },
    ]);
  });

  it("lists the cluster's exceptions with their state, soonest expiry first", () => {
    expect(posture.exceptions.map(e => [e.id, e.state])).toEqual([
      ['p-1', 'expired'],
      ['baseline:0', 'active'],
    ]);
  });

  it('counts the open vulnerabilities per severity', () => {
    expect(posture.vulnerabilities).toEqual([
      { severity: 'critical', fixable: 2, notFixable: 1 },
      { severity: 'high', fixable: 1, notFixable: 0 },
      { severity: 'medium', fixable: 0, notFixable: 0 },
      { severity: 'low', fixable: 0, notFixable: 0 },
      { severity: 'unknown', fixable: 0, notFixable: 0 },
    ]);
  });

  it('draws the open deviations of the last 12 weeks', () => {
    expect(posture.trend).toEqual([
      { date: '2026-04-29', open: 0 },
      { date: '2026-05-06', open: 0 },
      { date: '2026-05-13', open: 0 },
      { date: '2026-05-20', open: 0 },
      { date: '2026-05-27', open: 0 },
      { date: '2026-06-03', open: 1 },
      { date: '2026-06-10', open: 1 },
      { date: '2026-06-17', open: 0 },
      { date: '2026-06-24', open: 0 },
      { date: '2026-07-01', open: 1 },
      { date: '2026-07-08', open: 1 },
      { date: '2026-07-15', open: 3 },
    ]);
  });

  it.each<[string, Partial<SecurityPostureInput>, string, string]>([
    [
      'deviations',
      {},
      'deviations',
      '3 deviations from the Acme security agreement are open, the oldest since 2026-06-10 (35 days), as of the report of 2026-07-14.',
    ],
    [
      'one deviation',
      { open: [a] },
      'deviations',
      '1 deviation from the Acme security agreement is open, the oldest since 2026-07-01 (14 days), as of the report of 2026-07-14.',
    ],
    [
      'none',
      { open: [unscored, excepted, v14, unfixable, high] },
      'compliant',
      'No deviation from the Acme security agreement is open, as of the report of 2026-07-14.',
    ],
    [
      'no baseline',
      { baseline: undefined },
      'unknown',
      'No security baseline is agreed with the customer, so there is nothing to compare the reports with.',
    ],
    [
      'no report',
      { reports: [] },
      'unknown',
      'No security report has been received for this cluster yet, so its posture against the Acme security agreement is not known.',
    ],
    [
      'neither',
      { baseline: undefined, reports: [] },
      'unknown',
      'No security baseline is agreed with the customer, and no security report has been received for this cluster.',
    ],
    [
      'a newest report just over the age',
      { reports: [{ observedAt: '2026-07-08T11:59:59Z' }] },
      'stale',
      "The latest security report is from 2026-07-08, more than 7 days ago, so the cluster's posture against the Acme security agreement is not known to be current.",
    ],
    [
      'a newest report exactly the age',
      { open: [], reports: [{ observedAt: '2026-07-08T12:00:00Z' }] },
      'compliant',
      'No deviation from the Acme security agreement is open, as of the report of 2026-07-08.',
    ],
    [
      'a report one day old with a one-day age',
      {
        open: [],
        maxReportAgeDays: 1,
        reports: [{ observedAt: '2026-07-14T12:00:00Z' }],
      },
      'compliant',
      'No deviation from the Acme security agreement is open, as of the report of 2026-07-14.',
    ],
  ])('is %s: %s', (_, changes, status, explanation) => {
    expect(evaluatePosture({ ...input, ...changes })).toMatchObject({
      status,
      explanation,
    });
  });

  it('has no deviation, correction or trend without a baseline, but counts vulnerabilities', () => {
    const unknown = evaluatePosture({ ...input, baseline: undefined });
    expect(unknown.deviations).toEqual([]);
    expect(unknown.corrected).toEqual([]);
    expect(unknown.trend.map(point => point.open)).toEqual(Array(12).fill(0));
    expect(unknown.vulnerabilities[0]).toEqual({
      severity: 'critical',
      fixable: 2,
      notFixable: 1,
    });
  });

  it.each<[string, SecurityExceptionRecord['expires'], string | undefined]>([
    ['expiring today, is no deviation', '2026-07-15', undefined],
    ['expiring in 14 days, is no deviation', '2026-07-29', undefined],
    ['expired yesterday, is a deviation again', '2026-07-14', '2026-07-14'],
  ])('with an exception %s', (_, expires, exceptionExpired) => {
    const { deviations } = evaluatePosture({
      ...input,
      open: [a],
      exceptions: [exception('x', { check: '4.2.6', expires })],
    });
    expect(deviations.map(d => d.exceptionExpired)).toEqual(
      exceptionExpired ? [exceptionExpired] : [],
    );
  });

  it('keeps to the policy sets and scored controls the baseline names', () => {
    const { deviations } = evaluatePosture({
      ...input,
      exceptions: [],
      open: [
        check('1', now, { set: 'require-labels', key: 'r' }),
        check('2', now, { set: 'disallow-latest-tag', key: 'd' }),
        check('3', now, { scored: false, key: 'u' }),
        check('4', now, { scored: true, key: 's' }),
      ],
    });
    expect(deviations.map(d => d.key)).toEqual(['r', 's']);
  });

  it.each([
    ['14 days', '2026-07-01T00:00:00Z', false],
    ['15 days', '2026-06-30T23:59:59Z', true],
  ])(
    'deems a fixable critical vulnerability open %s a deviation: %s',
    (_, firstSeen, expected) => {
      const { deviations } = evaluatePosture({
        ...input,
        open: [vulnerability('CVE-1', firstSeen)],
      });
      expect(deviations.length).toBe(expected ? 1 : 0);
    },
  );

  it('shows a finding passing in a later report as corrected, with its days to correct', () => {
    const failing = trackReport(
      [],
      {
        tool: 'kube-bench',
        kind: 'kube-bench',
        summary: {},
        vulnerabilities: [],
        checks: [
          {
            set: 'cis-1.5',
            check: '4.2.6',
            title: 'T',
            status: 'fail',
            scored: true,
          },
        ],
      },
      '2026-07-01T08:00:00Z',
    );
    const passing = trackReport(
      failing.upserts,
      {
        tool: 'kube-bench',
        kind: 'kube-bench',
        summary: {},
        vulnerabilities: [],
        checks: [
          {
            set: 'cis-1.5',
            check: '4.2.6',
            title: 'T',
            status: 'pass',
            scored: true,
          },
        ],
      },
      '2026-07-11T09:00:00Z',
    );
    const closed = failing.upserts.map(finding => ({
      ...finding,
      closedAt: passing.closes.find(c => c.key === finding.key)?.closedAt,
    }));
    const after = evaluatePosture({ ...input, open: [], closed });
    expect(after.corrected).toEqual([
      {
        key: 'cis-1.5|4.2.6|',
        set: 'cis-1.5',
        check: '4.2.6',
        title: 'T',
        firstSeen: '2026-07-01T08:00:00Z',
        correctedAt: '2026-07-11T09:00:00Z',
        daysToCorrect: 10,
      },
    ]);
    expect(after.status).toBe('compliant');
  });
});
