import { DetailedDesign } from '@mpk-portal/plugin-mpk-common';
import yaml from 'yaml';
import { renderClusterApi } from './clusterApi';
import { bareMetalDesign, exampleStack } from '../__testUtils__/designFixtures';

const stack = exampleStack();

type Resource = {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  spec?: any;
};

function resources(content: string): Resource[] {
  const documents = yaml.parseAllDocuments(content);
  for (const document of documents) {
    expect(document.errors).toEqual([]);
  }
  return documents.map(document => document.toJS() as Resource);
}

function render(design: DetailedDesign = bareMetalDesign(), index = 0) {
  const files = renderClusterApi(design, design.environments[index], stack);
  const byPath = Object.fromEntries(files.map(f => [f.path, f.content]));
  const name = design.environments[index].name;
  return {
    files,
    cluster: resources(byPath[`infra/${name}/cluster.yaml`]),
    components: resources(byPath[`infra/${name}/components.yaml`]),
    readme: byPath['infra/README.md'],
  };
}

const ofKind = (list: Resource[], kind: string) =>
  list.filter(resource => resource.kind === kind);

const find = (list: Resource[], kind: string, name: string) =>
  list.find(r => r.kind === kind && r.metadata.name === name);

describe('renderClusterApi', () => {
  it('writes the cluster, its components and the README explaining the format', () => {
    expect(render().files.map(f => f.path)).toEqual([
      'infra/prod/cluster.yaml',
      'infra/prod/components.yaml',
      'infra/README.md',
    ]);
  });

  it('declares every resource of a Metal3 cluster with its Cluster API version', () => {
    const { cluster } = render();
    const kinds = cluster.map(r => `${r.apiVersion} ${r.kind}`);
    expect(new Set(kinds)).toEqual(
      new Set([
        'v1 Namespace',
        'cluster.x-k8s.io/v1beta1 Cluster',
        'infrastructure.cluster.x-k8s.io/v1beta1 Metal3Cluster',
        'controlplane.cluster.x-k8s.io/v1beta1 KubeadmControlPlane',
        'infrastructure.cluster.x-k8s.io/v1beta1 Metal3MachineTemplate',
        'infrastructure.cluster.x-k8s.io/v1beta1 Metal3DataTemplate',
        'cluster.x-k8s.io/v1beta1 MachineDeployment',
        'bootstrap.cluster.x-k8s.io/v1beta1 KubeadmConfigTemplate',
        'cluster.x-k8s.io/v1beta1 MachineHealthCheck',
      ]),
    );
    // All in the cluster's own namespace, where its hosts are enrolled.
    for (const resource of cluster.filter(r => r.kind !== 'Namespace')) {
      expect(resource.metadata.namespace).toBe('globex-prod');
    }
  });

  it("runs the design's release line, with three control-plane members in production only", () => {
    const prod = render().cluster;
    const staging = render(bareMetalDesign(), 1).cluster;
    const [prodControlPlane] = ofKind(prod, 'KubeadmControlPlane');
    const [stagingControlPlane] = ofKind(staging, 'KubeadmControlPlane');
    expect(prodControlPlane.spec).toMatchObject({
      version: 'v1.36.0',
      replicas: 3,
    });
    expect(stagingControlPlane.spec).toMatchObject({
      version: 'v1.36.0',
      replicas: 1,
    });
    for (const deployment of ofKind(prod, 'MachineDeployment')) {
      expect(deployment.spec.template.spec.version).toBe('v1.36.0');
    }
    // The control plane is remediated only where etcd keeps quorum.
    expect(ofKind(prod, 'MachineHealthCheck')).toHaveLength(2);
    expect(ofKind(staging, 'MachineHealthCheck')).toHaveLength(1);
  });

  it('sizes one MachineDeployment per node group, with the autoscaler range', () => {
    const deployments = ofKind(render().cluster, 'MachineDeployment');
    expect(
      deployments.map(d => ({
        name: d.metadata.name,
        replicas: d.spec.replicas,
        min: d.metadata.annotations?.[
          'cluster.x-k8s.io/cluster-api-autoscaler-node-group-min-size'
        ],
        max: d.metadata.annotations?.[
          'cluster.x-k8s.io/cluster-api-autoscaler-node-group-max-size'
        ],
      })),
    ).toEqual([
      { name: 'globex-prod-general', replicas: 3, min: '3', max: '6' },
      { name: 'globex-prod-storage', replicas: 2, min: '2', max: '4' },
    ]);
  });

  it('references only resources the file declares', () => {
    const { cluster } = render();
    const declared = (apiVersion: string, kind: string, name: string) =>
      cluster.some(
        r =>
          r.apiVersion === apiVersion &&
          r.kind === kind &&
          r.metadata.name === name,
      );
    const [theCluster] = ofKind(cluster, 'Cluster');
    const refs = [
      theCluster.spec.controlPlaneRef,
      theCluster.spec.infrastructureRef,
      ...ofKind(cluster, 'KubeadmControlPlane').map(
        c => c.spec.machineTemplate.infrastructureRef,
      ),
      ...ofKind(cluster, 'MachineDeployment').flatMap(d => [
        d.spec.template.spec.bootstrap.configRef,
        d.spec.template.spec.infrastructureRef,
      ]),
    ];
    expect(refs).toHaveLength(7);
    for (const ref of refs) {
      expect(declared(ref.apiVersion, ref.kind, ref.name)).toBe(true);
    }
    for (const template of ofKind(cluster, 'Metal3MachineTemplate')) {
      const dataTemplate = template.spec.template.spec.dataTemplate.name;
      expect(find(cluster, 'Metal3DataTemplate', dataTemplate)).toBeDefined();
    }
    // A deployment's selector must match the machines its template makes.
    for (const deployment of ofKind(cluster, 'MachineDeployment')) {
      expect(deployment.spec.template.metadata.labels).toMatchObject(
        deployment.spec.selector.matchLabels,
      );
      expect(deployment.spec.clusterName).toBe(theCluster.metadata.name);
    }
  });

  it('provisions each node group on hosts of its server profile, labelled as its nodes', () => {
    const { cluster } = render();
    const template = find(
      cluster,
      'Metal3MachineTemplate',
      'globex-prod-storage',
    );
    expect(template?.spec.template.spec.hostSelector.matchLabels).toEqual({
      'mpk.io/role': 'worker',
      'mpk.io/server-profile': 'r740xd-512g',
    });
    const bootstrap = find(
      cluster,
      'KubeadmConfigTemplate',
      'globex-prod-storage',
    );
    expect(
      bootstrap?.spec.template.spec.joinConfiguration.nodeRegistration
        .kubeletExtraArgs['node-labels'],
    ).toBe('mpk.io/node-group=storage');
  });

  it('leaves the data-centre facts to clusterctl variables', () => {
    const design = bareMetalDesign();
    const content = renderClusterApi(design, design.environments[0], stack)[0]
      .content;
    const variables = new Set(
      [...content.matchAll(/\$\{(\w+)\}/g)].map(match => match[1]),
    );
    expect([...variables].sort()).toEqual([
      'CLUSTER_APIENDPOINT_HOST',
      'IMAGE_CHECKSUM',
      'IMAGE_CHECKSUM_TYPE',
      'IMAGE_FORMAT',
      'IMAGE_URL',
    ]);
    const { readme } = render();
    for (const name of variables) expect(readme).toContain(name);
  });

  it('installs each Helm release with a HelmChartProxy that selects the cluster', () => {
    const { components, cluster } = render();
    const [theCluster] = ofKind(cluster, 'Cluster');
    expect(components.every(r => r.kind === 'HelmChartProxy')).toBe(true);
    expect(
      components.every(
        r => r.apiVersion === 'addons.cluster.x-k8s.io/v1alpha1',
      ),
    ).toBe(true);
    for (const proxy of components) {
      expect(theCluster.metadata.labels).toMatchObject(
        proxy.spec.clusterSelector.matchLabels,
      );
    }
    expect(components.map(p => p.spec.releaseName)).toEqual([
      'cluster-autoscaler',
      'kube-prometheus-stack',
      'metrics-server',
      'fluentd',
      'harbor',
      'ingress-nginx',
      'metallb',
      'tigera-operator',
      'velero',
    ]);
    const autoscaler = components[0];
    expect(autoscaler.spec).toMatchObject({
      repoURL: 'https://kubernetes.github.io/autoscaler',
      chartName: 'cluster-autoscaler',
      namespace: 'kube-system',
    });
    expect(yaml.parse(autoscaler.spec.valuesTemplate)).toEqual({
      cloudProvider: 'clusterapi',
      clusterAPIMode: 'incluster-incluster',
      autoDiscovery: { clusterName: 'globex-prod' },
    });
    // Catalog tier: NetApp is the customer's to deploy.
    expect(components.map(p => p.spec.chartName)).not.toContain(
      'trident-operator',
    );
    expect(
      components.find(p => p.spec.chartName === 'harbor')?.metadata
        .annotations?.['mpk.io/app-version'],
    ).toBe('2.14');
  });

  it('lists the chosen technologies that are not Helm releases in a comment', () => {
    const design = bareMetalDesign();
    const components = renderClusterApi(
      design,
      design.environments[0],
      stack,
    )[1].content;
    expect(components).toMatch(
      /^# - CoreDNS \(coredns\): installed by kubeadm with the control plane$/m,
    );
    expect(components).toMatch(
      /^# - NetApp CSI driver \(netapp-csi-driver\): Catalog tier/m,
    );
  });

  it('quotes values that YAML 1.1 readers such as kubectl would take for booleans', () => {
    const design = bareMetalDesign();
    design.environments[0].nodeGroups[0].name = 'on';
    design.environments[0].nodeGroups[0].instanceType = 'yes';
    const { cluster } = render(design);
    const content = renderClusterApi(design, design.environments[0], stack)[0]
      .content;
    expect(content).toContain('mpk.io/server-profile: "yes"');
    expect(
      find(cluster, 'MachineDeployment', 'globex-prod-on')?.metadata.labels?.[
        'mpk.io/node-group'
      ],
    ).toBe('on');
  });

  it('refuses values Kubernetes would reject or clusterctl would substitute', () => {
    const design = bareMetalDesign();
    design.environments[0].nodeGroups[0].instanceType = 'r640 ${HOME}';
    expect(() => render(design)).toThrow(
      /server profile "r640 \$\{HOME\}" must be a Kubernetes label value/,
    );
    const badVersion = bareMetalDesign();
    badVersion.kubernetesVersion = 'latest';
    expect(() => render(badVersion)).toThrow(/kubernetesVersion "latest"/);
    const badGroup = bareMetalDesign();
    badGroup.environments[0].nodeGroups[0].name = 'Big_Nodes';
    expect(() => render(badGroup)).toThrow(/node group "Big_Nodes"/);
  });

  it('explains the choice of Cluster API with Metal3 in the README', () => {
    const { readme } = render();
    expect(readme).toContain('## Why Cluster API with Metal3');
    expect(readme).toContain('`KubeadmControlPlane.spec.version`');
    for (const name of ['globex-prod', 'globex-staging']) {
      expect(readme).toContain(name);
    }
    expect(readme).toContain(
      'clusterctl generate yaml --from infra/staging/cluster.yaml | kubectl apply -f -',
    );
  });
});
