import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  DesignPublishRequest,
  DesignTeam,
} from '@mpk-portal/plugin-mpk-common';
import { designContentHash } from '@mpk-portal/plugin-mpk-node';
import yaml from 'yaml';
import { readDesignFile } from './designFile';
import { DesignsClient, versionWithHash } from './designsClient';

const TEAM_ROLES = {
  engagementManager: 'Engagement Manager',
  leadArchitect: 'Lead Architect',
  seniorCkaEngineer: 'Senior CKA engineer',
} as const;

/** The team as the backend takes it: each member a full User entity ref. */
function teamOf(input: Record<keyof DesignTeam, string>): DesignTeam {
  const team = {} as DesignTeam;
  for (const [key, role] of Object.entries(TEAM_ROLES) as [
    keyof DesignTeam,
    string,
  ][]) {
    let ref;
    try {
      ref = parseEntityRef(input[key], {
        defaultKind: 'user',
        defaultNamespace: 'default',
      });
    } catch (error) {
      throw new InputError(`team.${key}: ${error}`);
    }
    if (ref.kind.toLocaleLowerCase('en-US') !== 'user') {
      throw new InputError(
        `team.${key}: the ${role} must be a User, not ${input[key]}`,
      );
    }
    team[key] = stringifyEntityRef(ref);
  }
  return team;
}

/**
 * Creates the `mpk:design:publish` action: publishes the design of the workspace (the
 * `design.yaml` that `mpk:design:render` wrote, and `mpk:publish:local-git` committed) to the mpk
 * backend as a new version shared with the customer for acceptance, with the engagement's team
 * and the design's content hash (`designContentHash`). It calls the backend on behalf of the
 * person who runs the template, whose own permission (`mpk.design.publish`) the backend checks,
 * once per task; the same content again is the same version. A dry run calls nothing.
 * @public
 */
export function createPublishDesignAction(options: {
  designs: Pick<DesignsClient, 'publish'>;
}) {
  return createTemplateAction({
    id: 'mpk:design:publish',
    description:
      'Publishes the design of the workspace (design.yaml) to the mpk backend as a version shared with the customer for acceptance.',
    supportsDryRun: true,
    examples: [
      {
        description:
          'Share the rendered and published design with the customer, with its team',
        example: yaml.stringify({
          steps: [
            {
              id: 'share',
              action: 'mpk:design:publish',
              name: 'Share the design with the customer',
              input: {
                team: {
                  engagementManager: 'user:default/erin-em',
                  leadArchitect: 'user:default/leo-la',
                  seniorCkaEngineer: 'user:default/sam-scka',
                },
              },
            },
          ],
        }),
      },
    ],
    schema: {
      input: {
        team: z =>
          z
            .object({
              engagementManager: z
                .string()
                .describe('User entity ref of the Engagement Manager'),
              leadArchitect: z
                .string()
                .describe('User entity ref of the Lead Architect'),
              seniorCkaEngineer: z
                .string()
                .describe(
                  'User entity ref of the Senior CKA engineer who provisions the design',
                ),
            })
            .describe("The engagement's team"),
        path: z =>
          z
            .string()
            .optional()
            .describe('Path of design.yaml in the workspace'),
      },
      output: {
        version: z =>
          z
            .number()
            .describe(
              'The version shared with the customer (not set in a dry run)',
            ),
        contentHash: z =>
          z.string().describe('SHA-256 of the design (hex), the version is of'),
      },
    },
    async handler(ctx) {
      const design = await readDesignFile(ctx.workspacePath, ctx.input.path);
      const team = teamOf(ctx.input.team);
      const contentHash = designContentHash(design);
      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would share design ${
            design.name
          } (hash ${contentHash}) with ${design.customer}, team ${Object.values(
            team,
          ).join(', ')}`,
        );
        ctx.output('contentHash', contentHash);
        return;
      }
      const credentials = await ctx.getInitiatorCredentials();
      // Once per task: a retried task finds the version it published.
      const version = await ctx.checkpoint({
        key: `mpk-design-publish-${design.name}`,
        fn: async () => {
          const published = await options.designs.publish(
            design.name,
            {
              customer: design.customer,
              owner: design.owner,
              team,
              contentHash,
              design: design as unknown as DesignPublishRequest['design'],
            },
            credentials,
          );
          const shared = versionWithHash(published, contentHash);
          if (!shared) {
            throw new Error(
              `The mpk backend answered the publish of design ${design.name} without a version of hash ${contentHash}`,
            );
          }
          return shared.version;
        },
      });
      ctx.logger.info(
        `Design ${design.name} version ${version} (hash ${contentHash}) is shared with ${design.customer}`,
      );
      ctx.output('version', version);
      ctx.output('contentHash', contentHash);
    },
  });
}
