import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  CLUSTER_ENVIRONMENTS,
  CLUSTER_PLATFORMS,
  DNS_LABEL_MAX_LENGTH,
  explainDnsLabelProblem,
} from '@mpk-portal/plugin-mpk-common';
import { examples } from './validateDesign.examples';

/** The part of a detailed design whose rules this action checks. */
export interface DesignNames {
  customer: string;
  environments: { name: string; class: string }[];
}

/**
 * Every naming problem of a design: customer and environment names must be DNS labels, and so
 * must the cluster names made from them (`<customer>-<environment>`), which must also be unique.
 */
export function findDesignProblems(design: DesignNames): string[] {
  const problems: string[] = [];
  const customerProblem = explainDnsLabelProblem(design.customer);
  if (customerProblem) {
    problems.push(`customer "${design.customer}": ${customerProblem}`);
  }
  if (design.environments.length === 0) {
    problems.push('environments: at least one environment is required');
  }
  const seen = new Set<string>();
  for (const [index, environment] of design.environments.entries()) {
    const where = `environments[${index}] "${environment.name}"`;
    const nameProblem = explainDnsLabelProblem(environment.name);
    if (nameProblem) {
      problems.push(`${where}: ${nameProblem}`);
    }
    const clusterName = `${design.customer}-${environment.name}`;
    if (
      !customerProblem &&
      !nameProblem &&
      clusterName.length > DNS_LABEL_MAX_LENGTH
    ) {
      problems.push(
        `${where}: cluster name "${clusterName}" must be at most ${DNS_LABEL_MAX_LENGTH} characters (it has ${clusterName.length})`,
      );
    }
    if (seen.has(environment.name)) {
      problems.push(`${where}: the name is used by an earlier environment`);
    }
    seen.add(environment.name);
  }
  return problems;
}

/**
 * Creates the `mpk:design:validate` action, which refuses a detailed design that breaks the
 * service's rules and lists every problem at once.
 * @public
 */
export function createValidateDesignAction() {
  return createTemplateAction({
    id: 'mpk:design:validate',
    description:
      'Checks a detailed cluster design against the service rules and fails with every problem listed.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        customer: z =>
          z
            .string()
            .describe(
              "The customer's name, used as the prefix of every cluster name",
            ),
        platform: z =>
          z
            .enum(CLUSTER_PLATFORMS)
            .describe('Where the clusters run: eks or rpc-k (bare metal)'),
        environments: z =>
          z
            .array(
              z.object({
                name: z
                  .string()
                  .describe('Environment name, e.g. prod or staging'),
                class: z
                  .enum(CLUSTER_ENVIRONMENTS)
                  .describe('production or non-production'),
              }),
            )
            .describe('The environments of the design, one cluster each'),
      },
      output: {
        clusterNames: z =>
          z
            .array(z.string())
            .describe('The cluster name of each environment, in order'),
      },
    },
    async handler(ctx) {
      const problems = findDesignProblems(ctx.input);
      if (problems.length > 0) {
        throw new InputError(
          `The design breaks ${problems.length} rule(s):\n- ${problems.join(
            '\n- ',
          )}`,
        );
      }
      const clusterNames = ctx.input.environments.map(
        environment => `${ctx.input.customer}-${environment.name}`,
      );
      ctx.logger.info(`Design is valid: clusters ${clusterNames.join(', ')}`);
      ctx.output('clusterNames', clusterNames);
    },
  });
}
