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
import { examples as validateExamples } from './validateDesign.examples';

// The same design as the validate action's example: a template passes both the same input.
const validateExampleInput = yaml.parse(validateExamples[0].example).steps[0]
  .input;

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
        description: 'Render the validated design of the validate step',
        example: yaml.stringify({
          steps: [
            {
              id: 'render',
              action: 'mpk:design:render',
              name: 'Render the design',
              input: validateExampleInput,
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
