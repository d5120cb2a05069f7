import { Entity } from '@backstage/catalog-model';
import {
  isClusterEntity,
  isDesignEntity,
  parseKubernetesVersion,
  readClusterFacts,
} from './clusterEntity';

function cluster(
  labels: Record<string, string>,
  type = 'kubernetes-cluster',
  spec: Entity['spec'] = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name: 'acme-prod', namespace: 'default', labels },
    spec: { type, owner: 'group:default/pod-blue', ...spec },
  };
}

const validLabels = {
  'mpk.io/customer': 'acme',
  'mpk.io/environment': 'production',
  'mpk.io/platform': 'eks',
  'mpk.io/kubernetes-version': '1.35',
  'mpk.io/upgrade-strategy': 'in-place',
};

describe('parseKubernetesVersion', () => {
  it.each([
    ['1.35', { major: 1, minor: 35, line: '1.35' }],
    ['v1.33.4', { major: 1, minor: 33, patch: 4, line: '1.33' }],
    [' 1.9 ', { major: 1, minor: 9, line: '1.9' }],
  ])('parses %j', (text, expected) => {
    expect(parseKubernetesVersion(text)).toEqual(expected);
  });

  it.each(['', '1', '1.x', '1.35.2-eks', 'latest', '1..3'])(
    'rejects %j',
    text => {
      expect(parseKubernetesVersion(text)).toBeUndefined();
    },
  );
});

describe('isClusterEntity', () => {
  it('accepts a kubernetes-cluster Resource only', () => {
    expect(isClusterEntity(cluster(validLabels))).toBe(true);
    expect(isClusterEntity(cluster(validLabels, 'database'))).toBe(false);
    expect(
      isClusterEntity({ ...cluster(validLabels), kind: 'Component' }),
    ).toBe(false);
  });
});

describe('isDesignEntity', () => {
  it('accepts a cluster-design Resource only', () => {
    expect(isDesignEntity(cluster({}, 'cluster-design'))).toBe(true);
    expect(isDesignEntity(cluster(validLabels))).toBe(false);
    expect(
      isDesignEntity({ ...cluster({}, 'cluster-design'), kind: 'Component' }),
    ).toBe(false);
  });
});

describe('readClusterFacts', () => {
  it('reads every fact of a well-formed cluster', () => {
    expect(readClusterFacts(cluster(validLabels))).toEqual({
      ok: true,
      facts: {
        entityRef: 'resource:default/acme-prod',
        name: 'acme-prod',
        customer: 'acme',
        environment: 'production',
        platform: 'eks',
        kubernetesVersion: { major: 1, minor: 35, line: '1.35' },
        upgradeStrategy: 'in-place',
        owner: 'group:default/pod-blue',
        installedComponents: [],
      },
    });
  });

  it('reads the installed components with their versions', () => {
    const result = readClusterFacts(
      cluster(validLabels, 'kubernetes-cluster', {
        installedComponents: [
          { component: 'prometheus', version: '3.5.0' },
          { component: 'fluentd', version: '1.18.0' },
        ],
      }),
    );
    expect(result.ok && result.facts.installedComponents).toEqual([
      { component: 'prometheus', version: '3.5.0' },
      { component: 'fluentd', version: '1.18.0' },
    ]);
  });

  it('names each malformed installed component', () => {
    const result = readClusterFacts(
      cluster(validLabels, 'kubernetes-cluster', {
        installedComponents: [
          { component: 'Prometheus', version: '3.5.0' },
          { component: 'fluentd', version: 1.18 },
          { component: 'helm', version: '3.19.0' },
          { component: 'helm', version: '3.19.1' },
        ],
      }),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        'spec.installedComponents[0].component must name a stack component, e.g. prometheus',
        'spec.installedComponents[1].version must be the installed version of fluentd, as text',
        'spec.installedComponents[3]: helm is listed twice',
      ],
    });
  });

  it('lists every problem at once, naming the label and what was found', () => {
    const result = readClusterFacts(
      cluster({
        'mpk.io/customer': 'Acme_Corp',
        'mpk.io/environment': 'prod',
        'mpk.io/kubernetes-version': 'latest',
      }),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        `label mpk.io/customer is "Acme_Corp": expected the customer's group name (may contain only lowercase letters, digits and '-' (found 'A'))`,
        'label mpk.io/environment is "prod": expected one of production, non-production',
        'label mpk.io/platform is missing: expected one of eks, rpc-k',
        'label mpk.io/kubernetes-version is "latest": expected a version such as 1.35',
        'label mpk.io/upgrade-strategy is missing: expected one of side-by-side, in-place',
      ],
    });
  });

  it('refuses an entity that is not a cluster', () => {
    const result = readClusterFacts(cluster(validLabels, 'database'));
    expect(result.ok).toBe(false);
  });
});
