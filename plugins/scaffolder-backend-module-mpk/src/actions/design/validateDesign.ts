import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { clusterNameOf } from '@mpk-portal/plugin-mpk-common';
import { DesignContextSource } from '../../design/designContext';
import { checkedDesign } from './checkedDesign';
import { designInputFields } from './designInput';
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
      const { design } = await checkedDesign(ctx.input, options.designContext);
      const clusterNames = design.environments.map(e =>
        clusterNameOf(design, e),
      );
      ctx.logger.info(`Design is valid: clusters ${clusterNames.join(', ')}`);
      ctx.output('clusterNames', clusterNames);
      ctx.output('customer', design.customer);
    },
  });
}
