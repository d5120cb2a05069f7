import { resolve } from 'node:path';

/** The stack definition the default install loads. */
export const exampleStackFile = resolve(
  __dirname,
  '../../../../examples/stack.yaml',
);

/** A minimal valid stack definition, as YAML, with one technology per tier. */
export const smallStackYaml = `
apiVersion: mpk.io/v1alpha1
kind: KubernetesStack
metadata:
  name: mpk-stack
  title: Test stack
  description: A stack for tests.
owner: group:default/mpk-provider
categories:
  - { id: observability, title: Observability }
technologies:
  - id: prometheus
    title: Prometheus
    description: Metrics.
    category: observability
    platforms: [eks, rpc-k]
    docs: https://prometheus.io/docs/
    supportedVersions: ['3.5']
    tierHistory:
      - { tier: infrastructure, since: '2024-01-15' }
  - id: istio
    title: Istio
    description: Mesh.
    category: observability
    platforms: [eks]
    docs: https://istio.io/latest/docs/
    supportedVersions: []
    tierHistory:
      - { tier: catalog, since: '2024-01-15' }
`;
