import {
  clusterNameOf,
  DetailedDesign,
  UPGRADE_TERMS,
} from '@mpk-portal/plugin-mpk-common';
import {
  AUTOSCALER_ANNOTATIONS,
  CLUSTER_SELECTOR_LABEL,
  CLUSTERCTL_VARIABLES,
  HOST_LABELS,
  NODE_GROUP_LABEL,
} from './clusterApiNames';
import { environmentClassTitle, releaseLineOf } from './designFacts';
import { codeSpan, escapeMarkdown, markdownTable } from './markdown';

function hostsTable(design: DetailedDesign): string {
  const rows = design.environments.flatMap(environment => {
    const namespace = clusterNameOf(design, environment);
    const controlPlane = environment.class === 'production' ? 3 : 1;
    return [
      [
        escapeMarkdown(namespace),
        escapeMarkdown(`${HOST_LABELS.role}=control-plane`),
        String(controlPlane + 1),
      ],
      ...environment.nodeGroups.map(group => [
        escapeMarkdown(namespace),
        escapeMarkdown(
          `${HOST_LABELS.role}=worker, ${HOST_LABELS.serverProfile}=${group.instanceType}`,
        ),
        String(group.maxSize + 1),
      ]),
    ];
  });
  return markdownTable(
    ['Namespace', 'BareMetalHost labels', 'Hosts (largest size + 1 spare)'],
    rows,
  );
}

/**
 * `infra/README.md` of a bare-metal design: why the clusters are Cluster API resources with
 * Metal3, what each file holds, what the data centre must provide, and how to apply, upgrade
 * and scale them.
 */
export function clusterApiReadme(design: DetailedDesign): string {
  const environments = markdownTable(
    ['Environment', 'Cluster', 'Class', 'Files'],
    design.environments.map(environment => [
      escapeMarkdown(environment.name),
      escapeMarkdown(clusterNameOf(design, environment)),
      environmentClassTitle(environment),
      `infra/${escapeMarkdown(environment.name)}/`,
    ]),
  );
  const variables = markdownTable(
    ['Variable', 'Value'],
    // Constant names without pipes, so code spans are safe in this table.
    Object.entries(CLUSTERCTL_VARIABLES).map(([name, meaning]) => [
      codeSpan(name),
      escapeMarkdown(meaning),
    ]),
  );
  const line = releaseLineOf(design);
  const commands = design.environments.flatMap(({ name }) => [
    `clusterctl generate yaml --from infra/${name}/cluster.yaml | kubectl apply -f -`,
    `kubectl apply -f infra/${name}/components.yaml`,
  ]);
  return `# Infrastructure as code: Cluster API with Metal3

The clusters of design ${codeSpan(design.name)} for ${escapeMarkdown(
    design.customer,
  )} run Kubernetes ${escapeMarkdown(
    line,
  )} on the provider's bare-metal servers (RPC-K) in ${escapeMarkdown(
    design.region,
  )}. Each is declared as [Cluster API](https://cluster-api.sigs.k8s.io/) resources with the [Metal3](https://metal3.io/) infrastructure provider.

${environments}

## Why Cluster API with Metal3

- **Declarative**: a cluster is a set of Kubernetes-style resources that controllers keep reconciled with the servers, so this repository stays the truth and any drift is corrected.
- **Upstream standard** for the lifecycle of bare-metal clusters: Metal3 provisions the servers through Ironic, the kubeadm providers install Kubernetes on them.
- **Rolling upgrades** are one field: ${codeSpan(
    'KubeadmControlPlane.spec.version',
  )}, then the ${codeSpan(
    'version',
  )} of each MachineDeployment. The contract's upgrade deadlines rely on that.
- **GitOps-friendly**: plain YAML that any GitOps tool or ${codeSpan(
    'kubectl apply',
  )} can apply and diff.
- **Self-healing**: MachineHealthChecks replace nodes that stop being ready.
- **Autoscaling**: the cluster autoscaler scales MachineDeployments between the sizes in their annotations.

## Files

- ${codeSpan('cluster.yaml')}: the cluster's Namespace, the ${codeSpan(
    'Cluster',
  )} and its ${codeSpan('Metal3Cluster')}, the ${codeSpan(
    'KubeadmControlPlane',
  )} (three members in production, one elsewhere) with its ${codeSpan(
    'Metal3MachineTemplate',
  )}, a ${codeSpan('Metal3DataTemplate')}, per node group a ${codeSpan(
    'MachineDeployment',
  )} with its ${codeSpan('Metal3MachineTemplate')} and ${codeSpan(
    'KubeadmConfigTemplate',
  )}, and the ${codeSpan('MachineHealthCheck')}s.
- ${codeSpan('components.yaml')}: one ${codeSpan(
    'HelmChartProxy',
  )} per Helm release (the cluster autoscaler and the chosen components), installed by the Cluster API Addon Provider for Helm into the cluster labelled ${codeSpan(
    CLUSTER_SELECTOR_LABEL,
  )}. Set each ${codeSpan(
    'spec.version',
  )} to the chart version that ships the application version in its annotation.

## What the data centre provides

A management cluster with Cluster API, the kubeadm providers, Metal3 (its Cluster API provider, the Bare Metal Operator and Ironic) and the Helm addon provider: ${codeSpan(
    'clusterctl init --infrastructure metal3 --addon helm',
  )}.

BareMetalHosts enrolled in each cluster's namespace and labelled for the role they may take. Rolling upgrades add a machine before removing one, hence a spare host per group:

${hostsTable(design)}

The values of the variables in ${codeSpan('cluster.yaml')}:

${variables}

## Applying

\`\`\`sh
${commands.join('\n')}
\`\`\`

Once the cluster is up, move its resources into it with ${codeSpan(
    'clusterctl move',
  )} (Metal3's pivot): the cluster then manages itself, and the cluster autoscaler inside it (${codeSpan(
    'clusterAPIMode: incluster-incluster',
  )}) finds its own MachineDeployments.

## Upgrades

The contract upgrades the control plane, the worker nodes and the monitoring and logging platforms within ${
    UPGRADE_TERMS.daysAfterEndOfLife
  } days after the end of life of the version they run. With the ${escapeMarkdown(
    design.upgradeStrategy,
  )} strategy an upgrade path to a new release is available within ${
    UPGRADE_TERMS.upgradePathDays[design.upgradeStrategy]
  } days of it.

- **In place**: build the node image of the new version, set ${codeSpan(
    'IMAGE_URL',
  )} and its checksum, raise ${codeSpan(
    'KubeadmControlPlane.spec.version',
  )}, wait for the control plane, then raise the ${codeSpan(
    'version',
  )} of each MachineDeployment. Machines are replaced one at a time.
- **Side by side**: render the design again under a new environment name for the new release, move the workloads, then delete the old cluster.

## Scaling and health

A MachineDeployment's ${codeSpan(
    'replicas',
  )} is its size at creation; afterwards the cluster autoscaler owns it, within the sizes in its annotations (${codeSpan(
    AUTOSCALER_ANNOTATIONS.minSize,
  )} and ${codeSpan(
    AUTOSCALER_ANNOTATIONS.maxSize,
  )}). A GitOps tool must ignore that field. Nodes carry the label ${codeSpan(
    NODE_GROUP_LABEL,
  )} of their group; MachineHealthChecks replace a node that is not ready for 5 minutes, and stop when 40% of the workers fail at once.
`;
}
