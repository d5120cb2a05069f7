import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { readFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'yaml';
import {
  designContextFixture,
  validDesignInput,
} from '../../__testUtils__/designFixtures';
import { designFromInput } from './designInput';
import { createRenderDesignAction } from './renderDesign';

const action = createRenderDesignAction({
  designContext: { load: async () => designContextFixture() },
});

describe('mpk:design:render', () => {
  it('writes the document, the Terraform of each environment, the catalog entities and the design', async () => {
    const workspacePath = await mkdtemp(join(tmpdir(), 'mpk-render-'));
    const ctx = createMockActionContext({
      input: validDesignInput(),
      workspacePath,
    });
    await action.handler(ctx);

    const files: string[] = (ctx.output as jest.Mock).mock.calls.find(
      ([key]) => key === 'files',
    )[1];
    expect(files).toEqual(
      expect.arrayContaining([
        'mkdocs.yml',
        'docs/index.md',
        'infra/prod/main.tf',
        'infra/staging/main.tf',
        'catalog-info.yaml',
        'design.yaml',
      ]),
    );
    const entities = yaml
      .parseAllDocuments(
        await readFile(join(workspacePath, 'catalog-info.yaml'), 'utf8'),
      )
      .map(d => d.toJS().metadata.name);
    expect(entities).toEqual([
      'initech-platform',
      'initech-prod',
      'initech-staging',
    ]);
    expect(
      yaml.parse(await readFile(join(workspacePath, 'design.yaml'), 'utf8')),
    ).toEqual(designFromInput(validDesignInput()));
    expect(ctx.output).toHaveBeenCalledWith('clusterNames', [
      'initech-prod',
      'initech-staging',
    ]);
  });

  it('writes nothing for a design that breaks a rule', async () => {
    const workspacePath = await mkdtemp(join(tmpdir(), 'mpk-render-'));
    const ctx = createMockActionContext({
      input: { ...validDesignInput(), kubernetesVersion: '1.30' },
      workspacePath,
    });
    await expect(action.handler(ctx)).rejects.toThrow(
      /^The design breaks 1 rule\(s\):\n- kubernetesVersion 1\.30: /,
    );
    await expect(
      readFile(join(workspacePath, 'design.yaml'), 'utf8'),
    ).rejects.toThrow(/ENOENT/);
  });
});
