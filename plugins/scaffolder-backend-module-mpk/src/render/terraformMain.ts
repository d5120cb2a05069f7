import { NodeGroup } from '@mpk-portal/plugin-mpk-common';
import { EKS_MANAGED_ADDONS } from './componentPlan';
import { releaseLineOf } from './designFacts';
import {
  attribute,
  block,
  comment,
  hclCall,
  HclBodyItem,
  hclReference,
  HclValue,
} from './hcl';
import { serviceAccountRole, TAGS, TerraformContext } from './terraformContext';

const AVAILABILITY_ZONES = 3;

// Graviton instance families carry a `g` after their generation: m7g, c7gn, r8gd, t4g, is4gen.
const ARM_INSTANCE_TYPE = /^[a-z]+\d+[a-z]*g[a-z]*\./;

function amiType(instanceType: string): string {
  return ARM_INSTANCE_TYPE.test(instanceType)
    ? 'AL2023_ARM_64_STANDARD'
    : 'AL2023_x86_64_STANDARD';
}

/** Both credentials blocks: the API server and a token from the AWS CLI, always fresh. */
function kubernetesConnection(context: TerraformContext): HclBodyItem[] {
  return [
    attribute('host', hclReference('module.eks.cluster_endpoint')),
    attribute(
      'cluster_ca_certificate',
      hclCall(
        'base64decode',
        hclReference('module.eks.cluster_certificate_authority_data'),
      ),
    ),
    block(
      'exec',
      [],
      [
        attribute('api_version', 'client.authentication.k8s.io/v1beta1'),
        attribute('command', 'aws'),
        attribute('args', [
          'eks',
          'get-token',
          '--cluster-name',
          hclReference('module.eks.cluster_name'),
          '--region',
          context.design.region,
        ]),
      ],
    ),
  ];
}

function providers(context: TerraformContext): HclBodyItem[] {
  return [
    block('provider', ['aws'], [attribute('region', context.design.region)]),
    block('provider', ['kubernetes'], kubernetesConnection(context)),
    block(
      'provider',
      ['helm'],
      [block('kubernetes', [], kubernetesConnection(context))],
    ),
  ];
}

function locals(context: TerraformContext): HclBodyItem[] {
  const { design, environment } = context;
  return [
    block(
      'data',
      ['aws_availability_zones', 'available'],
      [attribute('state', 'available')],
    ),
    block(
      'locals',
      [],
      [
        attribute(
          'azs',
          hclCall(
            'slice',
            hclReference('data.aws_availability_zones.available.names'),
            0,
            AVAILABILITY_ZONES,
          ),
        ),
        attribute('tags', {
          customer: design.customer,
          environment: environment.name,
          'environment-class': environment.class,
          'managed-by': 'mpk',
          'mpk-design': design.name,
        }),
      ],
    ),
  ];
}

function subnets(newBits: number, firstNetwork: number): HclValue[] {
  return Array.from({ length: AVAILABILITY_ZONES }, (_, index) =>
    hclCall(
      'cidrsubnet',
      hclReference('var.vpc_cidr'),
      newBits,
      firstNetwork + index,
    ),
  );
}

function vpc(context: TerraformContext): HclBodyItem[] {
  const production = context.environment.class === 'production';
  return [
    comment(
      'Private subnets (/20) hold the nodes, public ones (/24) the load balancers, in 3 zones.',
    ),
    block(
      'module',
      ['vpc'],
      [
        attribute('source', 'terraform-aws-modules/vpc/aws'),
        attribute('version', '~> 5.16'),
        attribute('name', context.clusterName),
        attribute('cidr', hclReference('var.vpc_cidr')),
        attribute('azs', hclReference('local.azs')),
        attribute('private_subnets', subnets(4, 0)),
        attribute('public_subnets', subnets(8, 48)),
        attribute('enable_nat_gateway', true),
        // One NAT gateway per zone keeps production reachable when a zone fails.
        attribute('single_nat_gateway', !production),
        attribute('one_nat_gateway_per_az', production),
        attribute('public_subnet_tags', { 'kubernetes.io/role/elb': 1 }),
        attribute('private_subnet_tags', {
          'kubernetes.io/role/internal-elb': 1,
        }),
        attribute('tags', TAGS),
      ],
    ),
  ];
}

function nodeGroup(context: TerraformContext, group: NodeGroup): HclValue {
  const customAmi = context.chosen.has('customer-ami');
  return {
    instance_types: [group.instanceType],
    ami_type: amiType(group.instanceType),
    ami_id: customAmi ? hclReference('var.customer_ami_id') : undefined,
    // With a custom AMI, the module writes the nodeadm bootstrap configuration itself.
    enable_bootstrap_user_data: customAmi ? true : undefined,
    min_size: group.minSize,
    max_size: group.maxSize,
    // Used at creation only: the module ignores later changes, the autoscaler owns the size.
    desired_size: group.desiredSize,
    labels: { 'mpk.io/node-group': group.name },
    // EKS tags the Auto Scaling groups for discovery too; these state the intent in the code.
    tags: {
      'k8s.io/cluster-autoscaler/enabled': 'true',
      [`k8s.io/cluster-autoscaler/${context.clusterName}`]: 'owned',
    },
  };
}

/** The storage drivers EKS runs as add-ons, and the IAM role each one's controller needs. */
const STORAGE_DRIVERS: Record<
  string,
  { label: string; purpose: string; policy: string; serviceAccount: string }
> = {
  'aws-ebs-csi-driver': {
    label: 'ebs_csi_irsa',
    purpose: 'ebs-csi',
    policy: 'attach_ebs_csi_policy',
    serviceAccount: 'kube-system:ebs-csi-controller-sa',
  },
  'aws-efs-csi-driver': {
    label: 'efs_csi_irsa',
    purpose: 'efs-csi',
    policy: 'attach_efs_csi_policy',
    serviceAccount: 'kube-system:efs-csi-controller-sa',
  },
};

function chosenStorageDrivers(context: TerraformContext) {
  return Object.entries(STORAGE_DRIVERS).filter(([id]) =>
    context.chosen.has(id),
  );
}

function clusterAddons(context: TerraformContext): HclValue {
  const addons: Record<string, HclValue> = {
    // Managed by EKS so that their versions follow the control plane on upgrades.
    coredns: { most_recent: true },
    'kube-proxy': { most_recent: true },
    'vpc-cni': { most_recent: true, before_compute: true },
  };
  for (const [id, driver] of chosenStorageDrivers(context)) {
    addons[EKS_MANAGED_ADDONS[id]] = {
      most_recent: true,
      service_account_role_arn: hclReference(
        `module.${driver.label}.iam_role_arn`,
      ),
    };
  }
  return addons;
}

function storageDriverRoles(context: TerraformContext): HclBodyItem[] {
  return chosenStorageDrivers(context).map(([, driver]) =>
    serviceAccountRole(context, {
      label: driver.label,
      purpose: driver.purpose,
      policy: { [driver.policy]: true },
      serviceAccount: driver.serviceAccount,
    }),
  );
}

function eks(context: TerraformContext): HclBodyItem[] {
  const groups = Object.fromEntries(
    context.environment.nodeGroups.map(group => [
      group.name,
      nodeGroup(context, group),
    ]),
  );
  return [
    block(
      'module',
      ['eks'],
      [
        attribute('source', 'terraform-aws-modules/eks/aws'),
        // v20: v21 renamed cluster_name and cluster_version.
        attribute('version', '~> 20.31'),
        attribute('cluster_name', context.clusterName),
        attribute('cluster_version', releaseLineOf(context.design)),
        attribute('cluster_endpoint_public_access', true),
        attribute(
          'cluster_endpoint_public_access_cidrs',
          hclReference('var.api_allowed_cidrs'),
        ),
        // Terraform itself installs the Helm releases, so its identity needs access to the API.
        attribute('enable_cluster_creator_admin_permissions', true),
        attribute('vpc_id', hclReference('module.vpc.vpc_id')),
        attribute('subnet_ids', hclReference('module.vpc.private_subnets')),
        attribute('cluster_addons', clusterAddons(context)),
        attribute('eks_managed_node_groups', groups),
        attribute('tags', TAGS),
      ],
    ),
    ...storageDriverRoles(context),
  ];
}

/** `main.tf`: the providers, the network and the EKS cluster with its node groups. */
export function mainTf(context: TerraformContext): HclBodyItem[] {
  return [
    ...providers(context),
    ...locals(context),
    ...vpc(context),
    ...eks(context),
  ];
}
