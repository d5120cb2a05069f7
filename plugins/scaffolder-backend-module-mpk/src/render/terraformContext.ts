import {
  clusterNameOf,
  DesignEnvironment,
  DetailedDesign,
  StackDefinition,
} from '@mpk-portal/plugin-mpk-common';
import { ComponentPlan, planComponents } from './componentPlan';
import { attribute, block, HclBodyItem, hclReference, HclValue } from './hcl';

/** What the Terraform files of one environment are rendered from. */
export interface TerraformContext {
  design: DetailedDesign;
  environment: DesignEnvironment;
  clusterName: string;
  chosen: ReadonlySet<string>;
  plan: ComponentPlan;
}

/** Gathers what every Terraform file of an environment needs. */
export function terraformContext(
  design: DetailedDesign,
  environment: DesignEnvironment,
  stack: StackDefinition,
): TerraformContext {
  return {
    design,
    environment,
    clusterName: clusterNameOf(design, environment),
    chosen: new Set(design.components),
    plan: planComponents(design, environment, stack),
  };
}

/** `local.tags`: the tags every AWS resource of the cluster carries. */
export const TAGS = hclReference('local.tags');

// IAM role names are at most 64 characters, and cluster names may take 63 of them.
const IAM_ROLE_NAME_MAX = 64;

/**
 * An IAM role that a Kubernetes service account assumes through the cluster's OIDC provider
 * (IRSA), from the terraform-aws-modules IAM module, with one of its ready-made policies.
 */
export function serviceAccountRole(
  context: TerraformContext,
  options: {
    label: string;
    purpose: string;
    policy: Record<string, HclValue>;
    serviceAccount: string;
  },
): HclBodyItem {
  const roleName = `${context.clusterName.slice(
    0,
    IAM_ROLE_NAME_MAX - options.purpose.length - 1,
  )}-${options.purpose}`;
  return block(
    'module',
    [options.label],
    [
      attribute(
        'source',
        'terraform-aws-modules/iam/aws//modules/iam-role-for-service-accounts-eks',
      ),
      attribute('version', '~> 5.30'),
      attribute('role_name', roleName),
      ...Object.entries(options.policy).map(([name, value]) =>
        attribute(name, value),
      ),
      attribute('oidc_providers', {
        main: {
          provider_arn: hclReference('module.eks.oidc_provider_arn'),
          namespace_service_accounts: [options.serviceAccount],
        },
      }),
      attribute('tags', TAGS),
    ],
  );
}
