import { InputError } from '@backstage/errors';
import {
  ClusterPlatform,
  DesignEnvironment,
  DetailedDesign,
  explainDnsLabelProblem,
  parseKubernetesVersion,
  StackDefinition,
  StackTechnology,
} from '@mpk-portal/plugin-mpk-common';

/**
 * The stack technology that is the platform's Kubernetes itself: its version is the design's
 * release line, not the newest the stack supports.
 */
export const PLATFORM_TECHNOLOGY: Record<ClusterPlatform, string> = {
  eks: 'aws-eks',
  'rpc-k': 'rpc-k',
};

/** The design's Kubernetes release line, e.g. `1.36` for `v1.36` or `1.36`. */
export function releaseLineOf(
  design: Pick<DetailedDesign, 'kubernetesVersion'>,
) {
  return (
    parseKubernetesVersion(design.kubernetesVersion)?.line ??
    design.kubernetesVersion.trim()
  );
}

/** The newest of a list of versions, comparing their numbers as numbers (`1.9` < `1.10`). */
export function newestVersion(versions: readonly string[]): string | undefined {
  return [...versions]
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .at(-1);
}

/**
 * The version of a technology a design deploys: the design's release line for the platform's
 * Kubernetes, otherwise the newest version the stack supports; `undefined` when it has none
 * (services such as ECR, or OIDC).
 */
export function versionToDeploy(
  technology: Pick<StackTechnology, 'id' | 'supportedVersions'>,
  design: Pick<DetailedDesign, 'platform' | 'kubernetesVersion'>,
): string | undefined {
  if (technology.id === PLATFORM_TECHNOLOGY[design.platform]) {
    return releaseLineOf(design);
  }
  return newestVersion(technology.supportedVersions);
}

/** The stack technologies a design chooses, in the stack's order. */
export function chosenTechnologies(
  design: Pick<DetailedDesign, 'components'>,
  stack: StackDefinition,
): StackTechnology[] {
  const chosen = new Set(design.components);
  return stack.technologies.filter(tech => chosen.has(tech.id));
}

/**
 * Whether the design qualifies for guaranteed upgrade deadlines: the contract needs at least one
 * production and one non-production environment.
 */
export function isQualified(
  design: Pick<DetailedDesign, 'environments'>,
): boolean {
  const classes = new Set(design.environments.map(env => env.class));
  return classes.has('production') && classes.has('non-production');
}

/** `production` → `Production`, for tables and titles. */
export function environmentClassTitle(environment: DesignEnvironment): string {
  return environment.class === 'production' ? 'Production' : 'Non-production';
}

/**
 * The folder of an environment's infrastructure code, `infra/<environment>`. The name must be a
 * DNS label (the design rules require it), which also keeps the path inside the repository.
 */
export function environmentDirectory(environment: DesignEnvironment): string {
  const problem = explainDnsLabelProblem(environment.name);
  if (problem) {
    throw new InputError(`environment "${environment.name}": ${problem}`);
  }
  return `infra/${environment.name}`;
}
