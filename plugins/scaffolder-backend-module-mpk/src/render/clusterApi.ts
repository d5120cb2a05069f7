/**
 * Infrastructure as code for bare-metal (RPC-K) environments, as Cluster API resources with the
 * Metal3 infrastructure provider.
 *
 * Why Cluster API with Metal3: the cluster is declared as Kubernetes-style resources that
 * controllers keep reconciled, so the repository stays the truth and GitOps tools can apply it;
 * it is the upstream-standard way to manage the lifecycle of bare-metal clusters (Metal3 drives
 * the servers through Ironic); a rolling upgrade is one field, `KubeadmControlPlane.spec.version`
 * (and the MachineDeployments' version), which the contract's upgrade deadlines rely on; machine
 * health checks replace failed nodes; and the cluster autoscaler scales MachineDeployments
 * natively through their min/max annotations.
 */
import { InputError } from '@backstage/errors';
import {
  CLUSTER_LABELS,
  clusterNameOf,
  DesignEnvironment,
  DetailedDesign,
  explainDnsLabelProblem,
  NodeGroup,
  parseKubernetesVersion,
  StackDefinition,
} from '@mpk-portal/plugin-mpk-common';
import yaml from 'yaml';
import { BARE_METAL_NETWORK } from './bareMetalNetwork';
import { planComponents } from './componentPlan';
import { environmentDirectory } from './designFacts';
import {
  AUTOSCALER_ANNOTATIONS,
  CLUSTER_SELECTOR_LABEL,
  CLUSTERCTL_VARIABLES,
  HOST_LABELS,
  NODE_GROUP_LABEL,
} from './clusterApiNames';
import { clusterApiReadme } from './clusterApiReadme';
import { RenderedFile } from './renderedFile';
import { toMultiDocumentYaml, toYaml, yamlDocument } from './yamlText';

const API = {
  cluster: 'cluster.x-k8s.io/v1beta1',
  infrastructure: 'infrastructure.cluster.x-k8s.io/v1beta1',
  controlPlane: 'controlplane.cluster.x-k8s.io/v1beta1',
  bootstrap: 'bootstrap.cluster.x-k8s.io/v1beta1',
  addons: 'addons.cluster.x-k8s.io/v1alpha1',
} as const;

const variable = (name: keyof typeof CLUSTERCTL_VARIABLES) => `\${${name}}`;

const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

function requireDnsLabel(what: string, name: string) {
  const problem = explainDnsLabelProblem(name);
  if (problem) throw new InputError(`${what} "${name}": ${problem}`);
}

/** A server profile selects hosts by label, so it must be a label value. */
function serverProfileOf(group: NodeGroup): string {
  if (group.instanceType.length > 63 || !LABEL_VALUE.test(group.instanceType)) {
    throw new InputError(
      `node group "${group.name}": server profile "${group.instanceType}" must be a Kubernetes label value (at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit)`,
    );
  }
  return group.instanceType;
}

interface ClusterApiContext {
  design: DetailedDesign;
  environment: DesignEnvironment;
  clusterName: string;
  namespace: string;
  version: string;
}

function metadata(
  context: ClusterApiContext,
  name: string,
  extra: {
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  } = {},
) {
  return {
    name,
    namespace: context.namespace,
    labels: {
      'cluster.x-k8s.io/cluster-name': context.clusterName,
      ...extra.labels,
    },
    ...(extra.annotations ? { annotations: extra.annotations } : {}),
  };
}

function ref(apiVersion: string, kind: string, name: string) {
  return { apiVersion, kind, name };
}

/** Node name and provider ID come from the metadata Metal3 gives each host's cloud-init. */
function nodeRegistration(nodeLabels?: string) {
  return {
    name: '{{ ds.meta_data.name }}',
    kubeletExtraArgs: {
      'provider-id': 'metal3://{{ ds.meta_data.providerid }}',
      ...(nodeLabels ? { 'node-labels': nodeLabels } : {}),
    },
  };
}

function machineTemplate(
  context: ClusterApiContext,
  name: string,
  hostLabels: Record<string, string>,
) {
  return {
    apiVersion: API.infrastructure,
    kind: 'Metal3MachineTemplate',
    metadata: metadata(context, name),
    spec: {
      template: {
        spec: {
          image: {
            url: variable('IMAGE_URL'),
            checksum: variable('IMAGE_CHECKSUM'),
            checksumType: variable('IMAGE_CHECKSUM_TYPE'),
            format: variable('IMAGE_FORMAT'),
          },
          hostSelector: { matchLabels: hostLabels },
          dataTemplate: { name: `${context.clusterName}-metadata` },
          // Wipe disk metadata between uses, so a host comes back clean to the pool.
          automatedCleaningMode: 'metadata',
        },
      },
    },
  };
}

function clusterDocuments(context: ClusterApiContext): object[] {
  const { clusterName, design, environment } = context;
  const controlPlane = `${clusterName}-control-plane`;
  const production = environment.class === 'production';
  return [
    {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: context.namespace },
    },
    {
      apiVersion: API.cluster,
      kind: 'Cluster',
      metadata: {
        name: clusterName,
        namespace: context.namespace,
        labels: {
          [CLUSTER_SELECTOR_LABEL]: clusterName,
          [CLUSTER_LABELS.customer]: design.customer,
          [CLUSTER_LABELS.environment]: environment.class,
        },
      },
      spec: {
        clusterNetwork: {
          pods: { cidrBlocks: [BARE_METAL_NETWORK.podCidr] },
          services: { cidrBlocks: [BARE_METAL_NETWORK.serviceCidr] },
        },
        controlPlaneRef: ref(
          API.controlPlane,
          'KubeadmControlPlane',
          controlPlane,
        ),
        infrastructureRef: ref(
          API.infrastructure,
          'Metal3Cluster',
          clusterName,
        ),
      },
    },
    {
      apiVersion: API.infrastructure,
      kind: 'Metal3Cluster',
      metadata: metadata(context, clusterName),
      spec: {
        controlPlaneEndpoint: {
          host: variable('CLUSTER_APIENDPOINT_HOST'),
          port: BARE_METAL_NETWORK.apiServerPort,
        },
        noCloudProvider: true,
      },
    },
    {
      apiVersion: API.controlPlane,
      kind: 'KubeadmControlPlane',
      metadata: metadata(context, controlPlane),
      spec: {
        // Three members keep etcd's quorum through the loss of one; one is enough elsewhere.
        replicas: production ? 3 : 1,
        version: context.version,
        // An upgrade adds the new member before removing an old one: one spare host needed.
        rolloutStrategy: {
          type: 'RollingUpdate',
          rollingUpdate: { maxSurge: 1 },
        },
        machineTemplate: {
          infrastructureRef: ref(
            API.infrastructure,
            'Metal3MachineTemplate',
            controlPlane,
          ),
          nodeDrainTimeout: '10m',
        },
        kubeadmConfigSpec: {
          initConfiguration: { nodeRegistration: nodeRegistration() },
          joinConfiguration: { nodeRegistration: nodeRegistration() },
        },
      },
    },
    machineTemplate(context, controlPlane, {
      [HOST_LABELS.role]: 'control-plane',
    }),
    {
      apiVersion: API.infrastructure,
      kind: 'Metal3DataTemplate',
      metadata: metadata(context, `${clusterName}-metadata`),
      spec: {
        clusterName,
        metaData: {
          objectNames: ['name', 'local-hostname', 'local_hostname'].map(
            key => ({ key, object: 'machine' }),
          ),
        },
      },
    },
  ];
}

function nodeGroupDocuments(
  context: ClusterApiContext,
  group: NodeGroup,
): object[] {
  const name = `${context.clusterName}-${group.name}`;
  const groupLabels = { [NODE_GROUP_LABEL]: group.name };
  return [
    {
      apiVersion: API.cluster,
      kind: 'MachineDeployment',
      metadata: metadata(context, name, {
        labels: groupLabels,
        annotations: {
          [AUTOSCALER_ANNOTATIONS.minSize]: String(group.minSize),
          [AUTOSCALER_ANNOTATIONS.maxSize]: String(group.maxSize),
        },
      }),
      spec: {
        clusterName: context.clusterName,
        // The size at creation; the cluster autoscaler owns it afterwards.
        replicas: group.desiredSize,
        selector: {
          matchLabels: {
            'cluster.x-k8s.io/cluster-name': context.clusterName,
            ...groupLabels,
          },
        },
        strategy: {
          type: 'RollingUpdate',
          rollingUpdate: { maxSurge: 1, maxUnavailable: 0 },
        },
        template: {
          metadata: {
            labels: {
              'cluster.x-k8s.io/cluster-name': context.clusterName,
              ...groupLabels,
            },
          },
          spec: {
            clusterName: context.clusterName,
            version: context.version,
            bootstrap: {
              configRef: ref(API.bootstrap, 'KubeadmConfigTemplate', name),
            },
            infrastructureRef: ref(
              API.infrastructure,
              'Metal3MachineTemplate',
              name,
            ),
            nodeDrainTimeout: '10m',
          },
        },
      },
    },
    machineTemplate(context, name, {
      [HOST_LABELS.role]: 'worker',
      [HOST_LABELS.serverProfile]: serverProfileOf(group),
    }),
    {
      apiVersion: API.bootstrap,
      kind: 'KubeadmConfigTemplate',
      metadata: metadata(context, name),
      spec: {
        template: {
          spec: {
            joinConfiguration: {
              nodeRegistration: nodeRegistration(
                `${NODE_GROUP_LABEL}=${group.name}`,
              ),
            },
          },
        },
      },
    },
  ];
}

const UNHEALTHY_CONDITIONS = [
  { type: 'Ready', status: 'Unknown', timeout: '300s' },
  { type: 'Ready', status: 'False', timeout: '300s' },
];

function healthCheckDocuments(context: ClusterApiContext): object[] {
  const { clusterName, environment } = context;
  const checks: object[] = [
    {
      apiVersion: API.cluster,
      kind: 'MachineHealthCheck',
      metadata: metadata(context, `${clusterName}-workers`),
      spec: {
        clusterName,
        // Stop remediating when many fail at once: that is an outage to look at, not a node.
        maxUnhealthy: '40%',
        // Bare-metal servers take long to boot and provision.
        nodeStartupTimeout: '30m',
        selector: {
          matchExpressions: [{ key: NODE_GROUP_LABEL, operator: 'Exists' }],
        },
        unhealthyConditions: UNHEALTHY_CONDITIONS,
      },
    },
  ];
  // KubeadmControlPlane remediates only when etcd keeps quorum, so only with three members.
  if (environment.class === 'production') {
    checks.push({
      apiVersion: API.cluster,
      kind: 'MachineHealthCheck',
      metadata: metadata(context, `${clusterName}-control-plane`),
      spec: {
        clusterName,
        maxUnhealthy: 1,
        nodeStartupTimeout: '30m',
        selector: {
          matchLabels: { 'cluster.x-k8s.io/control-plane': '' },
        },
        unhealthyConditions: UNHEALTHY_CONDITIONS,
      },
    });
  }
  return checks;
}

function componentDocuments(
  context: ClusterApiContext,
  stack: StackDefinition,
): yaml.Document[] {
  const plan = planComponents(context.design, context.environment, stack);
  const header = [
    'What runs in the cluster besides Kubernetes: one HelmChartProxy per Helm release, which the',
    'Cluster API Addon Provider for Helm installs into the cluster with the matching label.',
  ];
  if (plan.outsideHelm.length > 0) {
    header.push('', 'Chosen in the design but not installed here:');
    for (const tech of plan.outsideHelm) {
      header.push(`- ${tech.title} (${tech.technologyId}): ${tech.reason}`);
    }
  }
  return plan.releases.map((release, index) => {
    const note = `${release.title}${
      release.appVersion ? ` ${release.appVersion}` : ''
    }: set spec.version to the ${release.chart} chart version that ships it.${
      release.after
        ? ` Needs ${release.after.join(
            ', ',
          )}: until that is installed, it is retried.`
        : ''
    }`;
    return yamlDocument(
      {
        apiVersion: API.addons,
        kind: 'HelmChartProxy',
        metadata: metadata(context, `${context.clusterName}-${release.name}`, {
          annotations: {
            'mpk.io/technology': release.technologyId ?? 'cluster-autoscaler',
            ...(release.appVersion
              ? { 'mpk.io/app-version': release.appVersion }
              : {}),
          },
        }),
        spec: {
          clusterSelector: {
            matchLabels: { [CLUSTER_SELECTOR_LABEL]: context.clusterName },
          },
          repoURL: release.repository,
          chartName: release.chart,
          releaseName: release.name,
          namespace: release.namespace,
          ...(Object.keys(release.values).length > 0
            ? { valuesTemplate: toYaml(release.values) }
            : {}),
        },
      },
      index === 0 ? [...header, '', note].join('\n') : note,
    );
  });
}

/**
 * The Cluster API resources of one bare-metal (RPC-K) environment, in `infra/<environment>/`:
 * `cluster.yaml` (the cluster, its control plane, one MachineDeployment per node group and the
 * health checks) and `components.yaml` (a HelmChartProxy per Helm release), plus
 * `infra/README.md`, the same for every environment of a design, which explains the format.
 * @public
 */
export function renderClusterApi(
  design: DetailedDesign,
  environment: DesignEnvironment,
  stack: StackDefinition,
): RenderedFile[] {
  const directory = environmentDirectory(environment);
  const clusterName = clusterNameOf(design, environment);
  // Names and versions go into the resources unquoted by clusterctl's variable substitution, so
  // only the shapes Kubernetes accepts get through.
  requireDnsLabel('cluster name', clusterName);
  environment.nodeGroups.forEach(group =>
    requireDnsLabel('node group', group.name),
  );
  const version = parseKubernetesVersion(design.kubernetesVersion);
  if (!version) {
    throw new InputError(
      `kubernetesVersion "${design.kubernetesVersion}" is not a version such as 1.36`,
    );
  }
  const context: ClusterApiContext = {
    design,
    environment,
    clusterName,
    // One namespace per cluster: its BareMetalHosts are enrolled there, out of others' reach.
    namespace: clusterName,
    version: `v${version.line}.0`,
  };
  return [
    {
      path: `${directory}/cluster.yaml`,
      content: toMultiDocumentYaml(
        [
          ...clusterDocuments(context),
          ...environment.nodeGroups.flatMap(group =>
            nodeGroupDocuments(context, group),
          ),
          ...healthCheckDocuments(context),
        ].map(resource => yamlDocument(resource)),
      ),
    },
    {
      path: `${directory}/components.yaml`,
      content: toMultiDocumentYaml(componentDocuments(context, stack)),
    },
    { path: 'infra/README.md', content: clusterApiReadme(design) },
  ];
}
