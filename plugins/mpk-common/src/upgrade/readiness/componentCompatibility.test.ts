import { componentCompatibilityReadiness } from './componentCompatibility';

const ISTIO_TABLE =
  'https://istio.io/latest/docs/releases/supported-releases/#support-status-of-istio-releases';
const CALICO_TABLE =
  'https://docs.tigera.io/calico/latest/getting-started/kubernetes/requirements#supported-versions';
const VELERO_TABLE =
  'https://github.com/vmware-tanzu/velero#velero-compatibility-matrix';

const technologies = [
  {
    id: 'istio',
    title: 'Istio',
    kubernetesCompatibility: {
      source: ISTIO_TABLE,
      versions: [
        { version: '1.27', kubernetes: { min: '1.29', max: '1.33' } },
        { version: '1.28', kubernetes: { min: '1.30', max: '1.34' } },
        { version: '1.30', kubernetes: { min: '1.32', max: '1.36' } },
        { version: '1.29', kubernetes: { min: '1.31', max: '1.35' } },
      ],
    },
  },
  {
    id: 'calico',
    title: 'Calico',
    kubernetesCompatibility: {
      source: CALICO_TABLE,
      versions: [
        { version: '3.30', kubernetes: { min: '1.31', max: '1.35' } },
        { version: '3.31', kubernetes: { min: '1.32', max: '1.35' } },
      ],
    },
  },
  {
    id: 'velero',
    title: 'Velero',
    kubernetesCompatibility: {
      source: VELERO_TABLE,
      versions: [{ version: '1.17', kubernetes: { min: '1.18' } }],
    },
  },
  { id: 'grafana', title: 'Grafana' },
];

function findings(component: string, version: string, target: string) {
  return componentCompatibilityReadiness(
    [{ component, version }],
    technologies,
    target,
  );
}

describe('componentCompatibilityReadiness', () => {
  it.each([
    ['a patch version inside the range', 'istio', '1.28.0', '1.34'],
    ['the lowest supported version', 'istio', '1.27.3', '1.29'],
    ['a version with a leading v', 'calico', 'v3.30.3', '1.35'],
    ['a table without an upper bound', 'velero', '1.17.0', '1.40'],
    ['a technology without a table', 'grafana', '12.2.1', '1.36'],
    ['a component the stack does not know', 'harbor', '2.13.2', '1.36'],
    ['a target given with its patch', 'istio', '1.28.0', 'v1.34.2'],
  ])('finds nothing for %s', (_, component, version, target) => {
    expect(findings(component, version, target)).toEqual({
      blockers: [],
      warnings: [],
    });
  });

  it.each([
    [
      'a target above the range, naming the oldest line that supports it (the table is out of order)',
      'istio',
      '1.27.3',
      '1.35',
      'Istio 1.27 supports Kubernetes 1.29 to 1.33, not 1.35',
      'Upgrade Istio to 1.29 or later (supports 1.31 to 1.35) on the cluster before the control plane.',
      ISTIO_TABLE,
    ],
    [
      'a target no line of the table supports yet',
      'calico',
      'v3.31.0',
      '1.36',
      'Calico 3.31 supports Kubernetes 1.32 to 1.35, not 1.36',
      'No Calico version line in the compatibility table supports Kubernetes 1.36 yet: keep the control plane on its version until a Calico release does, or remove Calico first.',
      CALICO_TABLE,
    ],
    [
      'a target below the minimum',
      'velero',
      '1.17.0',
      '1.17',
      'Velero 1.17 supports Kubernetes 1.18 and later, not 1.17',
      'No Velero version line in the compatibility table supports Kubernetes 1.17 yet: keep the control plane on its version until a Velero release does, or remove Velero first.',
      VELERO_TABLE,
    ],
    [
      'a target only the newest line supports',
      'istio',
      '1.28.1',
      '1.36',
      'Istio 1.28 supports Kubernetes 1.30 to 1.34, not 1.36',
      'Upgrade Istio to 1.30 or later (supports 1.32 to 1.36) on the cluster before the control plane.',
      ISTIO_TABLE,
    ],
  ])(
    'blocks %s',
    (_, component, version, target, message, remedy, evidence) => {
      expect(findings(component, version, target)).toEqual({
        blockers: [
          { source: 'component-compatibility', message, remedy, evidence },
        ],
        warnings: [],
      });
    },
  );

  it.each([
    [
      'a version line the table does not list',
      'calico',
      '3.28.2',
      'compatibility of Calico 3.28 with Kubernetes 1.36 is not known: not in the compatibility table',
    ],
    [
      'a version with no release line',
      'calico',
      'n/a',
      'compatibility of Calico "n/a" with Kubernetes 1.36 is not known: the installed version has no release line',
    ],
  ])('warns about %s', (_, component, version, message) => {
    const result = findings(component, version, '1.36');
    expect(result.blockers).toEqual([]);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        source: 'component-compatibility',
        message,
        evidence: CALICO_TABLE,
      }),
    ]);
  });

  it('judges every installed component, in the order installed', () => {
    const result = componentCompatibilityReadiness(
      [
        { component: 'calico', version: '3.28.0' },
        { component: 'grafana', version: '12.2.1' },
        { component: 'istio', version: '1.27.3' },
        { component: 'calico', version: '3.30.3' },
        { component: 'velero', version: '1.17.0' },
      ],
      technologies,
      '1.36',
    );
    expect(result.blockers.map(b => b.message)).toEqual([
      'Istio 1.27 supports Kubernetes 1.29 to 1.33, not 1.36',
      'Calico 3.30 supports Kubernetes 1.31 to 1.35, not 1.36',
    ]);
    expect(result.warnings.map(w => w.message)).toEqual([
      'compatibility of Calico 3.28 with Kubernetes 1.36 is not known: not in the compatibility table',
    ]);
  });
});
