import {
  mpkPipelineReadPermission,
  mpkPipelineRunPermission,
} from '@mpk-portal/plugin-mpk-common';
import { z } from 'zod';
import { PipelineRunStore } from './PipelineRunStore';
import { parseInput } from '../platform/parseInput';
import { MpkAccessControl } from '../platform/access/MpkAccessControl';
import { principalRef } from '../platform/access/principalRef';
import { MpkRouter } from '../platform/mpkRouter';

const runRequest = z.strictObject({
  design: z.string().min(1).max(63),
  environment: z.string().min(1).max(63),
  cluster: z.string().min(1).max(253),
  repository: z.string().max(2000).nullable().default(null),
});

/**
 * The local pipeline: records deployment requests (`POST /pipeline/runs`) so that the default
 * install can take a design to a deployment without a CI system. Production points
 * `mpk.pipeline.baseUrl` at the real pipeline's API instead.
 */
export function registerPipelineRoutes(
  router: MpkRouter,
  options: { access: MpkAccessControl; pipelineRuns: PipelineRunStore },
): void {
  const { access, pipelineRuns } = options;

  router.post('/pipeline/runs', async (req, res) => {
    const credentials = await access.caller(req);
    await access.require(credentials, mpkPipelineRunPermission);
    const request = parseInput(runRequest, req.body, 'pipeline run');
    res.status(201).json(
      await pipelineRuns.add({
        ...request,
        requestedBy: principalRef(credentials),
      }),
    );
  });

  router.get('/pipeline/runs', async (req, res) => {
    await access.require(await access.caller(req), mpkPipelineReadPermission);
    const { design } = parseInput(
      z.strictObject({ design: z.string().optional() }),
      req.query,
      'query',
    );
    res.json({ items: await pipelineRuns.list(design) });
  });
}
