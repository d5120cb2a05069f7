import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  DEPRECATED_KUBERNETES_APIS,
  apiVersionOf,
  findDeprecatedApiByKind,
  findDeprecatedApiByResource,
  findKindOfResource,
} from './deprecatedApiCatalog';
import { toReleaseLine } from './releaseLines';

const fixture = (name: string) =>
  readFileSync(join(__dirname, '__fixtures__', name), 'utf8');

interface PlutoEntry {
  version: string;
  kind: string;
  'deprecated-in': string;
  'removed-in': string;
  'replacement-api': string;
  'replacement-available-in': string;
  component: string;
}

const plutoKubernetesEntries = (
  parseYaml(fixture('pluto-versions.yaml'))[
    'deprecated-versions'
  ] as PlutoEntry[]
).filter(entry => entry.component === 'k8s');

// Quoted fields of the official list hold commas; no field holds a quote.
const officialRemovals = fixture('kubernetes-official-removed-apis.csv')
  .trim()
  .split('\n')
  .slice(1)
  .map(line => line.match(/"[^"]*"|[^,]+|(?<=,)(?=,|$)/g) ?? [])
  .map(([removedIn, groupVersions, kinds]) => ({
    removedIn: toReleaseLine(removedIn)!,
    groupVersions: groupVersions.split(';'),
    kinds: kinds.split(';'),
  }));

// Where the catalog departs from pluto on purpose: see the header of deprecatedApiCatalog.ts.
const OFFICIAL_REMOVAL_OVERRIDES = new Set([
  'flowcontrol.apiserver.k8s.io/v1beta1 FlowSchema',
  'flowcontrol.apiserver.k8s.io/v1beta1 PriorityLevelConfiguration',
]);
const isNotServed = (entry: PlutoEntry) =>
  entry.kind.endsWith('List') ||
  entry.kind === 'FlowControl' ||
  entry.version.startsWith('audit.k8s.io/');

describe('DEPRECATED_KUBERNETES_APIS', () => {
  it('holds every served Kubernetes entry of pluto, with its versions as release lines', () => {
    const served = plutoKubernetesEntries.filter(entry => !isNotServed(entry));
    expect(served).toHaveLength(64);
    for (const entry of served) {
      const api = findDeprecatedApiByKind(entry.version, entry.kind);
      const key = `${entry.version} ${entry.kind}`;
      expect({ key, ...api }).toEqual({
        key,
        apiVersion: entry.version,
        kind: entry.kind,
        resource: expect.stringMatching(/^[a-z]+$/),
        deprecatedIn: toReleaseLine(entry['deprecated-in']),
        removedIn: OFFICIAL_REMOVAL_OVERRIDES.has(key)
          ? '1.26'
          : toReleaseLine(entry['removed-in']),
        replacement: entry['replacement-api'] || undefined,
        replacementAvailableIn: toReleaseLine(
          entry['replacement-available-in'] ?? '',
        ),
      });
    }
  });

  it('agrees with every removal of the official migration guide', () => {
    let checked = 0;
    for (const removal of officialRemovals) {
      for (const apiVersion of removal.groupVersions) {
        for (const kind of removal.kinds) {
          expect([
            apiVersion,
            kind,
            findDeprecatedApiByKind(apiVersion, kind)?.removedIn,
          ]).toEqual([apiVersion, kind, removal.removedIn]);
          checked += 1;
        }
      }
    }
    expect(checked).toBe(49);
  });

  it('has one entry per apiVersion and kind, and per apiVersion and resource', () => {
    const kinds = DEPRECATED_KUBERNETES_APIS.map(
      api => `${api.apiVersion} ${api.kind}`,
    );
    const resources = DEPRECATED_KUBERNETES_APIS.map(
      api => `${api.apiVersion} ${api.resource}`,
    );
    expect(new Set(kinds).size).toBe(DEPRECATED_KUBERNETES_APIS.length);
    expect(new Set(resources).size).toBe(DEPRECATED_KUBERNETES_APIS.length);
    expect(DEPRECATED_KUBERNETES_APIS).toHaveLength(68);
  });

  it('names each resource as the API server does', () => {
    expect(
      findDeprecatedApiByKind('policy/v1beta1', 'PodSecurityPolicy'),
    ).toEqual({
      apiVersion: 'policy/v1beta1',
      kind: 'PodSecurityPolicy',
      resource: 'podsecuritypolicies',
      deprecatedIn: '1.21',
      removedIn: '1.25',
    });
    expect(
      findDeprecatedApiByKind('networking.k8s.io/v1beta1', 'Ingress')?.resource,
    ).toBe('ingresses');
  });
});

describe('catalog lookups', () => {
  it('finds an API by apiVersion and kind', () => {
    expect(findDeprecatedApiByKind('apps/v1beta1', 'Deployment')).toEqual({
      apiVersion: 'apps/v1beta1',
      kind: 'Deployment',
      resource: 'deployments',
      deprecatedIn: '1.9',
      removedIn: '1.16',
      replacement: 'apps/v1',
      replacementAvailableIn: '1.9',
    });
    expect(findDeprecatedApiByKind('apps/v1', 'Deployment')).toBeUndefined();
  });

  it('finds an API by the group, version and resource of the metric', () => {
    expect(
      findDeprecatedApiByResource(
        'storage.k8s.io',
        'v1beta1',
        'csistoragecapacities',
      ),
    ).toMatchObject({ kind: 'CSIStorageCapacity', removedIn: '1.27' });
    expect(findDeprecatedApiByResource('', 'v1', 'componentstatuses')).toBe(
      undefined,
    );
  });

  it('finds the kind of a resource at any version of its group', () => {
    expect(findKindOfResource('extensions', 'ingresses')).toBe('Ingress');
    expect(findKindOfResource('apps', 'deployments')).toBe('Deployment');
    expect(findKindOfResource('', 'deployments')).toBeUndefined();
    expect(findKindOfResource('apps', 'widgets')).toBeUndefined();
  });

  it('writes the core group without a group', () => {
    expect(apiVersionOf('', 'v1')).toBe('v1');
    expect(apiVersionOf('policy', 'v1beta1')).toBe('policy/v1beta1');
  });
});
