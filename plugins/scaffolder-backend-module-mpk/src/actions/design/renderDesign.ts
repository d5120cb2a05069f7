import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { clusterNameOf } from '@mpk-portal/plugin-mpk-common';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import yaml from 'yaml';
import { DesignContextSource } from '../../design/designContext';
import { renderDesign } from '../../render/renderDesign';
import { checkedDesign } from './checkedDesign';
import { designInputFields } from './designInput';

/**
 * Creates the `mpk:design:render` action: writes a valid design into the workspace as the
 * detailed design document (TechDocs), the infrastructure as code of each environment (Terraform
 * on EKS, Cluster API on bare metal), a catalog-info.yaml with one `kubernetes-cluster` Resource
 * per environment, and the design itself (design.yaml). It refuses a design that breaks a rule.
 * @public
 */
export function createRenderDesignAction(options: {
  designContext: Pick<DesignContextSource, 'load'>;
}) {
  return createTemplateAction({
    id: 'mpk:design:render',
    description:
      'Writes the design document, infrastructure as code and catalog entities of a detailed design into the workspace.',
    supportsDryRun: true,
    examples: [
      {
        description: 'Render a validated design into the workspace',
        example: yaml.stringify({
          steps: [
            {
              id: 'render',
              action: 'mpk:design:render',
              name: 'Render the design',
              input: {
                name: 'initech-platform',
                customer: 'initech',
                owner: 'group:default/pod-blue',
                platform: 'eks',
                region: 'us-east-1',
                kubernetesVersion: '1.36',
                environments: [
                  {
                    name: 'prod',
                    class: 'production',
                    nodeGroups: [
                      {
                        name: 'general',
                        instanceType: 'm6i.xlarge',
                        minSize: 3,
                        desiredSize: 3,
                        maxSize: 9,
                      },
                    ],
                  },
                ],
                components: ['prometheus'],
                ingress: 'aws-alb-ingress-controller',
                registry: 'aws-ecr',
                storage: 'aws-ebs-csi-driver',
                acknowledgeNotQualified: true,
              },
            },
          ],
        }),
      },
    ],
    schema: {
      input: designInputFields,
      output: {
        files: z =>
          z.array(z.string()).describe('The files written, relative paths'),
        clusterNames: z => z.array(z.string()),
      },
    },
    async handler(ctx) {
      const { design, context } = await checkedDesign(
        ctx.input,
        options.designContext,
      );
      const files = renderDesign(design, context.stack, context);
      for (const file of files) {
        const path = resolveSafeChildPath(ctx.workspacePath, file.path);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, file.content, 'utf8');
      }
      ctx.logger.info(
        `Rendered ${files.length} files of design ${design.name}`,
      );
      ctx.output(
        'files',
        files.map(f => f.path),
      );
      ctx.output(
        'clusterNames',
        design.environments.map(e => clusterNameOf(design, e)),
      );
    },
  });
}
