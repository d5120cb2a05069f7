import { planComponents } from './componentPlan';
import { HELM_CHARTS } from './helmCharts';
import {
  bareMetalDesign,
  eksDesign,
  exampleStack,
} from '../__testUtils__/designFixtures';

const stack = exampleStack();

function plan(design = eksDesign()) {
  return planComponents(design, design.environments[0], stack);
}

const releaseNames = (design = eksDesign()) =>
  plan(design).releases.map(release => release.name);

describe('planComponents', () => {
  it('always installs the cluster autoscaler, first, for the Kubernetes minor version', () => {
    const [autoscaler] = plan().releases;
    expect(autoscaler).toMatchObject({
      name: 'cluster-autoscaler',
      ...HELM_CHARTS.clusterAutoscaler,
      appVersion: '1.35.x',
      values: {
        cloudProvider: 'aws',
        awsRegion: 'us-east-1',
        autoDiscovery: { clusterName: 'initech-prod' },
      },
    });
    const design = eksDesign();
    design.components = [];
    expect(releaseNames(design)).toEqual(['cluster-autoscaler']);
  });

  it('scales Cluster API machine deployments on bare metal', () => {
    const [autoscaler] = plan(bareMetalDesign()).releases;
    expect(autoscaler.values).toEqual({
      cloudProvider: 'clusterapi',
      clusterAPIMode: 'incluster-incluster',
      autoDiscovery: { clusterName: 'globex-prod' },
    });
  });

  it('installs each chosen Helm-deployed technology with the newest version the stack supports', () => {
    const releases = plan().releases;
    const prometheus = releases.find(r => r.technologyId === 'prometheus');
    expect(prometheus).toMatchObject({
      chart: 'kube-prometheus-stack',
      appVersion: '3.5',
      values: { alertmanager: { enabled: true }, grafana: { enabled: true } },
    });
    expect(releaseNames()).toEqual([
      'cluster-autoscaler',
      'kube-prometheus-stack',
      'metrics-server',
      'fluentd',
      'aws-load-balancer-controller',
      'istio-base',
      'istiod',
      'tigera-operator',
      'velero',
    ]);
    expect(releases.find(r => r.name === 'istiod')?.after).toEqual([
      'istio-base',
    ]);
  });

  it('gives a reason for every chosen technology it does not install with Helm', () => {
    const { outsideHelm, releases } = plan();
    const installed = new Set(releases.map(r => r.technologyId));
    const design = eksDesign();
    const accounted = new Set([
      ...installed,
      ...outsideHelm.map(t => t.technologyId),
    ]);
    expect(design.components.filter(id => !accounted.has(id))).toEqual([]);
    const reasons = Object.fromEntries(
      outsideHelm.map(t => [t.technologyId, t.reason]),
    );
    expect(reasons).toMatchObject({
      terraform: expect.stringContaining('tool'),
      'aws-ebs-csi-driver': expect.stringContaining('EKS managed add-on'),
      grafana: expect.stringContaining('kube-prometheus-stack'),
      // Catalog tier is the customer's to deploy.
      'kubernetes-dashboard': expect.stringMatching(
        /^Catalog tier: deployed and configured by the customer$/,
      ),
    });
  });

  it('installs Grafana and Alertmanager on their own when Prometheus is not chosen', () => {
    const design = eksDesign();
    design.components = ['grafana', 'alertmanager'];
    expect(releaseNames(design)).toEqual([
      'cluster-autoscaler',
      'alertmanager',
      'grafana',
    ]);
  });

  it('configures Calico for the platform: policy only on EKS, the pod network on bare metal', () => {
    const calico = (design = eksDesign()) =>
      plan(design).releases.find(r => r.technologyId === 'calico')?.values;
    expect(calico()).toEqual({ installation: { kubernetesProvider: 'EKS' } });
    expect(calico(bareMetalDesign())).toEqual({
      installation: { calicoNetwork: { ipPools: [{ cidr: '10.244.0.0/16' }] } },
    });
  });

  it('leaves out technologies that do not run on the platform', () => {
    const design = bareMetalDesign();
    design.components.push('aws-alb-ingress-controller');
    const skipped = plan(design).outsideHelm.find(
      t => t.technologyId === 'aws-alb-ingress-controller',
    );
    expect(skipped?.reason).toMatch(/does not run on Rackspace Kubernetes/);
    expect(releaseNames(design)).not.toContain('aws-load-balancer-controller');
  });
});
