import { HelmReleasePlan } from './componentPlan';
import {
  attribute,
  block,
  comment,
  hclCall,
  HclBodyItem,
  HclExpression,
  hclReference,
  HclValue,
} from './hcl';
import { serviceAccountRole, TerraformContext } from './terraformContext';

type HclObject = { [key: string]: HclValue | undefined };

const ROLE_ARN_ANNOTATION = 'eks.amazonaws.com/role-arn';

function isObject(value: unknown): value is HclObject {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof HclExpression)
  );
}

/** Deep-merges Terraform-only values (references to other resources) into a release's values. */
function merge(base: HclObject, extra: HclObject): HclObject {
  const merged: HclObject = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = merged[key];
    merged[key] =
      isObject(current) && isObject(value) ? merge(current, value) : value;
  }
  return merged;
}

/** The IAM role and the values that give a release's service account AWS permissions. */
interface AwsAccess {
  role: HclBodyItem;
  values: HclObject;
}

function awsAccess(
  context: TerraformContext,
  release: HelmReleasePlan,
): AwsAccess | undefined {
  const roleArn = (label: string) => ({
    [ROLE_ARN_ANNOTATION]: hclReference(`module.${label}.iam_role_arn`),
  });
  if (release.name === 'cluster-autoscaler') {
    return {
      role: serviceAccountRole(context, {
        label: 'cluster_autoscaler_irsa',
        purpose: 'cluster-autoscaler',
        policy: {
          attach_cluster_autoscaler_policy: true,
          cluster_autoscaler_cluster_names: [context.clusterName],
        },
        serviceAccount: 'kube-system:cluster-autoscaler',
      }),
      values: {
        rbac: {
          serviceAccount: { annotations: roleArn('cluster_autoscaler_irsa') },
        },
      },
    };
  }
  if (release.name === 'aws-load-balancer-controller') {
    return {
      role: serviceAccountRole(context, {
        label: 'load_balancer_controller_irsa',
        purpose: 'load-balancer-controller',
        policy: { attach_load_balancer_controller_policy: true },
        serviceAccount: 'kube-system:aws-load-balancer-controller',
      }),
      values: {
        vpcId: hclReference('module.vpc.vpc_id'),
        serviceAccount: {
          annotations: roleArn('load_balancer_controller_irsa'),
        },
      },
    };
  }
  return undefined;
}

/** `helm_release` resource names: Terraform identifiers read better with underscores. */
function resourceName(release: HelmReleasePlan): string {
  return release.name.replace(/-/g, '_');
}

function versionNote(release: HelmReleasePlan): string {
  const app = release.appVersion
    ? `${release.title} ${release.appVersion}`
    : release.title;
  return `${app}: pin the ${release.chart} chart version that ships it in var.chart_versions["${release.name}"].`;
}

function helmRelease(
  release: HelmReleasePlan,
  access: AwsAccess | undefined,
): HclBodyItem[] {
  const values = merge(release.values, access?.values ?? {});
  const after = (release.after ?? []).map(name =>
    hclReference(`helm_release.${name.replace(/-/g, '_')}`),
  );
  return [
    comment(versionNote(release)),
    block(
      'resource',
      ['helm_release', resourceName(release)],
      [
        attribute('name', release.name),
        attribute('repository', release.repository),
        attribute('chart', release.chart),
        attribute(
          'version',
          hclCall(
            'lookup',
            hclReference('var.chart_versions'),
            release.name,
            null,
          ),
        ),
        attribute('namespace', release.namespace),
        attribute('create_namespace', true),
        attribute(
          'values',
          Object.keys(values).length > 0
            ? [hclCall('yamlencode', values)]
            : undefined,
        ),
        // After the whole cluster, node groups included: the releases wait for their pods.
        attribute('depends_on', [hclReference('module.eks'), ...after]),
      ],
    ),
  ];
}

function header(context: TerraformContext): HclBodyItem {
  const lines = [
    'What runs in the cluster besides Kubernetes, installed as Helm releases. Chart versions',
    'are not pinned here: the stack defines application versions; set the chart that ships',
    'each in var.chart_versions.',
  ];
  const { outsideHelm } = context.plan;
  if (outsideHelm.length > 0) {
    lines.push('', 'Chosen in the design but not installed here:');
    for (const tech of outsideHelm) {
      lines.push(`- ${tech.title} (${tech.technologyId}): ${tech.reason}`);
    }
  }
  return comment(lines.join('\n'), { detached: true });
}

/** `components.tf`: the Helm releases of the design's components, with their IAM roles. */
export function componentsTf(context: TerraformContext): HclBodyItem[] {
  const items: HclBodyItem[] = [header(context)];
  for (const release of context.plan.releases) {
    const access = awsAccess(context, release);
    if (access) items.push(access.role);
    items.push(...helmRelease(release, access));
  }
  return items;
}
