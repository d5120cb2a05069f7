import { parseSecurityDocument } from './parseSecurityDocument';
import { benchmarkOf } from './kubeBench';
import { fixtureDocuments, fixtureReports } from './__testUtils__/fixtures';

describe('kube-bench --json', () => {
  it('reads the current shape, keeping the tool’s own Totals of a trimmed report', () => {
    const [report] = fixtureReports('kube-bench_cmd-testdata_result.json');
    expect(report.tool).toBe('kube-bench');
    expect(report.summary).toEqual({ pass: 49, fail: 12, warn: 14, info: 0 });
    expect(report.checks).toHaveLength(3);
    expect(report.checks.map(c => `${c.set} ${c.check} ${c.status}`)).toEqual([
      'cis-1.5 1.1.1 pass',
      'cis-1.15 2.1 pass',
      'cis-1.5 3.1.1 warn',
    ]);
    expect(report.checks[0]).toMatchObject({
      title:
        'Ensure that the API server pod specification file permissions are set to 644 or more restrictive (Scored)',
      scored: true,
    });
    expect(report.checks[0].remediation).toContain('chmod 644');
  });

  it('reads the older bare array, summing the Controls’ totals', () => {
    const [report] = fixtureReports(
      'kube-bench_cmd-testdata_controlsCollection.json',
    );
    expect(report.summary).toEqual({ pass: 49, fail: 12, warn: 14, info: 0 });
  });

  it('reads a real node run: 22 PASS, 1 FAIL', () => {
    const [report] = fixtureReports(
      'defectdojo_kube-bench-report-one-vuln_node-1.5.json',
    );
    expect(report.summary).toEqual({ pass: 22, fail: 1, warn: 0, info: 0 });
    expect(report.checks).toHaveLength(23);
    const failed = report.checks.filter(c => c.status === 'fail');
    expect(failed.map(c => c.check)).toHaveLength(1);
    expect(failed[0].set).toBe('cis-1.5');
  });

  it('names the field of a bad status', () => {
    const [doc] = fixtureDocuments('kube-bench_cmd-testdata_result.json') as [
      any,
    ];
    doc.Controls[0].tests[0].results[0].status = 'OK';
    doc.Controls[1].tests[0].results[0].test_number = 7;
    const result = parseSecurityDocument(doc);
    expect(result).toEqual({
      ok: false,
      problems: [
        '(document): Controls[0].tests[0].results[0].status: expected PASS, FAIL, WARN or INFO',
        '(document): Controls[1].tests[0].results[0].test_number: expected a string, got a number',
      ],
    });
  });

  it('names benchmarks', () => {
    expect(benchmarkOf('1.5')).toBe('cis-1.5');
    expect(benchmarkOf('cis-1.10')).toBe('cis-1.10');
    expect(benchmarkOf('eks-1.8.0')).toBe('eks-1.8.0');
  });
});
