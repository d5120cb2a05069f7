import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { InputError, ResponseError } from '@backstage/errors';
import { writeFile } from 'node:fs/promises';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

import { PipelineSettings } from './pipelineSettings';

/**
 * Creates the `mpk:pipeline:trigger` action: starts the deployment pipeline of each environment
 * of a design through the pipeline's HTTP API (`mpk.pipeline.baseUrl`, `mpk.pipeline.token`),
 * with `POST <baseUrl>/runs` and `{ design, environment, cluster, repository }`, expecting
 * `{ id }`. Each environment's run is started once per task, even when the task is retried; a
 * dry run never calls the pipeline.
 * @public
 */
export function createTriggerPipelineAction(options: {
  settings?: PipelineSettings;
  fetch?: typeof fetch;
}) {
  return createTemplateAction({
    id: 'mpk:pipeline:trigger',
    description:
      'Starts the deployment pipeline for each environment of a design, once per task.',
    supportsDryRun: true,
    examples: [
      {
        description: 'Deploy the two environments of an accepted design',
        example: yaml.stringify({
          steps: [
            {
              id: 'deploy',
              action: 'mpk:pipeline:trigger',
              name: 'Start the deployment pipelines',
              input: {
                design: 'initech-platform',
                environments: ['prod', 'staging'],
                clusterNames: ['initech-prod', 'initech-staging'],
                repository: 'file:///srv/designs/initech-platform',
              },
            },
          ],
        }),
      },
    ],
    schema: {
      input: {
        design: z => z.string().describe('The design name'),
        environments: z =>
          z.array(z.string()).min(1).describe('The environments to deploy'),
        clusterNames: z =>
          z
            .array(z.string())
            .describe('The cluster of each environment, in the same order'),
        repository: z =>
          z.string().optional().describe('Where the design and its IaC live'),
        recordPath: z =>
          z
            .string()
            .optional()
            .describe(
              'A workspace file to record the runs in (YAML), e.g. to commit them with the design',
            ),
      },
      output: {
        runs: z =>
          z
            .array(
              z.object({
                environment: z.string(),
                cluster: z.string(),
                runId: z.string(),
              }),
            )
            .describe('The pipeline run of each environment'),
      },
    },
    async handler(ctx) {
      const { design, environments, clusterNames, repository, recordPath } =
        ctx.input;
      if (clusterNames.length !== environments.length) {
        throw new InputError(
          `clusterNames: ${clusterNames.length} names for ${environments.length} environments`,
        );
      }
      const runs = [];
      for (const [index, environment] of environments.entries()) {
        const cluster = clusterNames[index];
        if (ctx.isDryRun) {
          ctx.logger.info(
            `Dry run: would start the pipeline of ${design}/${environment}`,
          );
          runs.push({ environment, cluster, runId: 'dry-run' });
          continue;
        }
        const settings = options.settings;
        if (!settings) {
          throw new Error(
            'No deployment pipeline is configured: set mpk.pipeline.baseUrl and mpk.pipeline.token',
          );
        }
        const runId = await ctx.checkpoint({
          key: `mpk-pipeline-${design}-${environment}`,
          fn: async () => {
            const response = await (options.fetch ?? fetch)(
              `${settings.baseUrl.replace(/\/$/, '')}/runs`,
              {
                method: 'POST',
                headers: {
                  'Content-Type': 'application/json',
                  Authorization: `Bearer ${settings.token}`,
                },
                body: JSON.stringify({
                  design,
                  environment,
                  cluster,
                  repository: repository ?? null,
                }),
              },
            );
            if (!response.ok) throw await ResponseError.fromResponse(response);
            const { id } = (await response.json()) as { id?: unknown };
            if (typeof id !== 'string' || !id) {
              throw new Error(
                `The pipeline at ${settings.baseUrl} answered without a run id`,
              );
            }
            return id;
          },
        });
        ctx.logger.info(`Pipeline run ${runId} deploys ${cluster}`);
        runs.push({ environment, cluster, runId });
      }
      if (recordPath) {
        await writeFile(
          resolveSafeChildPath(ctx.workspacePath, recordPath),
          yaml.stringify({ design, runs }),
          'utf8',
        );
      }
      ctx.output('runs', runs);
    },
  });
}
