import { Entity } from '@backstage/catalog-model';
import {
  InstalledComponent,
  STACK_COMPONENT_TYPE,
  STACK_LABELS,
  StackComponentEntity,
  supportTierTag,
  TierChange,
} from '@mpk-portal/plugin-mpk-common';

const categories = [
  { id: 'iac-cicd', title: 'IaC, CI/CD' },
  { id: 'ingress-service-mesh', title: 'Ingress and service mesh' },
  { id: 'observability', title: 'Observability' },
];

/** The stack System, as the catalog module emits it (three of its categories). */
export const stackSystem: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: {
    name: 'mpk-stack',
    namespace: 'default',
    title: 'Managed Platform for Kubernetes stack',
  },
  spec: {
    type: 'kubernetes-stack',
    owner: 'group:default/mpk-provider',
    categories,
  },
};

function stackComponent(options: {
  name: string;
  title: string;
  category: string;
  tierHistory: TierChange[];
}): StackComponentEntity {
  const { name, title, category, tierHistory } = options;
  const tier = tierHistory[tierHistory.length - 1].tier;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      title,
      description: `${title} on the managed platform`,
      labels: {
        [STACK_LABELS.supportTier]: tier,
        [STACK_LABELS.category]: category,
      },
      tags: [supportTierTag(tier), category],
    },
    spec: {
      type: STACK_COMPONENT_TYPE,
      lifecycle: 'production',
      owner: 'group:default/mpk-provider',
      system: 'mpk-stack',
      category: categories.find(c => c.id === category)!,
      platforms: ['eks', 'rpc-k'],
      supportedVersions: ['1.26', '1.27'],
      tierHistory,
    },
  };
}

/** Promoted from catalog to certified, the newest tier move of the set. */
export const istio = stackComponent({
  name: 'istio',
  title: 'Istio',
  category: 'ingress-service-mesh',
  tierHistory: [
    { tier: 'catalog', since: '2024-03-01' },
    {
      tier: 'certified',
      since: '2026-01-15',
      reason: 'Certified after the mesh pilot with two customers',
    },
  ],
});

/** Promoted twice, to infrastructure in the end. */
export const argoCd = stackComponent({
  name: 'argo-cd',
  title: 'Argo CD',
  category: 'iac-cicd',
  tierHistory: [
    { tier: 'catalog', since: '2023-06-01' },
    { tier: 'certified', since: '2024-02-01' },
    {
      tier: 'infrastructure',
      since: '2025-09-01',
      reason: 'Deployed by every cluster build',
    },
  ],
});

/** Demoted from certified to catalog. */
export const flux = stackComponent({
  name: 'flux',
  title: 'Flux',
  category: 'iac-cicd',
  tierHistory: [
    { tier: 'certified', since: '2023-05-01' },
    { tier: 'catalog', since: '2025-11-20', reason: 'Superseded by Argo CD' },
  ],
});

/** In the infrastructure tier from the start: no tier move. */
export const prometheus = stackComponent({
  name: 'prometheus',
  title: 'Prometheus',
  category: 'observability',
  tierHistory: [{ tier: 'infrastructure', since: '2023-01-01' }],
});

/** All the stack components of the test catalog. */
export const stackComponents = [istio, argoCd, flux, prometheus];

function cluster(options: {
  name: string;
  customer: string;
  environment: string;
  installed: InstalledComponent[];
}): Entity {
  const { name, customer, environment, installed } = options;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name,
      namespace: 'default',
      labels: {
        'mpk.io/customer': customer,
        'mpk.io/environment': environment,
        'mpk.io/platform': 'eks',
        'mpk.io/kubernetes-version': '1.35',
        'mpk.io/upgrade-strategy': 'in-place',
      },
    },
    spec: {
      type: 'kubernetes-cluster',
      owner: 'group:default/pod-blue',
      installedComponents: installed,
    },
    // As the catalog processor emits them from spec.installedComponents.
    relations: installed.map(({ component }) => ({
      type: 'dependsOn',
      targetRef: `component:default/${component}`,
    })),
  };
}

/** Runs Istio and Prometheus. */
export const acmeProd = cluster({
  name: 'acme-prod',
  customer: 'acme',
  environment: 'production',
  installed: [
    { component: 'istio', version: '1.27.3' },
    { component: 'prometheus', version: '3.5.0' },
  ],
});

/** Runs an older Istio. */
export const globexDev = cluster({
  name: 'globex-dev',
  customer: 'globex',
  environment: 'non-production',
  installed: [{ component: 'istio', version: '1.26.5' }],
});

/** Runs only Prometheus. */
export const initechProd = cluster({
  name: 'initech-prod',
  customer: 'initech',
  environment: 'production',
  installed: [{ component: 'prometheus', version: '3.4.2' }],
});

/** All the clusters of the test catalog. */
export const clusters = [acmeProd, globexDev, initechProd];
