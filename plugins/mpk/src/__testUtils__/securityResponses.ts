import { ApiSchemas } from '@mpk-portal/plugin-mpk-common';

/** The kubelet allows anonymous requests: a scored CIS control failing since October. */
export const anonymousAuthDeviation: ApiSchemas['SecurityDeviation'] = {
  key: 'cis-1.8|4.2.1|',
  kind: 'check',
  set: 'cis-1.8',
  check: '4.2.1',
  title: 'Ensure that the --anonymous-auth argument is set to false',
  severity: 'high',
  remediation:
    'Set authentication.anonymous.enabled to false in the kubelet config file.',
  firstSeen: '2026-10-01T06:00:00.000Z',
  ageDays: 44,
  source: 'kube-bench',
};

/** A Deployment running as root, whose exception expired on 2026-11-09. */
export const runAsRootDeviation: ApiSchemas['SecurityDeviation'] = {
  key: 'pod-security-restricted|require-run-as-nonroot|shop/Deployment/web',
  kind: 'check',
  set: 'pod-security-restricted',
  check: 'require-run-as-nonroot',
  title: 'Containers must run as non-root',
  severity: 'medium',
  resource: { namespace: 'shop', kind: 'Deployment', name: 'web' },
  remediation: 'Set securityContext.runAsNonRoot to true.',
  firstSeen: '2026-11-10T06:00:00.000Z',
  ageDays: 4,
  source: 'policy-report/PolicyReport',
  exceptionExpired: '2026-11-09',
};

/** A fixable critical vulnerability, over the threshold the customer agreed. */
export const opensslDeviation: ApiSchemas['SecurityDeviation'] = {
  key: 'vulnerabilities|CVE-2026-1234|shop/ReplicaSet/web-7d9',
  kind: 'vulnerability',
  set: 'vulnerabilities',
  check: 'CVE-2026-1234',
  title: 'openssl: buffer overflow in X.509 name checks',
  severity: 'critical',
  resource: { namespace: 'shop', kind: 'ReplicaSet', name: 'web-7d9' },
  remediation: 'Upgrade openssl to 3.0.15.',
  firstSeen: '2026-11-12T06:00:00.000Z',
  ageDays: 2,
  source: 'trivy-operator/VulnerabilityReport',
};

export const kubeBenchReport: ApiSchemas['SecurityReportSummary'] = {
  id: 'report-kube-bench',
  tool: 'kube-bench',
  kind: 'kube-bench',
  summary: { pass: 110, fail: 2, warn: 12, info: 0 },
  observedAt: '2026-11-13T06:00:00.000Z',
  uploadedBy: 'user:default/sam-scka',
};

export const vulnerabilityReport: ApiSchemas['SecurityReportSummary'] = {
  id: 'report-vulns',
  tool: 'trivy-operator',
  kind: 'VulnerabilityReport',
  name: 'replicaset-web-7d9-web',
  summary: { critical: 1, high: 5, medium: 5, low: 0, unknown: 0 },
  observedAt: '2026-11-12T06:00:00.000Z',
};

/** acme-prod on 2026-11-14: three open deviations, one corrected, three exceptions. */
export const acmeProdSecurity: ApiSchemas['ClusterSecurityResponse'] = {
  today: '2026-11-14',
  status: 'deviations',
  explanation:
    "3 checks of Acme's agreed baseline fail on this cluster without an exception.",
  baseline: {
    customer: 'acme',
    title: 'Acme security baseline 2026',
    benchmarks: ['CIS Kubernetes Benchmark 1.8, scored controls'],
    policySets: ['Pod Security restricted'],
    vulnerabilityThresholds: ['No fixable critical vulnerability'],
  },
  deviations: [anonymousAuthDeviation, runAsRootDeviation, opensslDeviation],
  corrected: [
    {
      key: 'cis-1.8|1.2.6|',
      set: 'cis-1.8',
      check: '1.2.6',
      title: 'Ensure that the --kubelet-certificate-authority argument is set',
      firstSeen: '2026-09-01T06:00:00.000Z',
      correctedAt: '2026-10-15T06:00:00.000Z',
      daysToCorrect: 44,
    },
  ],
  exceptions: [
    {
      id: 'exception-kernel-defaults',
      set: 'cis-1.8',
      check: '4.2.6',
      scope: {},
      reason: "EKS manages the kubelet's --protect-kernel-defaults",
      approvedBy: 'user:default/erin',
      approvedAt: '2026-09-01T10:00:00.000Z',
      expires: '2027-03-31',
      origin: 'portal',
      state: 'active',
    },
    {
      id: 'baseline-kube-system',
      set: 'pod-security-restricted',
      check: '*',
      scope: { namespace: 'kube-system' },
      reason: 'System pods are run by the provider',
      approvedBy: 'Acme CISO',
      expires: '2026-11-25',
      origin: 'baseline',
      state: 'expiring',
    },
    {
      id: 'exception-web-root',
      set: 'pod-security-restricted',
      check: 'require-run-as-nonroot',
      scope: { namespace: 'shop', kind: 'Deployment', name: 'web' },
      reason: 'The vendor image runs as root until its 2.0 release',
      approvedBy: 'user:default/lee',
      approvedAt: '2026-08-09T10:00:00.000Z',
      expires: '2026-11-09',
      origin: 'portal',
      state: 'expired',
    },
  ],
  vulnerabilities: [
    { severity: 'high', fixable: 3, notFixable: 2 },
    { severity: 'critical', fixable: 1, notFixable: 0 },
    { severity: 'medium', fixable: 0, notFixable: 5 },
  ],
  trend: [
    { date: '2026-10-24', open: 1 },
    { date: '2026-10-31', open: 1 },
    { date: '2026-11-07', open: 0 },
    { date: '2026-11-14', open: 3 },
  ],
  reports: [kubeBenchReport, vulnerabilityReport],
};

/** A cluster no report has been read for. */
export const unscannedSecurity: ApiSchemas['ClusterSecurityResponse'] = {
  today: '2026-11-14',
  status: 'unknown',
  explanation: 'No scan report has been uploaded for this cluster yet.',
  baseline: acmeProdSecurity.baseline,
  deviations: [],
  corrected: [],
  exceptions: [],
  vulnerabilities: [],
  trend: [],
  reports: [],
};

/** The open deviations across Acme's clusters. */
export const acmeDeviations: ApiSchemas['CustomerDeviationsResponse'] = {
  items: [
    {
      cluster: 'resource:default/acme-prod',
      clusterTitle: 'Acme production',
      deviation: anonymousAuthDeviation,
    },
    {
      cluster: 'resource:default/acme-staging',
      clusterTitle: 'Acme staging',
      deviation: runAsRootDeviation,
    },
  ],
};

/** The open deviations across Globex's clusters. */
export const globexDeviations: ApiSchemas['CustomerDeviationsResponse'] = {
  items: [
    {
      cluster: 'resource:default/globex-dev',
      clusterTitle: 'Globex development',
      deviation: {
        ...opensslDeviation,
        key: 'vulnerabilities|CVE-2026-1234|',
        resource: undefined,
      },
    },
  ],
};
