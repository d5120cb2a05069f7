import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { ConflictError, InputError, ResponseError } from '@backstage/errors';
import { writeFile } from 'node:fs/promises';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

import { describeAcceptedVersion } from '@mpk-portal/plugin-mpk-common';
import {
  DesignsClient,
  versionRecordOf,
  versionWithHash,
} from '../design/designsClient';
import { PipelineSettings } from './pipelineSettings';

const shortHash = (hash: string) => hash.slice(0, 12);

/**
 * Creates the `mpk:pipeline:trigger` action: starts the deployment pipeline of each environment
 * of a design through the pipeline's HTTP API (`mpk.pipeline.baseUrl`, `mpk.pipeline.token`),
 * with `POST <baseUrl>/runs` and `{ design, environment, cluster, repository }`, expecting
 * `{ id }`. It deploys only a version of the design that the customer accepted: the version whose
 * content hash is the fetched design's is looked up in the mpk backend, which records it as
 * provisioned or refuses it with the reason (naming the accepted version, if any), on behalf of
 * the person who runs the template. Each step is done once per task, even when the task is
 * retried; a dry run calls neither the backend nor the pipeline.
 * @public
 */
export function createTriggerPipelineAction(options: {
  designs: Pick<DesignsClient, 'get' | 'recordProvisioning'>;
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
                contentHash:
                  '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
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
        contentHash: z =>
          z
            .string()
            .regex(/^[0-9a-f]{64}$/)
            .describe(
              'SHA-256 (hex) of the fetched design, e.g. from mpk:design:load: which version is deployed; the customer must have accepted it',
            ),
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
        version: z =>
          z
            .number()
            .describe(
              'The accepted version of the design being provisioned (not set in a dry run)',
            ),
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
      const {
        design,
        contentHash,
        environments,
        clusterNames,
        repository,
        recordPath,
      } = ctx.input;
      if (clusterNames.length !== environments.length) {
        throw new InputError(
          `clusterNames: ${clusterNames.length} names for ${environments.length} environments`,
        );
      }
      const settings = options.settings;
      if (!ctx.isDryRun && !settings) {
        throw new Error(
          'No deployment pipeline is configured: set mpk.pipeline.baseUrl and mpk.pipeline.token',
        );
      }
      let version: number | undefined;
      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would check that the customer accepted the version of design ${design} with hash ${contentHash}`,
        );
      } else {
        const credentials = await ctx.getInitiatorCredentials();
        // Once per task, before any run: the backend refuses a version that is not accepted.
        version = await ctx.checkpoint({
          key: `mpk-design-provisioning-${design}`,
          fn: async () => {
            const published = await options.designs.get(design, credentials);
            const fetched =
              published && versionWithHash(published, contentHash);
            if (!fetched) {
              throw new ConflictError(
                `Design ${design} cannot be provisioned: the fetched design (hash ${shortHash(
                  contentHash,
                )}) is not a published version of it; ${
                  published
                    ? describeAcceptedVersion(
                        published.versions.map(versionRecordOf),
                      )
                    : 'the mpk backend has no version of it that you may read'
                }. Publish the design with the Detailed design template and have the customer accept it.`,
              );
            }
            await options.designs.recordProvisioning(
              design,
              fetched.version,
              contentHash,
              credentials,
            );
            return fetched.version;
          },
        });
        ctx.logger.info(
          `Design ${design} version ${version}, accepted by the customer, is being provisioned`,
        );
      }
      const runs = [];
      for (const [index, environment] of environments.entries()) {
        const cluster = clusterNames[index];
        if (ctx.isDryRun || !settings) {
          ctx.logger.info(
            `Dry run: would start the pipeline of ${design}/${environment}`,
          );
          runs.push({ environment, cluster, runId: 'dry-run' });
          continue;
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
          yaml.stringify({ design, version, contentHash, runs }),
          'utf8',
        );
      }
      if (version !== undefined) ctx.output('version', version);
      ctx.output('runs', runs);
    },
  });
}
