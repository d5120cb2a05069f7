import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'yaml';
import {
  designVersion,
  designWith,
  refusal,
  MpkBackendAnswer,
  MpkBackendRequest,
  startMpkBackend,
} from '../../__testUtils__/mpkBackend';
import { createTriggerPipelineAction } from './triggerPipeline';

const contentHash = 'c'.repeat(64);

/** The mpk backend of a design whose version 2, of the fetched content, the customer accepted. */
const accepted = ({ method }: MpkBackendRequest): MpkBackendAnswer =>
  method === 'GET'
    ? {
        status: 200,
        body: designWith([
          designVersion(1, 'a'.repeat(64), 'superseded'),
          designVersion(2, contentHash, 'accepted'),
        ]),
      }
    : {
        status: 201,
        body: designWith([
          designVersion(1, 'a'.repeat(64), 'superseded'),
          designVersion(2, contentHash, 'provisioned'),
        ]),
      };

/** A pipeline API on a local port that records what it is asked and answers run ids. */
async function startPipeline(status = 201) {
  const requests: {
    headers: IncomingMessage['headers'];
    body: any;
    url?: string;
  }[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', chunk => (body += chunk));
    req.on('end', () => {
      requests.push({
        headers: req.headers,
        body: JSON.parse(body),
        url: req.url,
      });
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(
        status < 300
          ? JSON.stringify({ id: `run-${requests.length}` })
          : JSON.stringify({
              error: { name: 'Error', message: 'pipeline down' },
            }),
      );
    });
  });
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    requests,
    settings: {
      baseUrl: `http://127.0.0.1:${port}/api/`,
      token: 'pipeline-token',
    },
    close: () => new Promise(done => server.close(done)),
  };
}

/**
 * Runs a test against a started pipeline API and mpk backend, and the action configured for them.
 * They are closed in `finally` because an open server would keep jest from exiting after a failed
 * assertion.
 */
async function withPipeline(
  test: (
    pipeline: Awaited<ReturnType<typeof startPipeline>>,
    action: ReturnType<typeof createTriggerPipelineAction>,
    backend: Awaited<ReturnType<typeof startMpkBackend>>,
  ) => Promise<void>,
  status?: number,
  mpk: (request: MpkBackendRequest) => MpkBackendAnswer = accepted,
) {
  const pipeline = await startPipeline(status);
  const backend = await startMpkBackend(mpk);
  try {
    await test(
      pipeline,
      createTriggerPipelineAction({
        designs: backend.designs,
        settings: pipeline.settings,
      }),
      backend,
    );
  } finally {
    await pipeline.close();
    await backend.close();
  }
}

const input = {
  design: 'initech-platform',
  contentHash,
  environments: ['prod', 'staging'],
  clusterNames: ['initech-prod', 'initech-staging'],
  repository: 'initech-platform',
};

describe('mpk:pipeline:trigger', () => {
  it('records the accepted version as provisioned, then starts one run per environment with the token, records them and outputs their ids', async () => {
    await withPipeline(async (pipeline, action, backend) => {
      const workspacePath = await mkdtemp(join(tmpdir(), 'mpk-ws-'));
      const ctx = createMockActionContext({
        input: { ...input, recordPath: 'deployments.yaml' },
        workspacePath,
      });
      await action.handler(ctx);

      // On behalf of who runs the template: the backend checks their own permission.
      expect(backend.requests).toEqual([
        {
          method: 'GET',
          url: '/api/mpk/designs/initech-platform',
          authorization: 'Bearer mpk-token-for-user:default/mock',
          body: undefined,
        },
        {
          method: 'POST',
          url: '/api/mpk/designs/initech-platform/versions/2/provisioning',
          authorization: 'Bearer mpk-token-for-user:default/mock',
          body: { contentHash },
        },
      ]);

      expect(
        pipeline.requests.map(r => [r.url, r.headers.authorization, r.body]),
      ).toEqual([
        [
          '/api/runs',
          'Bearer pipeline-token',
          {
            design: 'initech-platform',
            environment: 'prod',
            cluster: 'initech-prod',
            repository: 'initech-platform',
          },
        ],
        [
          '/api/runs',
          'Bearer pipeline-token',
          {
            design: 'initech-platform',
            environment: 'staging',
            cluster: 'initech-staging',
            repository: 'initech-platform',
          },
        ],
      ]);
      const runs = [
        { environment: 'prod', cluster: 'initech-prod', runId: 'run-1' },
        { environment: 'staging', cluster: 'initech-staging', runId: 'run-2' },
      ];
      expect((ctx.output as jest.Mock).mock.calls).toEqual([
        ['version', 2],
        ['runs', runs],
      ]);
      expect(
        yaml.parse(
          await readFile(join(workspacePath, 'deployments.yaml'), 'utf8'),
        ),
      ).toEqual({ design: 'initech-platform', version: 2, contentHash, runs });
    });
  });

  it('records the provisioning and starts each run once when the task is retried', async () => {
    await withPipeline(async (pipeline, action, backend) => {
      // The checkpoints of the first attempt, as the task's state keeps them.
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
      for (let attempt = 0; attempt < 2; attempt++) {
        const ctx = createMockActionContext({ input });
        ctx.checkpoint = checkpoint as typeof ctx.checkpoint;
        await action.handler(ctx);
        expect(ctx.output).toHaveBeenCalledWith('runs', [
          { environment: 'prod', cluster: 'initech-prod', runId: 'run-1' },
          {
            environment: 'staging',
            cluster: 'initech-staging',
            runId: 'run-2',
          },
        ]);
      }
      expect(pipeline.requests).toHaveLength(2);
      expect(backend.requests).toHaveLength(2);
    });
  });

  it('never calls the mpk backend or the pipeline in a dry run', async () => {
    await withPipeline(async (pipeline, action, backend) => {
      // The mock context takes no isDryRun option; the scaffolder sets it on the context.
      const ctx = { ...createMockActionContext({ input }), isDryRun: true };
      await action.handler(ctx);
      expect(pipeline.requests).toEqual([]);
      expect(backend.requests).toEqual([]);
      expect((ctx.output as jest.Mock).mock.calls).toEqual([
        [
          'runs',
          [
            { environment: 'prod', cluster: 'initech-prod', runId: 'dry-run' },
            {
              environment: 'staging',
              cluster: 'initech-staging',
              runId: 'dry-run',
            },
          ],
        ],
      ]);
    });
  });

  it('refuses a fetched design that is not a published version, naming the accepted one', async () => {
    const published = (state: 'accepted' | 'shared') => () => ({
      status: 200,
      body: designWith([
        designVersion(1, 'a'.repeat(64), state),
        designVersion(2, 'b'.repeat(64), 'shared'),
      ]),
    });
    await withPipeline(
      async (pipeline, action, backend) => {
        await expect(
          action.handler(createMockActionContext({ input })),
        ).rejects.toThrow(
          'Design initech-platform cannot be provisioned: the fetched design (hash cccccccccccc) is not a published version of it; version 1 was accepted by user:default/ian-initech on 2026-11-26T10:00:00.000Z. Publish the design with the Detailed design template and have the customer accept it.',
        );
        expect(backend.requests.map(r => r.method)).toEqual(['GET']);
        expect(pipeline.requests).toEqual([]);
      },
      undefined,
      published('accepted'),
    );
    await withPipeline(
      async (_, action) => {
        await expect(
          action.handler(createMockActionContext({ input })),
        ).rejects.toThrow(
          /is not a published version of it; no version has been accepted\./,
        );
      },
      undefined,
      published('shared'),
    );
    // The API keeps a superseded version's decision: the refusal says the acceptance lapsed.
    await withPipeline(
      async (_, action) => {
        await expect(
          action.handler(createMockActionContext({ input })),
        ).rejects.toThrow(
          /no version has been accepted since version 1 \(accepted by user:default\/ian-initech on 2026-11-26T10:00:00.000Z\) was superseded/,
        );
      },
      undefined,
      () => ({
        status: 200,
        body: designWith([
          designVersion(1, 'a'.repeat(64), 'superseded', 'accept'),
          designVersion(2, 'b'.repeat(64), 'shared'),
        ]),
      }),
    );
    await withPipeline(
      async (pipeline, action) => {
        await expect(
          action.handler(createMockActionContext({ input })),
        ).rejects.toThrow(
          /is not a published version of it; the mpk backend has no version of it that you may read\./,
        );
        expect(pipeline.requests).toEqual([]);
      },
      undefined,
      () => refusal(404, 'NotFoundError', 'No design initech-platform'),
    );
  });

  it("refuses a version the customer has not accepted with the backend's reason, before any run", async () => {
    await withPipeline(
      async (pipeline, action, backend) => {
        await expect(
          action.handler(createMockActionContext({ input })),
        ).rejects.toThrow(
          'The mpk backend refused provisioning version 2 of design initech-platform (409 Conflict): Version 2 of design initech-platform is shared, not accepted; the customer accepted version 1',
        );
        expect(backend.requests.map(r => [r.method, r.url])).toEqual([
          ['GET', '/api/mpk/designs/initech-platform'],
          ['POST', '/api/mpk/designs/initech-platform/versions/2/provisioning'],
        ]);
        expect(pipeline.requests).toEqual([]);
      },
      undefined,
      ({ method }) =>
        method === 'GET'
          ? {
              status: 200,
              body: designWith([
                designVersion(1, 'a'.repeat(64), 'accepted'),
                designVersion(2, contentHash, 'shared'),
              ]),
            }
          : refusal(
              409,
              'ConflictError',
              'Version 2 of design initech-platform is shared, not accepted; the customer accepted version 1',
            ),
    );
  });

  it('refuses before anything else without a configured pipeline', async () => {
    const backend = await startMpkBackend(accepted);
    try {
      await expect(
        createTriggerPipelineAction({ designs: backend.designs }).handler(
          createMockActionContext({ input }),
        ),
      ).rejects.toThrow(
        'No deployment pipeline is configured: set mpk.pipeline.baseUrl and mpk.pipeline.token',
      );
      expect(backend.requests).toEqual([]);
    } finally {
      await backend.close();
    }
  });

  it("fails with the pipeline's answer, and with cluster names that do not match", async () => {
    await withPipeline(async (_, action) => {
      await expect(
        action.handler(createMockActionContext({ input })),
      ).rejects.toThrow(/503/);
    }, 503);
    await expect(
      createTriggerPipelineAction({
        designs: { get: jest.fn(), recordProvisioning: jest.fn() },
      }).handler(
        createMockActionContext({ input: { ...input, clusterNames: ['one'] } }),
      ),
    ).rejects.toThrow('clusterNames: 1 names for 2 environments');
  });
});
