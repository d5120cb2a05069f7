import { fixtureProblems, fixtureReports } from './__testUtils__/fixtures';

describe('PolicyReport / Report', () => {
  it.each([
    [
      'wg_sample-cis-k8s.yaml',
      { pass: 8, fail: 2, warn: 0, error: 0, skip: 0 },
    ],
    ['wg_sample-co.yaml', { pass: 8, fail: 1, warn: 1, error: 0, skip: 0 }],
    ['wg_sample-rhacm-policy.yaml', { pass: 1, fail: 11 }],
    [
      'openreports_sample-cis-k8s.yaml',
      { pass: 8, fail: 2, warn: 0, error: 0, skip: 0 },
    ],
    [
      'kyverno_policyreport_pod_kube-apiserver.yaml',
      { pass: 10, fail: 2, warn: 0, error: 0, skip: 0 },
    ],
  ])('keeps the summary %s states', (name, summary) => {
    const [report] = fixtureReports(name);
    expect(report.tool).toBe('policy-report');
    expect(report.summary).toEqual(summary);
  });

  it('reads the policy, rule, message and scope of a Kyverno result', () => {
    const [report] = fixtureReports(
      'kyverno_policyreport_pod_kube-apiserver.yaml',
    );
    expect(report.checks[1]).toMatchObject({
      set: 'disallow-host-namespaces',
      check: 'host-namespaces',
      status: 'fail',
      severity: 'medium',
      scored: true,
      resource: {
        namespace: 'kube-system',
        kind: 'Pod',
        name: 'kube-apiserver-kind-control-plane',
      },
    });
  });

  it('takes the resource of a result before the scope', () => {
    const [report] = fixtureReports('wg_sample-rhacm-policy.yaml');
    expect(report.checks[0].resource).toEqual({
      namespace: 'openshift-cluster-version',
      kind: 'ImageManifestVuln',
      name: 'sha256.8d104847fc2371a983f7cb01c7c0a3ab35b7381d6bf7ce355d9b32a08c0031f0',
    });
  });

  it('reads a PolicyReport and a ClusterPolicyReport of one file', () => {
    const reports = fixtureReports('wg_sample-falco-policy.yaml');
    expect(reports.map(r => [r.kind, r.summary])).toEqual([
      ['PolicyReport', { fail: 1 }],
      ['ClusterPolicyReport', { fail: 1 }],
    ]);
    expect(reports[0].checks[0].resource).toEqual({
      namespace: 'my-namespace',
      kind: 'Pod',
      name: 'a-pod',
    });
  });

  it('reads Lists of reports', () => {
    const vap = fixtureReports('kyverno_vap_policyreport_list.yaml');
    expect(vap.map(r => r.summary.fail)).toEqual([1, 0]);
    expect(vap[1].checks[0]).toMatchObject({
      set: 'check-deployment-replicas',
      check: 'check-deployment-replicas',
      status: 'pass',
      resource: { namespace: 'staging-ns', name: 'deployment-4' },
    });
    const [openReport] = fixtureReports('kyverno_openreports_report_list.yaml');
    expect(openReport).toMatchObject({
      kind: 'Report',
      summary: { pass: 0, fail: 1, warn: 0, error: 0, skip: 0 },
    });
    expect(openReport.checks[0]).toMatchObject({
      set: 'default/require-app-label',
      check: 'check-app-label',
    });
  });

  it('refuses results with no policy and no result (the WG trivy-adapter sample)', () => {
    const problems = fixtureProblems('wg_trivy-adapter_policyreport.yaml');
    expect(problems).toContain('(document): results[0].policy: is empty');
    expect(problems).toContain(
      '(document): results[0].result: expected pass, fail, warn, error or skip',
    );
  });

  it('refuses an openreports.io kind that does not exist', () => {
    expect(fixtureProblems('openreports_sample-rhacm-policy.yaml')).toEqual([
      '(document): not a report of a known scanner: apiVersion "openreports.io/v1alpha1", kind "PolicyReport"',
    ]);
  });
});
