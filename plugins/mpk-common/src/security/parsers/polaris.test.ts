import { parseSecurityDocument } from './parseSecurityDocument';
import { fixtureDocuments, fixtureReports } from './__testUtils__/fixtures';

describe('Polaris audit', () => {
  it('reads every check of workloads, pods and containers', () => {
    const [report] = fixtureReports('polaris-output.json');
    expect(report).toMatchObject({
      tool: 'polaris',
      kind: 'polaris-audit',
      name: 'deploy/',
      summary: { pass: 76, fail: 0 },
    });
    expect(report).not.toHaveProperty('generatedAt');
    expect(report.checks).toHaveLength(76);
    expect(report.checks[0]).toEqual({
      set: 'polaris',
      check: 'hostIPCSet',
      title: 'Host IPC is not configured',
      status: 'pass',
      severity: 'high',
      resource: {
        namespace: 'polaris',
        kind: 'Deployment',
        name: 'polaris-dashboard',
      },
    });
    expect(
      report.checks.find(c => c.check === 'cpuLimitsMissing')?.severity,
    ).toBe('medium');
  });

  it('counts failures', () => {
    const [doc] = fixtureDocuments('polaris-output.json') as [any];
    doc.Results[0].PodResult.Results.hostIPCSet.Success = false;
    const result = parseSecurityDocument(doc);
    expect(result.ok && result.reports[0].summary).toEqual({
      pass: 75,
      fail: 1,
    });
  });
});
