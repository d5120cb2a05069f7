import { parseSecurityDocument } from './parseSecurityDocument';
import { fixtureDocuments, fixtureProblems } from './__testUtils__/fixtures';

function nested(levels: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < levels; i += 1) value = { a: value };
  return value;
}

describe('parseSecurityDocument', () => {
  it('refuses documents of no known scanner', () => {
    expect(parseSecurityDocument({ hello: 'world' })).toEqual({
      ok: false,
      problems: [
        '(document): not a report of a known scanner: an object with keys hello',
      ],
    });
    for (const doc of [null, 42, 'text', [], [1, 2], {}]) {
      const result = parseSecurityDocument(doc);
      expect(result.ok).toBe(false);
    }
    expect(fixtureProblems('docs_exposedsecretreport.yaml')[0]).toMatch(
      /kind "ExposedSecretReport"/,
    );
    expect(fixtureProblems('exposedsecretreport_many.json')).toHaveLength(1);
    expect(fixtureProblems('all_reports_in_dict.json')[0]).toMatch(
      /^all_reports_in_dict\.json: not a report of a known scanner: an object with keys/,
    );
  });

  it('reads a List item by item and names the item of a problem', () => {
    const [vap] = fixtureDocuments('kyverno_vap_policyreport_list.yaml') as [
      any,
    ];
    vap.items.push({ apiVersion: 'v1', kind: 'ConfigMap' });
    vap.items[0].results[0].result = 'FAILED';
    expect(parseSecurityDocument(vap)).toEqual({
      ok: false,
      problems: [
        '(document): items[0].results[0].result: expected pass, fail, warn, error or skip',
        '(document): items[2]: not a report of a known scanner: apiVersion "v1", kind "ConfigMap"',
      ],
    });
  });

  it('gives problems, not throws, for values of the wrong type', () => {
    const result = parseSecurityDocument({
      apiVersion: 'aquasecurity.github.io/v1alpha1',
      kind: 'VulnerabilityReport',
      metadata: 'x',
      report: {
        summary: { criticalCount: -1 },
        vulnerabilities: [
          7,
          { vulnerabilityID: 'CVE-1', severity: 'SEVERE', resource: ['x'] },
        ],
      },
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        '(document): metadata: expected an object, got a string',
        '(document): report.vulnerabilities[0]: expected an object, got a number',
        '(document): report.vulnerabilities[1].severity: expected one of critical, high, medium, low, unknown (any case)',
        '(document): report.vulnerabilities[1].resource: expected a string, got an array',
        '(document): report.summary.criticalCount: expected a whole number, 0 or more',
      ],
    });
  });

  it('refuses nesting over 64 levels, even 10,000 deep', () => {
    expect(parseSecurityDocument(nested(10_000))).toEqual({
      ok: false,
      problems: ['(document): nested deeper than 64 levels'],
    });
    const [report] = fixtureDocuments('docs_configauditreport.yaml') as [any];
    report.report.checks[0].extra = nested(70);
    expect(parseSecurityDocument(report).ok).toBe(false);
  });

  it('refuses more than 50,000 checks and vulnerabilities as too large', () => {
    const result = { policy: 'p', result: 'pass' };
    const doc = {
      apiVersion: 'wgpolicyk8s.io/v1alpha2',
      kind: 'PolicyReport',
      results: new Array(60_000).fill(result),
    };
    expect(parseSecurityDocument(doc)).toEqual({
      ok: false,
      tooLarge: true,
      problems: ['(document): more than 50000 checks and vulnerabilities'],
    });
    // The bound is for the whole document, across the reports of a List.
    const half = { ...doc, results: new Array(30_000).fill(result) };
    expect(
      parseSecurityDocument({
        apiVersion: 'v1',
        kind: 'List',
        items: [half, half],
      }),
    ).toMatchObject({ ok: false, tooLarge: true });
    expect(
      parseSecurityDocument({ apiVersion: 'v1', kind: 'List', items: [half] })
        .ok,
    ).toBe(true);
  });

  it('reads own properties only: __proto__ keys pollute nothing', () => {
    const doc = JSON.parse(
      '{"apiVersion":"wgpolicyk8s.io/v1alpha2","kind":"PolicyReport",' +
        '"__proto__":{"polluted":true,"summary":{"pass":99}},' +
        '"results":[{"policy":"p","result":"pass","__proto__":{"rule":"r"}}]}',
    );
    const result = parseSecurityDocument(doc);
    expect(result).toMatchObject({ ok: true });
    const report = result.ok ? result.reports[0] : undefined;
    expect(report?.summary).toEqual({
      pass: 1,
      fail: 0,
      warn: 0,
      error: 0,
      skip: 0,
    });
    expect(report?.checks[0].check).toBe('p');
    expect(({} as any).polluted).toBeUndefined();
    // Nor is an inherited field read as the document's own.
    const inherited = Object.create({
      apiVersion: 'wgpolicyk8s.io/v1alpha2',
      kind: 'PolicyReport',
    });
    expect(parseSecurityDocument(inherited).ok).toBe(false);
    const kubeBench = JSON.parse('{"__proto__":{"Controls":[]},"Totals":{}}');
    expect(parseSecurityDocument(kubeBench).ok).toBe(false);
  });

  it('refuses ids over 253 characters and cuts long text', () => {
    const doc = {
      apiVersion: 'wgpolicyk8s.io/v1alpha2',
      kind: 'PolicyReport',
      results: [
        { policy: 'p', result: 'fail', message: 'm'.repeat(5_000) },
        { policy: 'x'.repeat(254), result: 'fail' },
      ],
    };
    expect(parseSecurityDocument(doc)).toEqual({
      ok: false,
      problems: ['(document): results[1].policy: longer than 253 characters'],
    });
    doc.results.pop();
    const result = parseSecurityDocument(doc);
    const title = result.ok ? result.reports[0].checks[0].title : '';
    expect(title).toHaveLength(2_000);
    expect(title.endsWith('…')).toBe(true);
  });
});
