import {
  ParsedSecurityReport,
  SecurityCheckResult,
  VulnerabilityFinding,
} from '../securityModel';
import {
  TrackedFinding,
  trackReport,
  vulnerabilityKey,
} from './trackedFindings';

const t1 = '2026-06-01T08:00:00Z';
const t2 = '2026-06-08T08:00:00Z';
const t0 = '2026-05-25T08:00:00Z';

const pod = { namespace: 'shop', kind: 'Pod', name: 'web' };
const other = { namespace: 'shop', kind: 'Pod', name: 'db' };

function check(
  status: SecurityCheckResult['status'],
  changes: Partial<SecurityCheckResult> = {},
): SecurityCheckResult {
  return {
    set: 'cis-1.5',
    check: '4.2.6',
    title: 'Ensure protect-kernel-defaults is set',
    status,
    severity: 'high',
    scored: true,
    remediation: 'Set protectKernelDefaults',
    ...changes,
  };
}

const cve: VulnerabilityFinding = {
  id: 'CVE-2019-20367',
  severity: 'critical',
  packageName: 'libbsd',
  installedVersion: '0.9.1',
  fixedVersion: '0.10.0',
  title: 'out-of-bounds read',
  resource: pod,
};

function report(
  changes: Partial<ParsedSecurityReport> & { resource?: typeof pod },
): ParsedSecurityReport {
  return {
    tool: 'kube-bench',
    kind: 'kube-bench',
    summary: {},
    checks: [],
    vulnerabilities: [],
    ...changes,
  };
}

const openCheck: TrackedFinding = {
  key: 'cis-1.5|4.2.6|',
  kind: 'check',
  set: 'cis-1.5',
  check: '4.2.6',
  title: 'Ensure protect-kernel-defaults is set',
  severity: 'high',
  scored: true,
  remediation: 'Set protectKernelDefaults',
  source: 'kube-bench/kube-bench',
  firstSeen: t1,
  lastSeen: t1,
};

const openCve: TrackedFinding = {
  key: 'vulnerability|CVE-2019-20367:libbsd|shop/Pod/web',
  kind: 'vulnerability',
  set: 'vulnerability',
  check: 'CVE-2019-20367:libbsd',
  title: 'CVE-2019-20367: out-of-bounds read',
  severity: 'critical',
  resource: pod,
  remediation: 'Upgrade libbsd from 0.9.1 to 0.10.0',
  source: 'trivy-operator/VulnerabilityReport',
  fixable: true,
  firstSeen: t1,
  lastSeen: t1,
};

const trivy = { tool: 'trivy-operator', kind: 'VulnerabilityReport' } as const;

describe('trackReport', () => {
  it.each<
    [
      string,
      TrackedFinding[],
      ParsedSecurityReport,
      string,
      ReturnType<typeof trackReport>,
    ]
  >([
    [
      'a new failing check',
      [],
      report({ checks: [check('fail')] }),
      t1,
      { upserts: [openCheck], closes: [] },
    ],
    [
      'a check in error',
      [],
      report({ checks: [check('error')] }),
      t1,
      { upserts: [openCheck], closes: [] },
    ],
    [
      'a check still failing, keeping when it was first seen',
      [openCheck],
      report({ checks: [check('fail', { title: 'Renamed' })] }),
      t2,
      {
        upserts: [{ ...openCheck, title: 'Renamed', lastSeen: t2 }],
        closes: [],
      },
    ],
    [
      'a check passing in a later report',
      [openCheck],
      report({ checks: [check('pass')] }),
      t2,
      { upserts: [], closes: [{ key: openCheck.key, closedAt: t2 }] },
    ],
    ...(['warn', 'info', 'skip'] as const).map(
      (
        status,
      ): [
        string,
        TrackedFinding[],
        ParsedSecurityReport,
        string,
        ReturnType<typeof trackReport>,
      ] => [
        `a check now ${status}`,
        [openCheck],
        report({ checks: [check(status)] }),
        t2,
        { upserts: [], closes: [] },
      ],
    ),
    [
      'a passing check with nothing open',
      [],
      report({ checks: [check('pass')] }),
      t1,
      { upserts: [], closes: [] },
    ],
    [
      'a check missing from a later report',
      [openCheck],
      report({ checks: [] }),
      t2,
      { upserts: [], closes: [] },
    ],
    [
      'a check passing on another resource',
      [openCheck],
      report({ checks: [check('pass', { resource: pod })] }),
      t2,
      { upserts: [], closes: [] },
    ],
    [
      'a check both failing and passing in one report',
      [openCheck],
      report({ checks: [check('fail'), check('pass')] }),
      t2,
      { upserts: [{ ...openCheck, lastSeen: t2 }], closes: [] },
    ],
    [
      'a passing check in a report older than the failure',
      [openCheck],
      report({ checks: [check('pass')] }),
      t0,
      { upserts: [], closes: [] },
    ],
    [
      'a failing check in a report older than the first failure',
      [openCheck],
      report({ checks: [check('fail')] }),
      t0,
      { upserts: [{ ...openCheck, firstSeen: t0, lastSeen: t1 }], closes: [] },
    ],
    [
      'a new vulnerability',
      [],
      report({ ...trivy, vulnerabilities: [cve] }),
      t1,
      { upserts: [openCve], closes: [] },
    ],
    [
      'a vulnerability without fix',
      [],
      report({
        ...trivy,
        vulnerabilities: [
          { ...cve, fixedVersion: undefined, title: undefined },
        ],
      }),
      t1,
      {
        upserts: [
          {
            ...openCve,
            title: 'CVE-2019-20367',
            remediation: undefined,
            fixable: false,
          },
        ].map(({ remediation: _, ...rest }) => rest),
        closes: [],
      },
    ],
    [
      'a vulnerability still listed',
      [openCve],
      report({ ...trivy, vulnerabilities: [cve] }),
      t2,
      { upserts: [{ ...openCve, lastSeen: t2 }], closes: [] },
    ],
    [
      'a vulnerability no longer listed for its resource',
      [openCve],
      report({ ...trivy, vulnerabilities: [{ ...cve, id: 'CVE-2024-1' }] }),
      t2,
      {
        upserts: [
          {
            ...openCve,
            key: 'vulnerability|CVE-2024-1:libbsd|shop/Pod/web',
            check: 'CVE-2024-1:libbsd',
            title: 'CVE-2024-1: out-of-bounds read',
            firstSeen: t2,
            lastSeen: t2,
          },
        ],
        closes: [{ key: openCve.key, closedAt: t2 }],
      },
    ],
    [
      'a vulnerability of a resource the report does not cover',
      [openCve],
      report({ ...trivy, vulnerabilities: [{ ...cve, resource: other }] }),
      t2,
      {
        upserts: [
          {
            ...openCve,
            key: 'vulnerability|CVE-2019-20367:libbsd|shop/Pod/db',
            resource: other,
            firstSeen: t2,
            lastSeen: t2,
          },
        ],
        closes: [],
      },
    ],
    [
      "a clean report of the vulnerability's resource",
      [openCve],
      { ...report({ ...trivy }), resource: pod } as ParsedSecurityReport,
      t2,
      { upserts: [], closes: [{ key: openCve.key, closedAt: t2 }] },
    ],
    [
      'a clean report that does not say what it scanned',
      [openCve],
      report({ ...trivy }),
      t2,
      { upserts: [], closes: [] },
    ],
  ])('%s', (_, open, scanned, at, expected) => {
    expect(trackReport(open, scanned, at)).toEqual(expected);
  });

  it('names the source after the tool and report kind', () => {
    const { upserts } = trackReport(
      [],
      report({
        tool: 'policy-report',
        kind: 'ClusterPolicyReport',
        checks: [check('fail', { set: 'require-labels' })],
      }),
      t1,
    );
    expect(upserts.map(finding => finding.source)).toEqual([
      'policy-report/ClusterPolicyReport',
    ]);
  });

  it('keeps image scans of different images apart', () => {
    const image = (name: string): VulnerabilityFinding => ({
      ...cve,
      resource: undefined,
      image: name,
    });
    const first = trackReport(
      [],
      report({
        tool: 'trivy',
        kind: 'trivy-image',
        vulnerabilities: [image('nginx:1.25')],
      }),
      t1,
    );
    expect(first.upserts.map(f => [f.key, f.resource])).toEqual([
      [
        'vulnerability|CVE-2019-20367:libbsd|/Image/nginx:1.25',
        { kind: 'Image', name: 'nginx:1.25' },
      ],
    ]);
    const second = trackReport(
      first.upserts,
      report({
        tool: 'trivy',
        kind: 'trivy-image',
        vulnerabilities: [image('redis:7')],
      }),
      t2,
    );
    expect(second.closes).toEqual([]);
  });

  it('keys a vulnerability by id and package', () => {
    expect(vulnerabilityKey(cve)).toBe(
      'vulnerability|CVE-2019-20367:libbsd|shop/Pod/web',
    );
  });
});
