import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { designContentHash } from '@mpk-portal/plugin-mpk-node';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'yaml';
import { validDesignInput } from '../../__testUtils__/designFixtures';
import {
  designVersion,
  designWith,
  refusal,
  MpkBackendAnswer,
  MpkBackendRequest,
  startMpkBackend,
} from '../../__testUtils__/mpkBackend';
import { designFromInput } from './designInput';
import { createPublishDesignAction } from './publishDesign';

const design = designFromInput(validDesignInput());
const contentHash = designContentHash(design);

/** A workspace with the rendered design.yaml, as mpk:design:render leaves it. */
async function renderedWorkspace() {
  const workspacePath = await mkdtemp(join(tmpdir(), 'mpk-ws-'));
  await writeFile(join(workspacePath, 'design.yaml'), yaml.stringify(design));
  return workspacePath;
}

const team = {
  engagementManager: 'user:default/erin-em',
  // As an EntityPicker of defaultKind User may give it.
  leadArchitect: 'leo-la',
  seniorCkaEngineer: 'user:default/sam-scka',
};

/** The backend publishes version 2 (version 1 is superseded) and answers the design. */
const publishes = (): MpkBackendAnswer => ({
  status: 201,
  body: designWith([
    designVersion(1, 'a'.repeat(64), 'superseded'),
    designVersion(2, contentHash, 'shared'),
  ]),
});

async function withBackend(
  answer: (request: MpkBackendRequest) => MpkBackendAnswer,
  test: (
    backend: Awaited<ReturnType<typeof startMpkBackend>>,
    action: ReturnType<typeof createPublishDesignAction>,
  ) => Promise<void>,
) {
  const backend = await startMpkBackend(answer);
  try {
    await test(
      backend,
      createPublishDesignAction({ designs: backend.designs }),
    );
  } finally {
    await backend.close();
  }
}

describe('mpk:design:publish', () => {
  it("publishes the workspace's design with its hash and team, on behalf of who runs the template", async () => {
    await withBackend(publishes, async (backend, action) => {
      const ctx = createMockActionContext({
        input: { team },
        workspacePath: await renderedWorkspace(),
      });
      await action.handler(ctx);

      expect(contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(backend.requests).toEqual([
        {
          method: 'POST',
          url: '/api/mpk/designs/initech-platform/versions',
          // The initiator's own token: the backend checks the Lead Architect's permission.
          authorization: 'Bearer mpk-token-for-user:default/mock',
          body: {
            customer: 'initech',
            owner: 'group:default/pod-blue',
            team: {
              engagementManager: 'user:default/erin-em',
              leadArchitect: 'user:default/leo-la',
              seniorCkaEngineer: 'user:default/sam-scka',
            },
            contentHash,
            design: JSON.parse(JSON.stringify(design)),
          },
        },
      ]);
      expect((ctx.output as jest.Mock).mock.calls).toEqual([
        ['version', 2],
        ['contentHash', contentHash],
      ]);
    });
  });

  it('publishes once when the task is retried', async () => {
    await withBackend(publishes, async (backend, action) => {
      const state = new Map<string, unknown>();
      const checkpoint = async ({
        key,
        fn,
      }: {
        key: string;
        fn: () => Promise<unknown>;
      }) => {
        if (!state.has(key)) state.set(key, await fn());
        return state.get(key);
      };
      const workspacePath = await renderedWorkspace();
      for (let attempt = 0; attempt < 2; attempt++) {
        const ctx = createMockActionContext({ input: { team }, workspacePath });
        ctx.checkpoint = checkpoint as typeof ctx.checkpoint;
        await action.handler(ctx);
        expect(ctx.output).toHaveBeenCalledWith('version', 2);
      }
      expect(backend.requests).toHaveLength(1);
    });
  });

  it("fails with the backend's own message", async () => {
    await withBackend(
      () =>
        refusal(
          403,
          'NotAllowedError',
          'Only a Lead Architect may publish a design',
        ),
      async (_, action) => {
        await expect(
          action.handler(
            createMockActionContext({
              input: { team },
              workspacePath: await renderedWorkspace(),
            }),
          ),
        ).rejects.toThrow(
          'The mpk backend refused publishing design initech-platform (403 Forbidden): Only a Lead Architect may publish a design',
        );
      },
    );
  });

  it('never calls the backend in a dry run, and refuses a team member who is not a User', async () => {
    await withBackend(publishes, async (backend, action) => {
      const workspacePath = await renderedWorkspace();
      const ctx = {
        ...createMockActionContext({ input: { team }, workspacePath }),
        isDryRun: true,
      };
      await action.handler(ctx);
      expect(backend.requests).toEqual([]);
      expect((ctx.output as jest.Mock).mock.calls).toEqual([
        ['contentHash', contentHash],
      ]);

      await expect(
        action.handler(
          createMockActionContext({
            input: {
              team: { ...team, seniorCkaEngineer: 'group:default/pod-blue' },
            },
            workspacePath,
          }),
        ),
      ).rejects.toThrow(
        'team.seniorCkaEngineer: the Senior CKA engineer must be a User, not group:default/pod-blue',
      );
      expect(backend.requests).toEqual([]);
    });
  });

  it('refuses a workspace without a design', async () => {
    await withBackend(publishes, async (backend, action) => {
      await expect(
        action.handler(
          createMockActionContext({
            input: { team },
            workspacePath: await mkdtemp(join(tmpdir(), 'mpk-ws-')),
          }),
        ),
      ).rejects.toThrow(/Cannot read the design .*design\.yaml/);
      expect(backend.requests).toEqual([]);
    });
  });
});
