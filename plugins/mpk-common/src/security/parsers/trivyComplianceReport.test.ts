import { fixtureReports } from './__testUtils__/fixtures';

describe('Trivy Operator ClusterComplianceReport', () => {
  it('reads the NSA summary form, with its older totalCounts', () => {
    const [report] = fixtureReports(
      'docs_clustercompliancereport_nsa_summary.yaml',
    );
    expect(report.summary).toEqual({ pass: 15, fail: 12 });
    expect(report.checks).toHaveLength(27);
    expect(report.checks[0]).toEqual({
      set: '0001',
      check: '1.0',
      title: 'Non-root containers',
      status: 'fail',
      severity: 'medium',
    });
    expect(report.checks.filter(c => c.status === 'pass')).toHaveLength(15);
  });

  it('reads the NSA detail form', () => {
    const [report] = fixtureReports(
      'docs_clustercompliancereport_nsa_all.yaml',
    );
    expect(report.summary).toEqual({ pass: 15, fail: 12 });
    expect(report.checks.filter(c => c.status === 'fail')).toHaveLength(12);
  });

  it('reads the CIS summary form, a zero totalFail left out counting as passed', () => {
    const [report] = fixtureReports('docs_clustercompliancereport_cis.json');
    expect(report.summary).toEqual({ pass: 48, fail: 24 });
    expect(report.checks.filter(c => c.status === 'pass')).toHaveLength(48);
    expect(report.checks.find(c => c.check === '1.2.1')?.status).toBe('fail');
  });

  it('reads a JSON array holding one report', () => {
    const [report] = fixtureReports('clustercompliancereport.json');
    expect(report.summary).toEqual({ pass: 1, fail: 2 });
    expect(report.checks.map(c => `${c.check} ${c.status}`)).toEqual([
      '4.2.9 pass',
      '4.2.10 fail',
      '4.2.11 fail',
    ]);
  });

  it('reads a real CIS detail report', () => {
    const [report] = fixtureReports('cis_benchmark.json');
    expect(report).toMatchObject({
      name: 'cis',
      summary: { pass: 102, fail: 14 },
    });
    expect(report.checks).toHaveLength(116);
    expect(report.checks.filter(c => c.status === 'fail')).toHaveLength(14);
    expect(report.checks[0]).toMatchObject({
      set: 'cis',
      check: '1.1.1',
      status: 'pass',
      severity: 'high',
    });
  });
});
