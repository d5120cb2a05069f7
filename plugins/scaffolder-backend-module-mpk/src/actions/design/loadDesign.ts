import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { clusterNameOf } from '@mpk-portal/plugin-mpk-common';
import { designContentHash } from '@mpk-portal/plugin-mpk-node';
import yaml from 'yaml';
import { readDesignFile } from './designFile';

/**
 * Creates the `mpk:design:load` action: reads the `design.yaml` that `mpk:design:render` wrote,
 * e.g. from an accepted design fetched into the workspace, for the steps that deploy it; its
 * `contentHash` tells `mpk:pipeline:trigger` which published version it is.
 * @public
 */
export function createLoadDesignAction() {
  return createTemplateAction({
    id: 'mpk:design:load',
    description:
      'Reads a rendered design (design.yaml) from the workspace and outputs its name, environments, cluster names and content hash.',
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
        contentHash: z =>
          z
            .string()
            .describe(
              'SHA-256 of the design (hex), as published to the mpk backend: the version to provision',
            ),
      },
    },
    async handler(ctx) {
      const design = await readDesignFile(ctx.workspacePath, ctx.input.path);
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
      ctx.output('contentHash', designContentHash(design));
    },
  });
}
