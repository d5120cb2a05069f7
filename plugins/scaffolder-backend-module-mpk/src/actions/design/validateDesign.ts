import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  clusterNameOf,
  findDesignProblems,
} from '@mpk-portal/plugin-mpk-common';
import { DesignContextSource } from '../../design/designContext';
import { designFromInput, designInputFields } from './designInput';
import { examples } from './validateDesign.examples';

/**
 * Creates the `mpk:design:validate` action, which refuses a detailed design that breaks the
 * service's rules, listing every problem at once: names, the Kubernetes version (one of the two
 * most recent of the platform), the non-production environment (or the "not qualified"
 * acknowledgement), missing Infrastructure-tier technologies and technologies that do not fit
 * the platform.
 * @public
 */
export function createValidateDesignAction(options: {
  designContext: Pick<DesignContextSource, 'load'>;
}) {
  return createTemplateAction({
    id: 'mpk:design:validate',
    description:
      'Checks a detailed cluster design against the service rules and fails with every problem listed.',
    examples,
    supportsDryRun: true,
    schema: {
      input: designInputFields,
      output: {
        clusterNames: z =>
          z
            .array(z.string())
            .describe('The cluster name of each environment, in order'),
        customer: z => z.string().describe("The customer's group name"),
      },
    },
    async handler(ctx) {
      const design = designFromInput(ctx.input);
      const context = await options.designContext.load(design.platform);
      const problems = findDesignProblems(design, context);
      if (problems.length > 0) {
        throw new InputError(
          `The design breaks ${problems.length} rule(s):\n- ${problems.join(
            '\n- ',
          )}`,
        );
      }
      const clusterNames = design.environments.map(e =>
        clusterNameOf(design, e),
      );
      ctx.logger.info(`Design is valid: clusters ${clusterNames.join(', ')}`);
      ctx.output('clusterNames', clusterNames);
      ctx.output('customer', design.customer);
    },
  });
}
