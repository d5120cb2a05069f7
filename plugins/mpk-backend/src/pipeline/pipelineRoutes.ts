import { HttpAuthService } from '@backstage/backend-plugin-api';
import { z } from 'zod';
import { PipelineRunStore } from './PipelineRunStore';
import { parseInput } from '../shared/parseInput';
import { principalRef } from '../shared/writerCheck';
import { MpkRouter } from '../shared/mpkRouter';

const runRequest = z.strictObject({
  design: z.string().min(1),
  environment: z.string().min(1),
  cluster: z.string().min(1),
  repository: z.string().nullable().default(null),
});

/**
 * The local pipeline: records deployment requests (`POST /pipeline/runs`) so that the default
 * install can take a design to a deployment without a CI system. Production points
 * `mpk.pipeline.baseUrl` at the real pipeline's API instead.
 */
export function registerPipelineRoutes(
  router: MpkRouter,
  options: {
    httpAuth: HttpAuthService;
    pipelineRuns: PipelineRunStore;
  },
): void {
  const { httpAuth, pipelineRuns } = options;

  router.post('/pipeline/runs', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const request = parseInput(runRequest, req.body, 'pipeline run');
    res.status(201).json(
      await pipelineRuns.add({
        ...request,
        requestedBy: principalRef(credentials),
      }),
    );
  });

  router.get('/pipeline/runs', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const { design } = parseInput(
      z.strictObject({ design: z.string().optional() }),
      req.query,
      'query',
    );
    res.json({ items: await pipelineRuns.list(design) });
  });
}
