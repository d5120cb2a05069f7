import { designChanges } from './designChanges';
import { DetailedDesign, detailedDesignSchema } from './detailedDesign';

const base: DetailedDesign = detailedDesignSchema.parse({
  name: 'acme-platform',
  customer: 'acme',
  owner: 'group:default/pod-blue',
  platform: 'eks',
  region: 'us-east-1',
  kubernetesVersion: '1.32',
  environments: [
    {
      name: 'prod',
      class: 'production',
      nodeGroups: [
        {
          name: 'workers',
          instanceType: 'm6i.xlarge',
          minSize: 3,
          desiredSize: 3,
          maxSize: 6,
        },
      ],
    },
  ],
  components: ['cert-manager', 'aws-ebs-csi-driver'],
});

const withChanges = (change: (d: DetailedDesign) => void): DetailedDesign => {
  const next = structuredClone(base);
  change(next);
  return next;
};

describe('designChanges', () => {
  it('finds nothing between a design and itself, nor in a change of order alone', () => {
    expect(designChanges(base, structuredClone(base))).toEqual([]);
    expect(
      designChanges(
        base,
        withChanges(d => d.components.reverse()),
      ),
    ).toEqual([]);
  });

  it('tells each change of the design in one sentence', () => {
    const next = withChanges(d => {
      d.kubernetesVersion = '1.33';
      d.region = 'us-west-2';
      d.upgradeStrategy = 'in-place';
      d.environments[0].nodeGroups[0].desiredSize = 5;
      d.environments[0].nodeGroups[0].maxSize = 10;
      d.environments[0].nodeGroups[0].minSize = 2;
      d.environments[0].nodeGroups[0].instanceType = 'm6i.2xlarge';
      d.environments[0].nodeGroups.push({
        name: 'gpu',
        instanceType: 'g5.xlarge',
        minSize: 0,
        desiredSize: 1,
        maxSize: 2,
      });
      d.environments.push({
        name: 'staging',
        class: 'non-production',
        nodeGroups: [base.environments[0].nodeGroups[0]],
      });
      d.components = ['cert-manager', 'velero'];
    });
    expect(designChanges(base, next)).toEqual([
      'region us-east-1 → us-west-2',
      'Kubernetes version 1.32 → 1.33',
      'upgrade strategy side-by-side → in-place',
      'environment staging added',
      'node group gpu of prod added (g5.xlarge, 1 node at creation, 0 to 2)',
      'node group workers of prod: instance type m6i.xlarge → m6i.2xlarge',
      'node group workers of prod: 3 → 5 nodes at creation',
      'node group workers of prod: at least 3 → 2 nodes',
      'node group workers of prod: at most 6 → 10 nodes',
      'component aws-ebs-csi-driver removed',
      'component velero added',
    ]);
  });

  it('tells removed environments and node groups, a change of class, pod and platform', () => {
    const previous = withChanges(d => {
      d.environments.push({
        name: 'staging',
        class: 'non-production',
        nodeGroups: [base.environments[0].nodeGroups[0]],
      });
      d.environments[0].nodeGroups.push({
        name: 'gpu',
        instanceType: 'g5.xlarge',
        minSize: 0,
        desiredSize: 1,
        maxSize: 2,
      });
    });
    const next = withChanges(d => {
      d.owner = 'group:default/pod-green';
      d.platform = 'rpc-k';
      d.environments[0].class = 'non-production';
      d.acknowledgeNotQualified = true;
    });
    expect(designChanges(previous, next)).toEqual([
      'support pod group:default/pod-blue → group:default/pod-green',
      'platform EKS → RPC-K',
      'environment staging removed',
      'environment prod: production → non-production',
      'node group gpu of prod removed',
      'going ahead without a non-production environment acknowledged: not qualified, the upgrade deadlines are not guaranteed',
    ]);
    expect(designChanges(next, base)).toContain(
      'the acknowledgement of going ahead without a non-production environment withdrawn',
    );
  });
});
