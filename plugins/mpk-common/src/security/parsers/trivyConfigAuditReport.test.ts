import { fixtureReports } from './__testUtils__/fixtures';

describe('Trivy Operator ConfigAuditReport', () => {
  it('reads the documented sample', () => {
    const [report] = fixtureReports('docs_configauditreport.yaml');
    expect(report.summary).toEqual({ critical: 2, high: 0, medium: 0, low: 9 });
    expect(report.checks).toHaveLength(5);
    const check = report.checks.find(
      c => c.check === 'privilegeEscalationAllowed',
    );
    expect(check).toEqual({
      set: 'trivy-config-audit',
      check: 'privilegeEscalationAllowed',
      title: 'Privilege escalation should not be allowed',
      status: 'fail',
      severity: 'critical',
      resource: {
        namespace: 'default',
        kind: 'ReplicaSet',
        name: 'nginx-6d4cf56db6',
      },
    });
  });

  it('reads the envtest expectation, with remediation', () => {
    const [report] = fixtureReports('pod-configauditreport-expected.yaml');
    expect(report.summary).toEqual({ critical: 0, high: 1, medium: 3, low: 9 });
    expect(report.checks[0]).toMatchObject({
      check: 'KSV001',
      title: 'Can elevate its own privileges',
      status: 'fail',
      severity: 'medium',
      resource: { namespace: 'default', kind: 'Pod', name: 'my-pod' },
    });
    expect(report.checks[0].remediation).toContain('allowPrivilegeEscalation');
  });

  it('reads a real report of 13 failing checks', () => {
    const [report] = fixtureReports('configauditreport_many.json');
    expect(report.summary).toEqual({
      critical: 0,
      high: 0,
      medium: 2,
      low: 11,
    });
    expect(report.checks).toHaveLength(13);
    expect(report.checks.every(c => c.status === 'fail')).toBe(true);
    expect(report.checks[0].check).toBe('KSV014');
  });
});
