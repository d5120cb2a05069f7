import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  clusterNameOf,
  describeZodProblems,
  detailedDesignSchema,
} from '@mpk-portal/plugin-mpk-common';
import { readFile } from 'node:fs/promises';
import yaml from 'yaml';

/**
 * Creates the `mpk:design:load` action: reads the `design.yaml` that `mpk:design:render` wrote,
 * e.g. from an accepted design fetched into the workspace, for the steps that deploy it.
 * @public
 */
export function createLoadDesignAction() {
  return createTemplateAction({
    id: 'mpk:design:load',
    description:
      'Reads a rendered design (design.yaml) from the workspace and outputs its name, environments and cluster names.',
    supportsDryRun: true,
    examples: [
      {
        description: 'Load the design fetched into the workspace',
        example: yaml.stringify({
          steps: [
            {
              id: 'design',
              action: 'mpk:design:load',
              name: 'Read the design',
            },
          ],
        }),
      },
    ],
    schema: {
      input: {
        path: z =>
          z
            .string()
            .optional()
            .describe('Path of design.yaml in the workspace'),
      },
      output: {
        name: z => z.string(),
        customer: z => z.string(),
        platform: z => z.string(),
        environments: z =>
          z.array(z.string()).describe('Environment names, in order'),
        clusterNames: z => z.array(z.string()),
      },
    },
    async handler(ctx) {
      const file = resolveSafeChildPath(
        ctx.workspacePath,
        ctx.input.path ?? 'design.yaml',
      );
      let raw: unknown;
      try {
        raw = yaml.parse(await readFile(file, 'utf8'));
      } catch (error) {
        throw new InputError(`Cannot read the design ${file}: ${error}`);
      }
      const result = detailedDesignSchema.safeParse(raw);
      if (!result.success) {
        throw new InputError(
          `${file} is not a design: ${describeZodProblems(result.error)}`,
        );
      }
      const design = result.data;
      ctx.output('name', design.name);
      ctx.output('customer', design.customer);
      ctx.output('platform', design.platform);
      ctx.output(
        'environments',
        design.environments.map(e => e.name),
      );
      ctx.output(
        'clusterNames',
        design.environments.map(e => clusterNameOf(design, e)),
      );
    },
  });
}
