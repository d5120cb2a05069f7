import { parse } from '@cdktf/hcl2json';
import { DetailedDesign } from '@mpk-portal/plugin-mpk-common';
import { renderTerraform } from './terraform';
import { eksDesign, exampleStack } from '../__testUtils__/designFixtures';

const stack = exampleStack();

/** Every file of an environment, parsed by the real HCL parser, by file name. */
async function parsedFiles(
  design: DetailedDesign,
  environmentIndex = 0,
): Promise<Record<string, any>> {
  const environment = design.environments[environmentIndex];
  const files = renderTerraform(design, environment, stack);
  const parsed: Record<string, any> = {};
  for (const file of files) {
    parsed[file.path.split('/').pop()!] = await parse(file.path, file.content);
  }
  return parsed;
}

/** hcl2json answers in Terraform's JSON syntax, where a literal `${` reads `$${`. */
const asJsonTemplate = (literal: string) =>
  literal.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');

describe('renderTerraform', () => {
  it('writes the five files of the environment, under infra/<environment>', () => {
    const design = eksDesign();
    const files = renderTerraform(design, design.environments[1], stack);
    expect(files.map(f => f.path)).toEqual([
      'infra/staging/versions.tf',
      'infra/staging/main.tf',
      'infra/staging/components.tf',
      'infra/staging/variables.tf',
      'infra/staging/outputs.tf',
    ]);
  });

  it('writes files the HCL parser accepts, for every environment', async () => {
    const design = eksDesign();
    for (const [index] of design.environments.entries()) {
      const parsed = await parsedFiles(design, index);
      expect(Object.keys(parsed)).toHaveLength(5);
    }
  });

  it('pins Terraform and the providers the files are written for', async () => {
    const { 'versions.tf': versions } = await parsedFiles(eksDesign());
    const [terraform] = versions.terraform;
    // The oldest Terraform the stack supports.
    expect(terraform.required_version).toBe('>= 1.12');
    expect(terraform.required_providers[0]).toEqual({
      aws: { source: 'hashicorp/aws', version: '>= 5.95, < 6.0' },
      helm: { source: 'hashicorp/helm', version: '>= 2.16, < 3.0' },
      kubernetes: { source: 'hashicorp/kubernetes', version: '>= 2.33, < 3.0' },
    });
  });

  it('creates the EKS cluster of the design: name, release line, region, tags', async () => {
    const { 'main.tf': main } = await parsedFiles(eksDesign());
    expect(main.provider.aws[0].region).toBe('us-east-1');
    const [eks] = main.module.eks;
    expect(eks).toMatchObject({
      source: 'terraform-aws-modules/eks/aws',
      cluster_name: 'initech-prod',
      cluster_version: '1.35',
      vpc_id: '${module.vpc.vpc_id}',
      subnet_ids: '${module.vpc.private_subnets}',
      tags: '${local.tags}',
    });
    expect(main.locals[0].tags).toEqual({
      customer: 'initech',
      environment: 'prod',
      'environment-class': 'production',
      'managed-by': 'mpk',
      'mpk-design': 'initech-platform',
    });
  });

  it('spreads the VPC over three zones, with a NAT gateway per zone only in production', async () => {
    const design = eksDesign();
    const [prod] = (await parsedFiles(design, 0))['main.tf'].module.vpc;
    const [staging] = (await parsedFiles(design, 1))['main.tf'].module.vpc;
    expect(prod.source).toBe('terraform-aws-modules/vpc/aws');
    expect(prod.private_subnets).toHaveLength(3);
    expect(prod.public_subnets).toHaveLength(3);
    expect(prod.azs).toBe('${local.azs}');
    expect(prod.single_nat_gateway).toBe(false);
    expect(staging.single_nat_gateway).toBe(true);
  });

  it('sizes each node group as designed, tagged for the cluster autoscaler', async () => {
    const { 'main.tf': main } = await parsedFiles(eksDesign());
    const groups = main.module.eks[0].eks_managed_node_groups;
    // The parser sorts keys.
    expect(Object.keys(groups)).toEqual(['arm', 'general']);
    expect(groups.general).toMatchObject({
      instance_types: ['m6i.xlarge'],
      ami_type: 'AL2023_x86_64_STANDARD',
      min_size: 3,
      desired_size: 4,
      max_size: 9,
      labels: { 'mpk.io/node-group': 'general' },
      tags: {
        'k8s.io/cluster-autoscaler/enabled': 'true',
        'k8s.io/cluster-autoscaler/initech-prod': 'owned',
      },
    });
    // Graviton instances need the ARM image.
    expect(groups.arm).toMatchObject({
      instance_types: ['m7g.large'],
      ami_type: 'AL2023_ARM_64_STANDARD',
      min_size: 0,
      desired_size: 1,
      max_size: 5,
    });
  });

  it('installs the chosen Helm components and none of the others', async () => {
    const { 'components.tf': components } = await parsedFiles(eksDesign());
    const releases = components.resource.helm_release;
    expect(Object.keys(releases).sort()).toEqual(
      [
        'aws_load_balancer_controller',
        'cluster_autoscaler',
        'fluentd',
        'istio_base',
        'istiod',
        'kube_prometheus_stack',
        'metrics_server',
        'tigera_operator',
        'velero',
      ].sort(),
    );
    expect(releases.cluster_autoscaler[0]).toMatchObject({
      name: 'cluster-autoscaler',
      repository: 'https://kubernetes.github.io/autoscaler',
      chart: 'cluster-autoscaler',
      namespace: 'kube-system',
      version: '${lookup(var.chart_versions, "cluster-autoscaler", null)}',
    });
    expect(releases.istiod[0].depends_on).toEqual([
      '${module.eks}',
      '${helm_release.istio_base}',
    ]);
    // Not chosen: nginx, harbor; Catalog tier: the dashboard; not Helm: sonobuoy.
    for (const absent of ['ingress_nginx', 'harbor', 'kubernetes_dashboard']) {
      expect(releases).not.toHaveProperty(absent);
    }
  });

  it('installs the ingress controller the design chooses', async () => {
    const design = eksDesign();
    design.components = design.components
      .filter(id => id !== 'aws-alb-ingress-controller')
      .concat('nginx-ingress-controller');
    const { 'components.tf': components } = await parsedFiles(design);
    const releases = components.resource.helm_release;
    expect(releases).toHaveProperty('ingress_nginx');
    expect(releases).not.toHaveProperty('aws_load_balancer_controller');
    expect(components.module).not.toHaveProperty(
      'load_balancer_controller_irsa',
    );
  });

  it('gives the autoscaler and the load balancer controller IAM roles of their own', async () => {
    const { 'components.tf': components } = await parsedFiles(eksDesign());
    const autoscalerRole = components.module.cluster_autoscaler_irsa[0];
    expect(autoscalerRole).toMatchObject({
      attach_cluster_autoscaler_policy: true,
      cluster_autoscaler_cluster_names: ['initech-prod'],
      oidc_providers: {
        main: {
          namespace_service_accounts: ['kube-system:cluster-autoscaler'],
        },
      },
    });
    const values = components.resource.helm_release.cluster_autoscaler[0]
      .values[0] as string;
    expect(values).toContain(
      '"eks.amazonaws.com/role-arn" = module.cluster_autoscaler_irsa.iam_role_arn',
    );
    expect(values).toContain('clusterName = "initech-prod"');
  });

  it('lists the chosen technologies it does not install, with the reason', () => {
    const design = eksDesign();
    const components = renderTerraform(design, design.environments[0], stack)[2]
      .content;
    expect(components).toContain(
      '# - Sonobuoy (sonobuoy): run on demand by the sonobuoy CLI',
    );
    expect(components).toContain(
      '# - AWS EBS CSI driver (aws-ebs-csi-driver): an EKS managed add-on',
    );
    expect(components).toContain(
      '# Prometheus 3.5: pin the kube-prometheus-stack',
    );
  });

  it('installs the chosen storage drivers as EKS managed add-ons with their IAM roles', async () => {
    const { 'main.tf': main } = await parsedFiles(eksDesign());
    const addons = main.module.eks[0].cluster_addons;
    expect(Object.keys(addons).sort()).toEqual([
      'aws-ebs-csi-driver',
      'coredns',
      'kube-proxy',
      'vpc-cni',
    ]);
    expect(addons['aws-ebs-csi-driver'].service_account_role_arn).toBe(
      '${module.ebs_csi_irsa.iam_role_arn}',
    );
    expect(main.module.ebs_csi_irsa[0].attach_ebs_csi_policy).toBe(true);
    expect(main.module).not.toHaveProperty('efs_csi_irsa');

    const withEfs = eksDesign();
    withEfs.components.push('aws-efs-csi-driver');
    const efsMain = (await parsedFiles(withEfs))['main.tf'];
    expect(efsMain.module.eks[0].cluster_addons['aws-efs-csi-driver']).toEqual({
      most_recent: true,
      service_account_role_arn: '${module.efs_csi_irsa.iam_role_arn}',
    });
    expect(efsMain.module.efs_csi_irsa[0]).toMatchObject({
      attach_efs_csi_policy: true,
      oidc_providers: {
        main: {
          namespace_service_accounts: ['kube-system:efs-csi-controller-sa'],
        },
      },
    });
  });

  it("uses the customer's AMI when the design chooses it", async () => {
    const design = eksDesign();
    design.components = design.components
      .filter(id => id !== 'aws-ami')
      .concat('customer-ami');
    const files = await parsedFiles(design);
    const groups = files['main.tf'].module.eks[0].eks_managed_node_groups;
    expect(groups.general).toMatchObject({
      ami_id: '${var.customer_ami_id}',
      enable_bootstrap_user_data: true,
    });
    expect(files['variables.tf'].variable).toHaveProperty('customer_ami_id');
    expect(
      (await parsedFiles(eksDesign()))['variables.tf'].variable,
    ).not.toHaveProperty('customer_ami_id');
  });

  it('declares the variables and outputs the files use', async () => {
    const design = eksDesign();
    const text = renderTerraform(design, design.environments[0], stack)
      .map(f => f.content)
      .join('\n');
    const used = new Set([...text.matchAll(/\bvar\.(\w+)/g)].map(m => m[1]));
    const files = await parsedFiles(design);
    expect([...used].sort()).toEqual(
      Object.keys(files['variables.tf'].variable).sort(),
    );
    expect(Object.keys(files['variables.tf'].variable).sort()).toEqual([
      'api_allowed_cidrs',
      'chart_versions',
      'vpc_cidr',
    ]);
    expect(files['outputs.tf'].output.kubeconfig_command[0].value).toBe(
      'aws eks update-kubeconfig --region us-east-1 --name initech-prod',
    );
    expect(files['outputs.tf'].output.cluster_name[0].value).toBe(
      '${module.eks.cluster_name}',
    );
  });

  it('keeps design values with quotes and template sequences literal', async () => {
    const design = eksDesign();
    const hostile = 'us-east-1" } evil = "${file("/etc/passwd")}%{ if 1 }';
    const instanceType = 'm6i.xlarge"]\n${var.x}';
    design.region = hostile;
    design.environments[0].nodeGroups[0].instanceType = instanceType;
    const files = await parsedFiles(design);
    const main = files['main.tf'];
    expect(main.provider.aws[0]).toEqual({ region: asJsonTemplate(hostile) });
    expect(main.provider.aws[0]).not.toHaveProperty('evil');
    expect(
      main.module.eks[0].eks_managed_node_groups.general.instance_types,
    ).toEqual([asJsonTemplate(instanceType)]);
    expect(files['outputs.tf'].output.kubeconfig_command[0].value).toBe(
      asJsonTemplate(
        `aws eks update-kubeconfig --region ${hostile} --name initech-prod`,
      ),
    );
  });

  it('refuses an environment name that would leave the infra folder', () => {
    const design = eksDesign();
    design.environments[0].name = '../../etc';
    expect(() =>
      renderTerraform(design, design.environments[0], stack),
    ).toThrow(/environment "..\/..\/etc"/);
  });
});
