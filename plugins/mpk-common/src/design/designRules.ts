import {
  CLUSTER_PLATFORM_NAMES,
  parseKubernetesVersion,
} from '../cluster/clusterEntity';
import {
  DNS_LABEL_MAX_LENGTH,
  explainDnsLabelProblem,
} from '../names/kubernetesNames';
import { DESIGN_CHOICES, DesignChoice } from '../stack/designChoices';
import {
  currentTier,
  StackDefinition,
  StackTechnology,
} from '../stack/stackDefinition';
import { clusterNameOf, DetailedDesign } from './detailedDesign';

/**
 * What the design rules check a design against, besides the design.
 * @public
 */
export interface DesignRuleContext {
  stack: StackDefinition;
  /** the platform's supported release lines today, newest first, e.g. `['1.36', '1.35']` */
  supportedLines: string[];
  /** the title of the platform's release calendar, e.g. `Amazon EKS` */
  calendarTitle: string;
  /** names of the clusters already in the catalog */
  existingClusters: string[];
}

const choiceNames: Record<DesignChoice, string> = {
  ingress: 'ingress controller',
  registry: 'container registry',
  storage: 'storage driver',
};

const describeTech = (tech: StackTechnology) => `${tech.title} (${tech.id})`;

function nameProblems(design: DetailedDesign): string[] {
  const problems: string[] = [];
  const designNameProblem = explainDnsLabelProblem(design.name);
  if (designNameProblem) {
    problems.push(`name "${design.name}": ${designNameProblem}`);
  }
  const customerProblem = explainDnsLabelProblem(design.customer);
  if (customerProblem) {
    problems.push(`customer "${design.customer}": ${customerProblem}`);
  }
  const seen = new Set<string>();
  for (const [index, environment] of design.environments.entries()) {
    const where = `environments[${index}] "${environment.name}"`;
    const nameProblem = explainDnsLabelProblem(environment.name);
    if (nameProblem) problems.push(`${where}: ${nameProblem}`);
    const clusterName = clusterNameOf(design, environment);
    if (
      !customerProblem &&
      !nameProblem &&
      clusterName.length > DNS_LABEL_MAX_LENGTH
    ) {
      problems.push(
        `${where}: cluster name "${clusterName}" must be at most ${DNS_LABEL_MAX_LENGTH} characters (it has ${clusterName.length})`,
      );
    }
    if (clusterName === design.name) {
      // The design entity and its clusters are all resource:default/<name> in the catalog.
      problems.push(
        `${where}: its cluster would be named "${clusterName}", like the design; the design and its clusters are all catalog resources (resource:default/${clusterName}), so rename the design or the environment`,
      );
    }
    if (seen.has(environment.name)) {
      problems.push(`${where}: the name is used by an earlier environment`);
    }
    seen.add(environment.name);
    for (const [groupIndex, group] of environment.nodeGroups.entries()) {
      const groupWhere = `${where}.nodeGroups[${groupIndex}] "${group.name}"`;
      const groupProblem = explainDnsLabelProblem(group.name);
      if (groupProblem) problems.push(`${groupWhere}: ${groupProblem}`);
      if (
        !(
          group.minSize <= group.desiredSize &&
          group.desiredSize <= group.maxSize
        )
      ) {
        problems.push(
          `${groupWhere}: sizes must satisfy minSize <= desiredSize <= maxSize (${group.minSize}, ${group.desiredSize}, ${group.maxSize})`,
        );
      }
    }
  }
  return problems;
}

function environmentProblems(
  design: DetailedDesign,
  context: DesignRuleContext,
): string[] {
  const problems: string[] = [];
  if (design.environments.length === 0) {
    problems.push('environments: at least one environment is required');
  } else if (
    !design.environments.some(e => e.class === 'non-production') &&
    !design.acknowledgeNotQualified
  ) {
    problems.push(
      'environments: no non-production environment; without one the customer is not qualified and the upgrade deadlines are not guaranteed (acknowledge "not qualified" to go ahead)',
    );
  }
  const existing = new Set(context.existingClusters);
  for (const [index, environment] of design.environments.entries()) {
    const clusterName = clusterNameOf(design, environment);
    if (existing.has(clusterName)) {
      problems.push(
        `environments[${index}] "${environment.name}": cluster ${clusterName} already exists in the catalog`,
      );
    }
  }
  return problems;
}

function versionProblems(
  design: DetailedDesign,
  context: DesignRuleContext,
): string[] {
  const version = parseKubernetesVersion(design.kubernetesVersion);
  if (!version) {
    return [
      `kubernetesVersion "${design.kubernetesVersion}": not a Kubernetes version such as 1.36`,
    ];
  }
  if (!context.supportedLines.includes(version.line)) {
    return [
      `kubernetesVersion ${version.line}: not one of the two most recent ${
        context.calendarTitle
      } releases still supported (${
        context.supportedLines.join(' and ') || 'none today'
      })`,
    ];
  }
  return [];
}

function componentProblems(
  design: DetailedDesign,
  context: DesignRuleContext,
): string[] {
  const problems: string[] = [];
  const byId = new Map(context.stack.technologies.map(t => [t.id, t]));
  const chosen = new Set(design.components);
  const platform = CLUSTER_PLATFORM_NAMES[design.platform].shortTitle;
  for (const id of chosen) {
    const tech = byId.get(id);
    if (!tech) {
      problems.push(`components: "${id}" is not a technology of the stack`);
    } else if (!tech.platforms.includes(design.platform)) {
      problems.push(
        `components: ${describeTech(
          tech,
        )} does not run on ${platform}; it runs on ${tech.platforms
          .map(p => CLUSTER_PLATFORM_NAMES[p].shortTitle)
          .join(', ')}`,
      );
    }
  }
  const onPlatform = context.stack.technologies.filter(t =>
    t.platforms.includes(design.platform),
  );
  for (const tech of onPlatform) {
    if (
      !tech.choice &&
      currentTier(tech) === 'infrastructure' &&
      !chosen.has(tech.id)
    ) {
      problems.push(
        `components: Infrastructure-tier ${describeTech(
          tech,
        )} is missing: it is part of every cluster build on ${platform}`,
      );
    }
  }
  for (const choice of DESIGN_CHOICES) {
    const options = onPlatform.filter(t => t.choice === choice);
    if (options.length > 0 && !options.some(t => chosen.has(t.id))) {
      problems.push(
        `components: no ${choiceNames[choice]} chosen; choose one of ${options
          .map(describeTech)
          .join(', ')}`,
      );
    }
  }
  return problems;
}

/**
 * Every rule a detailed design breaks, each naming its field: names that are not DNS labels,
 * cluster names that are too long, repeat or exist already, a Kubernetes version outside the two
 * most recent supported releases of the platform, no non-production environment without the "not
 * qualified" acknowledgement, technologies unknown to the stack or not running on the platform,
 * missing Infrastructure-tier technologies, and no ingress controller, registry or storage driver.
 * @public
 */
export function findDesignProblems(
  design: DetailedDesign,
  context: DesignRuleContext,
): string[] {
  return [
    ...nameProblems(design),
    ...environmentProblems(design, context),
    ...versionProblems(design, context),
    ...componentProblems(design, context),
  ];
}
