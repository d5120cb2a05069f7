import { Entity } from '@backstage/catalog-model';
import { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import { ClusterEntityProcessor } from './ClusterEntityProcessor';

const location = { type: 'file', target: '/catalog/clusters.yaml' };

function cluster(
  labels: Record<string, string>,
  spec: Entity['spec'] = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name: 'acme-prod', namespace: 'default', labels },
    spec: {
      type: 'kubernetes-cluster',
      owner: 'group:default/pod-blue',
      ...spec,
    },
  };
}

/** The labels of a cluster that keeps every rule. */
const wellFormedLabels = {
  'mpk.io/customer': 'acme',
  'mpk.io/environment': 'production',
  'mpk.io/platform': 'eks',
  'mpk.io/kubernetes-version': '1.35',
  'mpk.io/upgrade-strategy': 'in-place',
};

/** The reference of the cluster `cluster()` builds, as relations name it. */
const clusterRef = {
  kind: 'Resource',
  namespace: 'default',
  name: 'acme-prod',
};

async function process(entity: Entity) {
  const emitted: CatalogProcessorResult[] = [];
  const result = await new ClusterEntityProcessor().postProcessEntity(
    entity,
    location,
    r => emitted.push(r),
  );
  return { result, emitted };
}

describe('ClusterEntityProcessor', () => {
  it('relates a well-formed cluster to its customer both ways', async () => {
    const entity = cluster(wellFormedLabels);
    const { result, emitted } = await process(entity);

    expect(result).toBe(entity);
    const customerRef = { kind: 'Group', namespace: 'default', name: 'acme' };
    expect(emitted).toEqual([
      {
        type: 'relation',
        relation: {
          source: clusterRef,
          type: 'clusterOf',
          target: customerRef,
        },
      },
      {
        type: 'relation',
        relation: {
          source: customerRef,
          type: 'hasCluster',
          target: clusterRef,
        },
      },
    ]);
  });

  it('relates a cluster to each stack component installed on it, both ways', async () => {
    const { emitted } = await process(
      cluster(wellFormedLabels, {
        installedComponents: [{ component: 'prometheus', version: '3.5.0' }],
      }),
    );

    const prometheus = {
      kind: 'Component',
      namespace: 'default',
      name: 'prometheus',
    };
    expect(emitted.slice(2)).toEqual([
      {
        type: 'relation',
        relation: { source: clusterRef, type: 'dependsOn', target: prometheus },
      },
      {
        type: 'relation',
        relation: {
          source: prometheus,
          type: 'dependencyOf',
          target: clusterRef,
        },
      },
    ]);
  });

  it('reports every problem of a malformed cluster as one error naming the file', async () => {
    const { emitted } = await process(
      cluster({ 'mpk.io/customer': 'acme', 'mpk.io/platform': 'gke' }),
    );

    expect(emitted).toHaveLength(1);
    expect(emitted[0]).toMatchObject({ type: 'error', location });
    const message = (emitted[0] as { error: Error }).error.message;
    expect(message).toBe(
      'Cluster resource:default/acme-prod in /catalog/clusters.yaml: ' +
        'label mpk.io/environment is missing: expected one of production, non-production; ' +
        'label mpk.io/platform is "gke": expected one of eks, rpc-k; ' +
        'label mpk.io/kubernetes-version is missing: expected a version such as 1.35; ' +
        'label mpk.io/upgrade-strategy is missing: expected one of side-by-side, in-place',
    );
  });

  it('refuses maintenance windows the planning rules cannot read, naming each problem', async () => {
    const { emitted } = await process(
      cluster(wellFormedLabels, {
        maintenance: {
          timeZone: 'America/Chicagoo',
          windows: [{ days: ['sat'], start: '25:00', end: '06:00' }],
        },
      }),
    );
    expect(emitted).toHaveLength(1);
    const message = (emitted[0] as { error: Error }).error.message;
    expect(message).toMatch(
      /^Cluster resource:default\/acme-prod in \/catalog\/clusters.yaml: spec\.maintenance\.timeZone: .*; spec\.maintenance\.windows\[0\]\.start: /,
    );
  });

  it('accepts readable maintenance windows', async () => {
    const { emitted } = await process(
      cluster(wellFormedLabels, {
        maintenance: {
          timeZone: 'America/Chicago',
          windows: [{ days: ['sat'], start: '02:00', end: '06:00' }],
          freezes: [
            { from: '2026-11-20', to: '2027-01-05', reason: 'Sales season' },
          ],
        },
      }),
    );
    expect(emitted.filter(r => r.type === 'error')).toEqual([]);
  });

  it('leaves other entities alone', async () => {
    const component: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'web' },
      spec: { type: 'website' },
    };
    const { result, emitted } = await process(component);
    expect(result).toBe(component);
    expect(emitted).toEqual([]);
  });
});
