import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';
import { LocalRepositories } from './localRepositories';

/**
 * Creates the `mpk:publish:local-git` action: publishes the workspace to a git repository in a
 * folder of the backend's machine (`mpk.designs.directory`), where the catalog picks up its
 * clusters. It stands in for `publish:github` in an install without a git host.
 * @public
 */
export function createPublishLocalGitAction(options: {
  repositories: LocalRepositories;
}) {
  return createTemplateAction({
    id: 'mpk:publish:local-git',
    description:
      'Publishes the workspace to a local git repository (mpk.designs.directory), one per design.',
    examples: [
      {
        description: 'Publish a rendered design',
        example: yaml.stringify({
          steps: [
            {
              id: 'publish',
              action: 'mpk:publish:local-git',
              name: 'Publish the design',
              input: { name: 'initech-platform', sourcePath: '.' },
            },
          ],
        }),
      },
    ],
    schema: {
      input: {
        name: z =>
          z.string().describe('Repository name, a DNS label (the design name)'),
        sourcePath: z =>
          z
            .string()
            .optional()
            .describe(
              'Folder of the workspace to publish; default the whole workspace',
            ),
        message: z => z.string().optional().describe('Commit message'),
        expectedHead: z =>
          z
            .string()
            .optional()
            .describe(
              'The commit the workspace was fetched at (mpk:fetch:local-git output commit); the step is refused when the repository moved on since',
            ),
      },
      output: {
        repoPath: z => z.string().describe('Folder of the repository'),
        remoteUrl: z => z.string().describe('file:// URL of the repository'),
        commit: z => z.string().describe('The commit published'),
      },
    },
    async handler(ctx) {
      const source = resolveSafeChildPath(
        ctx.workspacePath,
        ctx.input.sourcePath ?? '.',
      );
      // Once per task: a retried task finds the commit it made (its HEAD check included, since
      // after the first run HEAD is that commit, not the one fetched).
      const published = await ctx.checkpoint({
        key: `mpk-publish-local-git-${ctx.input.name}`,
        fn: () =>
          options.repositories.publish(
            ctx.input.name,
            source,
            ctx.input.message ?? `Design ${ctx.input.name}`,
            ctx.input.expectedHead,
          ),
      });
      ctx.logger.info(
        `Published ${ctx.input.name} to ${published.path} at ${published.commit}`,
      );
      ctx.output('repoPath', published.path);
      ctx.output('remoteUrl', `file://${published.path}`);
      ctx.output('commit', published.commit);
    },
  });
}
