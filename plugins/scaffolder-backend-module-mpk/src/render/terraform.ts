/**
 * Terraform for an EKS environment: the network, the cluster with its node groups, and the Helm
 * releases of the design's components, written through the HCL emitter so that design values stay
 * literal strings.
 */
import {
  DesignEnvironment,
  DetailedDesign,
  StackDefinition,
} from '@mpk-portal/plugin-mpk-common';
import { environmentDirectory, newestVersion } from './designFacts';
import {
  attribute,
  block,
  comment,
  hclCall,
  HclBodyItem,
  hclReference,
  HclValue,
  renderHcl,
} from './hcl';
import { RenderedFile } from './renderedFile';
import { componentsTf } from './terraformComponents';
import { TerraformContext, terraformContext } from './terraformContext';
import { mainTf } from './terraformMain';

// Major versions whose interfaces the files are written against: the v2 Helm provider's
// `kubernetes` block and the v5 AWS provider the v20 EKS module requires.
const PROVIDERS = {
  aws: { source: 'hashicorp/aws', version: '>= 5.95, < 6.0' },
  helm: { source: 'hashicorp/helm', version: '>= 2.16, < 3.0' },
  kubernetes: { source: 'hashicorp/kubernetes', version: '>= 2.33, < 3.0' },
};

// The oldest Terraform the modules accept, when the stack names no Terraform versions.
const FALLBACK_TERRAFORM_VERSION = '1.5';

function versionsTf(stack: StackDefinition): HclBodyItem[] {
  const terraform = stack.technologies.find(tech => tech.id === 'terraform');
  const oldest =
    [...(terraform?.supportedVersions ?? [])].sort((a, b) =>
      a.localeCompare(b, 'en', { numeric: true }),
    )[0] ?? FALLBACK_TERRAFORM_VERSION;
  const newest = newestVersion(terraform?.supportedVersions ?? []);
  return [
    comment(
      [
        `Terraform versions the stack supports: ${oldest}${
          newest && newest !== oldest ? ` to ${newest}` : ''
        }.`,
        'Configure a remote state backend (with locking) before the first apply.',
      ].join('\n'),
      { detached: true },
    ),
    block(
      'terraform',
      [],
      [
        attribute('required_version', `>= ${oldest}`),
        block(
          'required_providers',
          [],
          [
            attribute('aws', PROVIDERS.aws),
            attribute('helm', PROVIDERS.helm),
            attribute('kubernetes', PROVIDERS.kubernetes),
          ],
        ),
      ],
    ),
  ];
}

function variable(
  name: string,
  type: HclValue,
  description: string,
  defaultValue?: HclValue,
): HclBodyItem {
  return block(
    'variable',
    [name],
    [
      attribute('type', type),
      attribute('description', description),
      attribute('default', defaultValue),
    ],
  );
}

function variablesTf(context: TerraformContext): HclBodyItem[] {
  const string = hclReference('string');
  const items = [
    variable(
      'vpc_cidr',
      string,
      'Address range of the VPC; subnets are carved from it',
      '10.0.0.0/16',
    ),
    variable(
      'api_allowed_cidrs',
      hclCall('list', string),
      "Networks allowed to reach the Kubernetes API: the provider's operations network and the customer's",
    ),
    variable(
      'chart_versions',
      hclCall('map', string),
      'Helm chart version per release name; a release without one installs the latest chart',
      {},
    ),
  ];
  if (context.chosen.has('customer-ami')) {
    items.push(
      variable(
        'customer_ami_id',
        string,
        "ID of the customer's worker node AMI, built on Amazon Linux 2023 for this Kubernetes version",
      ),
    );
  }
  return items;
}

function output(name: string, description: string, value: HclValue) {
  return block(
    'output',
    [name],
    [attribute('description', description), attribute('value', value)],
  );
}

function outputsTf(context: TerraformContext): HclBodyItem[] {
  const { clusterName, design } = context;
  const moduleOutput = (path: string) => hclReference(`module.${path}`);
  return [
    output(
      'cluster_name',
      'Name of the EKS cluster',
      moduleOutput('eks.cluster_name'),
    ),
    output(
      'cluster_endpoint',
      'URL of the Kubernetes API',
      moduleOutput('eks.cluster_endpoint'),
    ),
    output(
      'cluster_version',
      'Kubernetes release line of the control plane',
      moduleOutput('eks.cluster_version'),
    ),
    output(
      'oidc_provider_arn',
      'OIDC provider of the cluster, for IAM roles of service accounts',
      moduleOutput('eks.oidc_provider_arn'),
    ),
    output('vpc_id', 'ID of the VPC', moduleOutput('vpc.vpc_id')),
    output(
      'kubeconfig_command',
      'Adds the cluster to the local kubeconfig',
      `aws eks update-kubeconfig --region ${design.region} --name ${clusterName}`,
    ),
  ];
}

/**
 * The Terraform of one EKS environment, in `infra/<environment>/`: `versions.tf`, `main.tf`
 * (VPC and EKS cluster with its node groups), `components.tf` (the Helm releases),
 * `variables.tf` and `outputs.tf`.
 * @public
 */
export function renderTerraform(
  design: DetailedDesign,
  environment: DesignEnvironment,
  stack: StackDefinition,
): RenderedFile[] {
  const directory = environmentDirectory(environment);
  const context = terraformContext(design, environment, stack);
  const files: [string, HclBodyItem[]][] = [
    ['versions.tf', versionsTf(stack)],
    ['main.tf', mainTf(context)],
    ['components.tf', componentsTf(context)],
    ['variables.tf', variablesTf(context)],
    ['outputs.tf', outputsTf(context)],
  ];
  return files.map(([name, items]) => ({
    path: `${directory}/${name}`,
    content: renderHcl(items),
  }));
}
