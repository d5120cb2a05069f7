import { TemplateAction } from '@backstage/plugin-scaffolder-node';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'yaml';
import { designContextFixture } from '../__testUtils__/designFixtures';
import { createLoadDesignAction } from './design/loadDesign';
import { createPublishDesignAction } from './design/publishDesign';
import { createRenderDesignAction } from './design/renderDesign';
import { createValidateDesignAction } from './design/validateDesign';
import { createFetchLocalGitAction } from './localGit/fetchLocalGit';
import { LocalRepositories } from './localGit/localRepositories';
import { createPublishLocalGitAction } from './localGit/publishLocalGit';
import { createTriggerPipelineAction } from './pipeline/triggerPipeline';

const reachesOut = ['mpk:design:publish', 'mpk:pipeline:trigger'];

/** Runs every step of an action's documented examples with the action itself. */
async function runExamples(
  action: TemplateAction<any, any, any>,
  workspacePath: string,
) {
  expect(action.examples?.length).toBeGreaterThan(0);
  for (const { example } of action.examples!) {
    for (const step of yaml.parse(example).steps) {
      expect(step.action).toBe(action.id);
      const ctx = createMockActionContext({
        input: step.input ?? {},
        workspacePath,
      });
      // The examples must not reach out: those that call the mpk backend or the pipeline run
      // as dry runs.
      await action.handler(
        reachesOut.includes(action.id) ? { ...ctx, isDryRun: true } : ctx,
      );
    }
  }
}

describe('the documented examples of every action', () => {
  it('run as documented, one after the other like a template', async () => {
    const designContext = { load: async () => designContextFixture() };
    const repositories = new LocalRepositories(
      await mkdtemp(join(tmpdir(), 'mpk-designs-')),
    );
    const workspacePath = await mkdtemp(join(tmpdir(), 'mpk-ws-'));
    await runExamples(
      createValidateDesignAction({ designContext }),
      workspacePath,
    );
    await runExamples(
      createRenderDesignAction({ designContext }),
      workspacePath,
    );
    await runExamples(createLoadDesignAction(), workspacePath);
    // The publish example names the design the fetch example reads back.
    await writeFile(join(workspacePath, 'marker.txt'), 'published');
    await runExamples(
      createPublishLocalGitAction({ repositories }),
      workspacePath,
    );
    await runExamples(
      createFetchLocalGitAction({ repositories }),
      await mkdtemp(join(tmpdir(), 'mpk-ws-')),
    );
    // Nothing to call: a dry run must not reach the backend.
    const designs = {
      publish: jest.fn(),
      get: jest.fn(),
      recordProvisioning: jest.fn(),
    };
    await runExamples(createPublishDesignAction({ designs }), workspacePath);
    await runExamples(createTriggerPipelineAction({ designs }), workspacePath);
    expect(designs.publish).not.toHaveBeenCalled();
    expect(designs.get).not.toHaveBeenCalled();
    expect(designs.recordProvisioning).not.toHaveBeenCalled();
  });
});
