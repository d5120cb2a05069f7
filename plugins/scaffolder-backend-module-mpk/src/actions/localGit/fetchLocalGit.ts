import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';
import { LocalRepositories } from './localRepositories';

/**
 * Creates the `mpk:fetch:local-git` action: copies a design published with
 * `mpk:publish:local-git` into the workspace. It stands in for `fetch:plain` from a git host.
 * @public
 */
export function createFetchLocalGitAction(options: {
  repositories: LocalRepositories;
}) {
  return createTemplateAction({
    id: 'mpk:fetch:local-git',
    description:
      'Copies a design published to a local git repository into the workspace.',
    supportsDryRun: true,
    examples: [
      {
        description: 'Fetch an accepted design',
        example: yaml.stringify({
          steps: [
            {
              id: 'fetch',
              action: 'mpk:fetch:local-git',
              name: 'Fetch the design',
              input: { name: 'initech-platform' },
            },
          ],
        }),
      },
    ],
    schema: {
      input: {
        name: z => z.string().describe('Repository name (the design name)'),
        targetPath: z =>
          z.string().optional().describe('Folder of the workspace to copy to'),
      },
      output: {
        commit: z => z.string().describe('The commit fetched'),
      },
    },
    async handler(ctx) {
      const target = resolveSafeChildPath(
        ctx.workspacePath,
        ctx.input.targetPath ?? '.',
      );
      const commit = await options.repositories.checkout(
        ctx.input.name,
        target,
      );
      ctx.logger.info(`Fetched design ${ctx.input.name} at ${commit}`);
      ctx.output('commit', commit);
    },
  });
}
