import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { designContentHash } from '@mpk-portal/plugin-mpk-node';
import yaml from 'yaml';
import { validDesignInput } from '../../__testUtils__/designFixtures';
import { designFromInput } from './designInput';
import { createLoadDesignAction } from './loadDesign';

describe('mpk:design:load', () => {
  it('outputs the name, environments, cluster names and content hash of the design in the workspace', async () => {
    const workspacePath = await mkdtemp(join(tmpdir(), 'mpk-ws-'));
    const design = designFromInput(validDesignInput());
    await writeFile(join(workspacePath, 'design.yaml'), yaml.stringify(design));
    const ctx = createMockActionContext({ input: {}, workspacePath });
    await createLoadDesignAction().handler(ctx);
    expect((ctx.output as jest.Mock).mock.calls).toEqual([
      ['name', 'initech-platform'],
      ['customer', 'initech'],
      ['platform', 'eks'],
      ['environments', ['prod', 'staging']],
      ['clusterNames', ['initech-prod', 'initech-staging']],
      // The hash mpk:design:publish sent for the same design: which version this is.
      ['contentHash', designContentHash(design)],
    ]);
  });

  it('refuses a file that is not a design, naming its problems', async () => {
    const workspacePath = await mkdtemp(join(tmpdir(), 'mpk-ws-'));
    await writeFile(join(workspacePath, 'design.yaml'), 'name: x\n');
    const ctx = createMockActionContext({ input: {}, workspacePath });
    await expect(createLoadDesignAction().handler(ctx)).rejects.toThrow(
      /design\.yaml is not a design: customer: Invalid input: expected string, received undefined; /,
    );
  });
});
