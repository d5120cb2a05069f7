import { StackDefinition } from './stackDefinition';
import { stackFromEntities, stackToEntities } from './stackCatalog';
import { StackComponentEntity } from './stackEntity';

const eks = {
  id: 'aws-eks',
  title: 'AWS EKS',
  description: 'Managed control plane.',
  category: 'kubernetes-as-a-service',
  platforms: ['eks' as const],
  docs: 'https://docs.aws.amazon.com/eks/',
  supportedVersions: ['1.35', '1.36'],
  tierHistory: [{ tier: 'infrastructure' as const, since: '2024-01-15' }],
  certifiedReleases: [
    { version: '1.35', certifiedOn: '2026-03-10' },
    { version: '1.36', certifiedOn: '2026-09-20' },
  ],
};

const istio = {
  id: 'istio',
  title: 'Istio',
  description: 'Service mesh.',
  category: 'ingress-service-mesh',
  platforms: ['eks' as const, 'rpc-k' as const],
  docs: 'https://istio.io/latest/docs/',
  supportedVersions: ['1.27', '1.28'],
  tierHistory: [{ tier: 'certified' as const, since: '2026-01-15' }],
  kubernetesCompatibility: {
    source: 'https://istio.io/latest/docs/releases/supported-releases/',
    versions: [
      { version: '1.27', kubernetes: { min: '1.29', max: '1.33' } },
      { version: '1.28', kubernetes: { min: '1.30' } },
    ],
  },
};

const helm = {
  id: 'helm',
  title: 'Helm',
  description: 'Package manager.',
  category: 'package-management',
  platforms: ['eks' as const, 'rpc-k' as const],
  docs: 'https://helm.sh/docs/',
  supportedVersions: ['3.19'],
  tierHistory: [{ tier: 'infrastructure' as const, since: '2024-01-15' }],
};

const stack: StackDefinition = {
  apiVersion: 'mpk.io/v1alpha1',
  kind: 'KubernetesStack',
  metadata: { name: 'mpk-stack', title: 'Stack', description: 'The stack.' },
  owner: 'group:default/mpk-provider',
  categories: [
    { id: 'kubernetes-as-a-service', title: 'Kubernetes as a Service' },
    { id: 'ingress-service-mesh', title: 'Ingress and service mesh' },
    { id: 'package-management', title: 'Package management' },
  ],
  technologies: [eks, istio, helm],
};

describe('stackToEntities', () => {
  const [, ...components] = stackToEntities(stack, 'file:/stack.yaml') as [
    unknown,
    ...StackComponentEntity[],
  ];
  const specOf = (name: string) =>
    components.find(c => c.metadata.name === name)!.spec;

  it('carries the certified releases of a platform', () => {
    expect(specOf('aws-eks').certifiedReleases).toEqual(eks.certifiedReleases);
    expect(specOf('aws-eks')).not.toHaveProperty('kubernetesCompatibility');
  });

  it('carries the compatibility table of a technology', () => {
    expect(specOf('istio').kubernetesCompatibility).toEqual(
      istio.kubernetesCompatibility,
    );
    expect(specOf('istio')).not.toHaveProperty('certifiedReleases');
  });

  it('leaves both fields out of a technology that has neither', () => {
    expect(specOf('helm')).not.toHaveProperty('certifiedReleases');
    expect(specOf('helm')).not.toHaveProperty('kubernetesCompatibility');
  });
});

describe('stackFromEntities', () => {
  it('gives back the stack definition, the new fields included', () => {
    const [system, ...components] = stackToEntities(stack, 'file:/stack.yaml');
    expect(
      stackFromEntities(system, components as StackComponentEntity[]),
    ).toEqual(stack);
  });
});
