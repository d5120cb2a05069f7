import { TypedRouter } from '@backstage/backend-openapi-utils';
import { createOpenApiRouter, EndpointMap } from '../schema/openapi.generated';

/** The plugin's router, its routes typed by the OpenAPI spec: paths, parameters and answers. */
export type MpkRouter = TypedRouter<EndpointMap>;

/**
 * A router for the spec's routes, which also serves the spec at `/openapi.json`. Requests are
 * parsed by each route (JSON with its own size limit, uploads streamed) and checked with zod,
 * whose answers name each bad field; the contract test checks the spec against what the routes
 * accept and answer.
 */
export async function createMpkRouter(): Promise<MpkRouter> {
  return createOpenApiRouter({
    // Express refuses an empty list of middleware.
    middleware: [(_req, _res, next) => next()],
    validatorOptions: { validateRequests: false, fileUploader: false },
  });
}
