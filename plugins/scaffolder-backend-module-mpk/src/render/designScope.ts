import { StackTechnology } from '@mpk-portal/plugin-mpk-common';

/** One item of the service's scope, and the chosen technologies that deliver it. */
export interface ScopeItem {
  title: string;
  /** what the item means for the customer */
  description: string;
  technologies: StackTechnology[];
  /** how the item is delivered when no stack technology stands for it */
  deliveredBy?: string;
}

interface ScopeRule {
  title: string;
  description: string;
  covers: (tech: StackTechnology) => boolean;
  deliveredBy?: string;
}

const byIds =
  (...ids: string[]) =>
  (tech: StackTechnology) =>
    ids.includes(tech.id);

/** The items every build covers, in the order the contract lists them. */
const SCOPE_RULES: ScopeRule[] = [
  {
    title: 'Kubernetes control plane and worker nodes',
    description:
      'Build, operation and upgrades of the control plane and the worker nodes, with their machine images.',
    covers: byIds('aws-eks', 'rpc-k', 'aws-ami', 'customer-ami'),
  },
  {
    title: 'Cluster autoscaler',
    description:
      'Adds and removes worker nodes within the sizes of each node group.',
    covers: () => false,
    deliveredBy:
      'Kubernetes Cluster Autoscaler, part of every build (not a design choice)',
  },
  {
    title: 'Monitoring',
    description:
      'Metrics collection, alerting to the support pod and dashboards.',
    covers: byIds('prometheus', 'alertmanager', 'grafana', 'metrics-server'),
  },
  {
    title: 'Centralized logging',
    description: 'Collection of the cluster and application logs.',
    covers: byIds('fluentd'),
  },
  {
    title: 'Application catalog structure',
    description:
      'How applications are packaged and installed: as versioned Helm charts.',
    covers: byIds('helm'),
  },
  {
    title: 'Container registry',
    description: 'Where the cluster pulls application images from.',
    covers: tech => tech.choice === 'registry',
  },
  {
    title: 'Service mesh',
    description:
      'Traffic management, mutual TLS and telemetry between services.',
    covers: byIds('istio'),
  },
  {
    title: 'Ingress',
    description: 'How traffic from outside reaches the applications.',
    covers: tech => tech.choice === 'ingress' || tech.id === 'metallb',
  },
];

/**
 * The scope of the service, item by item, with the chosen technologies delivering each; and the
 * chosen technologies outside those items (storage, backup, security, conformance, CI/CD).
 */
export function designScope(chosen: StackTechnology[]): {
  items: ScopeItem[];
  otherTechnologies: StackTechnology[];
} {
  const items = SCOPE_RULES.map(rule => ({
    title: rule.title,
    description: rule.description,
    technologies: chosen.filter(rule.covers),
    deliveredBy: rule.deliveredBy,
  }));
  const inScope = new Set(
    items.flatMap(item => item.technologies.map(tech => tech.id)),
  );
  return {
    items,
    otherTechnologies: chosen.filter(tech => !inScope.has(tech.id)),
  };
}
