import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'yaml';
import { createTriggerPipelineAction } from './triggerPipeline';

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
 * Runs a test against a started pipeline API and the action configured for it. The API is closed
 * in `finally` because an open server would keep jest from exiting after a failed assertion.
 */
async function withPipeline(
  test: (
    pipeline: Awaited<ReturnType<typeof startPipeline>>,
    action: ReturnType<typeof createTriggerPipelineAction>,
  ) => Promise<void>,
  status?: number,
) {
  const pipeline = await startPipeline(status);
  try {
    await test(
      pipeline,
      createTriggerPipelineAction({ settings: pipeline.settings }),
    );
  } finally {
    await pipeline.close();
  }
}

const input = {
  design: 'initech-platform',
  environments: ['prod', 'staging'],
  clusterNames: ['initech-prod', 'initech-staging'],
  repository: 'initech-platform',
};

describe('mpk:pipeline:trigger', () => {
  it('starts one run per environment with the token, records them and outputs their ids', async () => {
    await withPipeline(async (pipeline, action) => {
      const workspacePath = await mkdtemp(join(tmpdir(), 'mpk-ws-'));
      const ctx = createMockActionContext({
        input: { ...input, recordPath: 'deployments.yaml' },
        workspacePath,
      });
      await action.handler(ctx);

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
      expect(ctx.output).toHaveBeenCalledWith('runs', runs);
      expect(
        yaml.parse(
          await readFile(join(workspacePath, 'deployments.yaml'), 'utf8'),
        ),
      ).toEqual({ design: 'initech-platform', runs });
    });
  });

  it('starts each run once when the task is retried', async () => {
    await withPipeline(async (pipeline, action) => {
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
    });
  });

  it('never calls the pipeline in a dry run', async () => {
    await withPipeline(async (pipeline, action) => {
      // The mock context takes no isDryRun option; the scaffolder sets it on the context.
      const ctx = { ...createMockActionContext({ input }), isDryRun: true };
      await action.handler(ctx);
      expect(pipeline.requests).toEqual([]);
      expect(ctx.output).toHaveBeenCalledWith('runs', [
        { environment: 'prod', cluster: 'initech-prod', runId: 'dry-run' },
        {
          environment: 'staging',
          cluster: 'initech-staging',
          runId: 'dry-run',
        },
      ]);
    });
  });

  it("fails with the pipeline's answer, and without a configured pipeline", async () => {
    await withPipeline(async (_, action) => {
      await expect(
        action.handler(createMockActionContext({ input })),
      ).rejects.toThrow(/503/);
    }, 503);
    await expect(
      createTriggerPipelineAction({}).handler(
        createMockActionContext({ input }),
      ),
    ).rejects.toThrow(
      'No deployment pipeline is configured: set mpk.pipeline.baseUrl and mpk.pipeline.token',
    );
    await expect(
      createTriggerPipelineAction({}).handler(
        createMockActionContext({ input: { ...input, clusterNames: ['one'] } }),
      ),
    ).rejects.toThrow('clusterNames: 1 names for 2 environments');
  });
});
