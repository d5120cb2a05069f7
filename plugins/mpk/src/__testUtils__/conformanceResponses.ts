import {
  ClusterConformanceResponse,
  ConformanceRun,
} from '@mpk-portal/plugin-mpk-common';

/** A failed run: the two failures of a real certification run on a one-node cluster. */
export const failedRun: ConformanceRun = {
  id: 'run-2',
  cluster: 'resource:default/acme-prod',
  kubernetesVersion: 'v1.35.2',
  kubernetesMinor: '1.35',
  finishedAt: '2026-11-20T18:00:00.000Z',
  passed: 409,
  failed: 2,
  skipped: 6211,
  flaked: 0,
  status: 'failed',
  source: 'junit',
  logSummary: 'FAIL! -- 409 Passed | 2 Failed | 0 Pending | 6211 Skipped',
  uploadedAt: '2026-11-21T09:00:00.000Z',
  uploadedBy: 'user:default/sam-scka',
  failures: [
    {
      name: '[sig-architecture] Conformance Tests should have at least two untainted nodes [Conformance]',
      message: 'Conformance requires at least two nodes',
    },
    {
      name: '[sig-apps] Daemon set [Serial] should rollback without unnecessary restarts [Conformance]',
      message: 'Conformance test suite needs a cluster with at least 2 nodes.',
    },
  ],
};

const { failures, ...failedSummary } = failedRun;

export const acmeProdConformance: ClusterConformanceResponse = {
  cluster: 'resource:default/acme-prod',
  kubernetesVersion: '1.35',
  assessment: {
    status: 'non-conformant',
    explanation:
      'The latest run (2026-11-20, Kubernetes 1.35, 409 passed, 2 failed) has failed specs: the cluster is not conformant until a run passes.',
  },
  latest: failedRun,
  history: [
    failedSummary,
    {
      ...failedSummary,
      id: 'run-1',
      finishedAt: '2026-08-01T18:00:00.000Z',
      kubernetesVersion: 'v1.34.1',
      kubernetesMinor: '1.34',
      passed: 405,
      failed: 0,
      status: 'passed',
      logSummary: null,
    },
  ],
};
