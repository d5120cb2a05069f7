import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlutoReport } from './plutoReport';

const fixtureJson = (name: string): unknown =>
  JSON.parse(readFileSync(join(__dirname, '__fixtures__', name), 'utf8'));

const item = (api: Record<string, unknown> = {}, rest = {}) => ({
  name: 'utilities',
  namespace: 'default',
  api: {
    version: 'extensions/v1beta1',
    kind: 'Deployment',
    'deprecated-in': 'v1.9.0',
    'removed-in': 'v1.16.0',
    'replacement-api': 'apps/v1',
    'replacement-available-in': 'v1.9.0',
    component: 'k8s',
    ...api,
  },
  deprecated: true,
  removed: true,
  replacementAvailable: true,
  ...rest,
});

describe('parsePlutoReport', () => {
  it('reads the real detect-helm -ojson output of the e2e run', () => {
    const helmRelease = {
      kind: 'Deployment',
      apiVersion: 'extensions/v1beta1',
      name: 'test/test-helm3chart-v1beta1',
      deprecatedIn: '1.9',
      removedIn: '1.16',
      replacement: 'apps/v1',
    };
    expect(
      parsePlutoReport(
        fixtureJson('pluto-detect-helm-ojson.from-venom-log.json'),
      ),
    ).toEqual({
      ok: true,
      tool: 'pluto',
      findings: [
        { ...helmRelease, namespace: 'default' },
        { ...helmRelease, namespace: 'demo2' },
      ],
    });
  });

  it("reads the documented sample, keeping the report's own removal", () => {
    expect(
      parsePlutoReport(
        fixtureJson('pluto-docs-advanced.detect-helm-json.L31-53.json'),
      ),
    ).toEqual({
      ok: true,
      tool: 'pluto',
      findings: [
        {
          kind: 'MutatingWebhookConfiguration',
          apiVersion: 'admissionregistration.k8s.io/v1beta1',
          name: 'cert-manager/cert-manager-webhook',
          namespace: 'cert-manager',
          deprecatedIn: '1.16',
          removedIn: '1.19',
          replacement: 'admissionregistration.k8s.io/v1',
        },
      ],
    });
  });

  it('reads cluster-scoped items, empty replacements, null items and other components', () => {
    expect(parsePlutoReport({ items: null, 'target-versions': {} })).toEqual({
      ok: true,
      tool: 'pluto',
      findings: [],
    });
    expect(
      parsePlutoReport({
        items: [
          item(
            {
              version: 'policy/v1beta1',
              kind: 'PodSecurityPolicy',
              'deprecated-in': 'v1.21.0',
              'removed-in': 'v1.25.0',
              'replacement-api': '',
              'replacement-available-in': '',
            },
            { name: 'eks.privileged', namespace: undefined },
          ),
          item(
            {
              version: 'certmanager.k8s.io/v1alpha1',
              kind: 'Certificate',
              'deprecated-in': 'v0.11.0',
              'removed-in': 'v0.11.0',
              'replacement-api': 'cert-manager.io/v1alpha2',
              component: 'cert-manager',
            },
            { name: 'site-tls', namespace: 'web' },
          ),
        ],
      }),
    ).toEqual({
      ok: true,
      tool: 'pluto',
      findings: [
        {
          kind: 'PodSecurityPolicy',
          apiVersion: 'policy/v1beta1',
          name: 'eks.privileged',
          namespace: null,
          deprecatedIn: '1.21',
          removedIn: '1.25',
        },
        {
          kind: 'Certificate',
          apiVersion: 'certmanager.k8s.io/v1alpha1',
          name: 'site-tls',
          namespace: 'web',
          replacement: 'cert-manager.io/v1alpha2',
        },
      ],
    });
  });

  it('names each malformed field instead of throwing', () => {
    expect(
      parsePlutoReport({
        items: [
          item(),
          item({ version: 3 }),
          item({ 'removed-in': 'later' }),
          item({}, { name: 'x'.repeat(254) }),
          item({}, { api: undefined }),
          item({}, { deprecated: 'yes' }),
          item({ kind: 'Deploy ment' }),
        ],
        'target-versions': { k8s: 1.16 },
      }),
    ).toEqual({
      ok: false,
      problems: [
        'target-versions.k8s: expected a string',
        'items[1].api.version: expected a string',
        'items[2].api.removed-in: expected a version such as v1.16.0',
        'items[3].name: longer than 253 characters',
        'items[4].api: required',
        'items[5].deprecated: expected true or false',
        'items[6].api.kind: expected a kind such as Deployment',
      ],
    });
  });

  it('refuses prototype keys', () => {
    const report = JSON.parse(
      '{"items":[{"name":"a","api":{"version":"apps/v1beta1","kind":"Deployment","__proto__":{"removed-in":"v1.1.0"}}}]}',
    );
    expect(parsePlutoReport(report)).toEqual({
      ok: false,
      problems: ['items[0].api.__proto__: this key is not allowed'],
    });
  });

  it('answers too-many past 10,000 items, and refuses items that are no list', () => {
    expect(
      parsePlutoReport({ items: Array.from({ length: 10_001 }, () => item()) }),
    ).toMatchObject({ ok: false, tooMany: true });
    expect(parsePlutoReport({ items: 'all' })).toEqual({
      ok: false,
      problems: ['items: expected an array'],
    });
  });
});
