import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDeprecatedApiMetric } from './deprecatedApiMetric';
import { parseDeprecatedApiReport } from './deprecatedApiReport';
import {
  DeprecatedApiScan,
  deprecatedApiReadiness,
} from './deprecatedApiReadiness';
import { DeprecatedApiFinding } from './readinessApi';

const fixture = (name: string) =>
  readFileSync(join(__dirname, '__fixtures__', name), 'utf8');

function findingsOf(
  result:
    | ReturnType<typeof parseDeprecatedApiReport>
    | ReturnType<typeof parseDeprecatedApiMetric>,
): DeprecatedApiFinding[] {
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.findings;
}

const utilities: DeprecatedApiFinding = {
  kind: 'Deployment',
  apiVersion: 'extensions/v1beta1',
  name: 'utilities',
  namespace: 'default',
  deprecatedIn: '1.9',
  removedIn: '1.16',
  replacement: 'apps/v1',
};

describe('deprecatedApiReadiness', () => {
  it('warns once when the cluster has no scan', () => {
    expect(
      deprecatedApiReadiness({ targetVersion: '1.36', scans: [] }),
    ).toEqual({
      blockers: [],
      warnings: [
        {
          source: 'deprecated-api',
          message: 'No deprecated-API scan for this cluster',
          remedy:
            "Upload the output of `kubent -o json` or `pluto detect-all-in-cluster -o json`, or connect the cluster to the Kubernetes plugin so the API server's apiserver_requested_deprecated_apis metric is read",
        },
      ],
    });
  });

  it('has nothing to say about a clean scan', () => {
    expect(
      deprecatedApiReadiness({
        targetVersion: '1.36',
        scans: [
          { tool: 'kubent', observedAt: '2026-11-20T09:00:00Z', findings: [] },
        ],
      }),
    ).toEqual({ blockers: [], warnings: [] });
  });

  it('blocks on an API removed in the target', () => {
    expect(
      deprecatedApiReadiness({
        targetVersion: '1.16',
        scans: [
          {
            tool: 'pluto',
            observedAt: '2026-11-20T09:30:00.000Z',
            findings: [utilities],
          },
        ],
      }),
    ).toEqual({
      blockers: [
        {
          source: 'deprecated-api',
          message:
            'Deployment default/utilities uses extensions/v1beta1, removed in Kubernetes 1.16',
          remedy:
            'Move it to apps/v1 (served since 1.9), re-apply it, then upload a new scan',
          evidence: 'pluto report of 2026-11-20',
        },
      ],
      warnings: [],
    });
  });

  it('judges the real kubent output: a blocker for any target from 1.16', () => {
    const findings = findingsOf(
      parseDeprecatedApiReport(
        JSON.parse(fixture('kubent-expected-json-output.json')),
      ),
    );
    const scans: DeprecatedApiScan[] = [
      { tool: 'kubent', observedAt: '2026-11-20T23:59:59-01:00', findings },
    ];
    expect(deprecatedApiReadiness({ targetVersion: '1.36', scans })).toEqual({
      blockers: [
        {
          source: 'deprecated-api',
          message:
            'Deployment nginx-deployment-old uses apps/v1beta1, removed in Kubernetes 1.16',
          remedy:
            'Move it to apps/v1 (served since 1.9), re-apply it, then upload a new scan',
          evidence: 'kubent report of 2026-11-21',
        },
      ],
      warnings: [],
    });
    expect(
      deprecatedApiReadiness({ targetVersion: '1.15', scans }).blockers,
    ).toEqual([]);
    expect(
      deprecatedApiReadiness({ targetVersion: '1.15', scans }).warnings[0]
        .message,
    ).toBe(
      'Deployment nginx-deployment-old uses apps/v1beta1, deprecated since 1.9 and removed in Kubernetes 1.16',
    );
  });

  it('judges the real metric: blockers past 1.25 and 1.27, a warning for componentstatuses', () => {
    const findings = findingsOf(
      parseDeprecatedApiMetric(
        fixture('HariSekhon-kubernetes-upgrades.metrics.L189-194.prom'),
      ),
    );
    const result = deprecatedApiReadiness({
      targetVersion: '1.25',
      scans: [
        {
          tool: 'apiserver-metric',
          observedAt: '2026-11-22T08:00:00Z',
          findings,
        },
      ],
    });
    expect(result).toEqual({
      blockers: [
        {
          source: 'deprecated-api',
          message:
            'Clients requested poddisruptionbudgets through policy/v1beta1, removed in Kubernetes 1.25',
          remedy:
            'Move the clients that request it to policy/v1 (served since 1.21); the metric stays set until the API server restarts',
          evidence: 'API server metric read on 2026-11-22',
        },
        {
          source: 'deprecated-api',
          message:
            'Clients requested podsecuritypolicies through policy/v1beta1, removed in Kubernetes 1.25',
          remedy:
            'Stop the clients that request it (the API has no successor); the metric stays set until the API server restarts',
          evidence: 'API server metric read on 2026-11-22',
        },
      ],
      warnings: [
        {
          source: 'deprecated-api',
          message:
            'Clients requested csistoragecapacities through storage.k8s.io/v1beta1, deprecated since 1.24 and removed in Kubernetes 1.27',
          remedy:
            'Move the clients that request it to storage.k8s.io/v1 (served since 1.24); the metric stays set until the API server restarts',
          evidence: 'API server metric read on 2026-11-22',
        },
        {
          source: 'deprecated-api',
          message:
            'Clients requested componentstatuses through v1, deprecated; no removal release is known',
          remedy:
            'Stop the clients that request it (the API has no successor); the metric stays set until the API server restarts',
          evidence: 'API server metric read on 2026-11-22',
        },
      ],
    });
  });

  it('counts an object found by several scans once, on the newest scan', () => {
    const pluto = findingsOf(
      parseDeprecatedApiReport(
        JSON.parse(fixture('pluto-detect-helm-ojson.from-venom-log.json')),
      ),
    );
    const result = deprecatedApiReadiness({
      targetVersion: '1.36',
      scans: [
        { tool: 'pluto', observedAt: '2026-11-01T10:00:00Z', findings: pluto },
        {
          tool: 'pluto',
          observedAt: '2026-11-20T10:00:00Z',
          findings: [{ ...pluto[0], removedIn: undefined }],
        },
      ],
    });
    expect(result.warnings).toEqual([]);
    expect(result.blockers).toEqual([
      {
        source: 'deprecated-api',
        message:
          'Deployment default/test/test-helm3chart-v1beta1 uses extensions/v1beta1, removed in Kubernetes 1.16',
        remedy:
          'Move it to apps/v1 (served since 1.9), re-apply it, then upload a new scan',
        evidence: 'pluto report of 2026-11-20',
      },
      {
        source: 'deprecated-api',
        message:
          'Deployment demo2/test/test-helm3chart-v1beta1 uses extensions/v1beta1, removed in Kubernetes 1.16',
        remedy:
          'Move it to apps/v1 (served since 1.9), re-apply it, then upload a new scan',
        evidence: 'pluto report of 2026-11-01',
      },
    ]);
  });

  it('warns on removal later or unknown, and skips APIs the target still fully serves', () => {
    const result = deprecatedApiReadiness({
      targetVersion: '1.33',
      scans: [
        {
          tool: 'kubent',
          observedAt: '2026-11-20T10:00:00Z',
          findings: [
            {
              kind: 'DeviceClass',
              apiVersion: 'resource.k8s.io/v1beta1',
              name: 'gpu',
              namespace: null,
              deprecatedIn: '1.33',
              removedIn: '1.36',
              replacement: 'resource.k8s.io/v1beta2',
            },
            {
              kind: 'VolumeSnapshot',
              apiVersion: 'snapshot.storage.k8s.io/v1beta1',
              name: 'nightly',
              namespace: 'db',
              deprecatedIn: '1.21',
              replacement: 'snapshot.storage.k8s.io/v1',
            },
            {
              kind: 'VolumeAttributesClass',
              apiVersion: 'storage.k8s.io/v1beta1',
              name: 'fast',
              namespace: null,
              deprecatedIn: '1.34',
            },
          ],
        },
      ],
    });
    expect(result.blockers).toEqual([]);
    expect(result.warnings).toEqual([
      {
        source: 'deprecated-api',
        message:
          'DeviceClass gpu uses resource.k8s.io/v1beta1, deprecated since 1.33 and removed in Kubernetes 1.36',
        remedy:
          'Move it to resource.k8s.io/v1beta2 (served since 1.33), re-apply it, then upload a new scan',
        evidence: 'kubent report of 2026-11-20',
      },
      {
        source: 'deprecated-api',
        message:
          'VolumeSnapshot db/nightly uses snapshot.storage.k8s.io/v1beta1, deprecated since 1.21; no removal release is known',
        remedy:
          'Move it to snapshot.storage.k8s.io/v1, re-apply it, then upload a new scan',
        evidence: 'kubent report of 2026-11-20',
      },
    ]);
  });

  it('keeps raw instants out of every text', () => {
    const result = deprecatedApiReadiness({
      targetVersion: '1.36',
      scans: [
        {
          tool: 'kubent',
          observedAt: '2026-11-20T09:30:00.000Z',
          findings: [utilities],
        },
        { tool: 'pluto', observedAt: 'yesterday', findings: [] },
      ],
    });
    const texts = JSON.stringify(result);
    expect(texts).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(result.blockers[0].evidence).toBe('kubent report of 2026-11-20');
  });

  it('names a removed API without successor', () => {
    expect(
      deprecatedApiReadiness({
        targetVersion: '1.36',
        scans: [
          {
            tool: 'kubent',
            observedAt: 'not a date',
            findings: [
              {
                kind: 'PodSecurityPolicy',
                apiVersion: 'policy/v1beta1',
                name: 'eks.privileged',
                namespace: null,
                deprecatedIn: '1.21',
                removedIn: '1.25',
              },
            ],
          },
        ],
      }).blockers,
    ).toEqual([
      {
        source: 'deprecated-api',
        message:
          'PodSecurityPolicy eks.privileged uses policy/v1beta1, removed in Kubernetes 1.25',
        remedy:
          'Remove it or replace it by other means (policy/v1beta1 PodSecurityPolicy has no successor API), then upload a new scan',
        evidence: 'kubent report of an unknown date',
      },
    ]);
  });

  it('refuses a target that is no release line', () => {
    expect(() =>
      deprecatedApiReadiness({ targetVersion: 'next', scans: [] }),
    ).toThrow(TypeError);
  });
});
