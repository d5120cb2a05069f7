import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { createRouter } from './router';
import { MpkServices } from './services';
import { MpkAccessControl } from './platform/access/MpkAccessControl';
import { MpkPersonaLoader } from '@mpk-portal/plugin-mpk-node';

/** `METHOD /path/{param}` of every route an express router has. */
function routesOf(router: { stack: any[] }): string[] {
  return router.stack
    .filter(layer => layer.route)
    .flatMap(layer =>
      Object.keys(layer.route.methods).map(
        method =>
          `${method.toUpperCase()} ${String(layer.route.path).replace(
            /:(\w+)/g,
            '{$1}',
          )}`,
      ),
    )
    .sort();
}

describe('the router and the OpenAPI spec', () => {
  it('have the same operations: every route is in the spec, and every operation has a route', async () => {
    const spec = parse(
      readFileSync(resolve(__dirname, 'schema/openapi.yaml'), 'utf8'),
    );
    const specified = Object.entries(
      spec.paths as Record<string, Record<string, unknown>>,
    )
      .flatMap(([path, item]) =>
        ['get', 'put', 'post', 'delete', 'patch']
          .filter(method => item[method])
          .map(method => `${method.toUpperCase()} ${path}`),
      )
      .sort();
    // Registering the routes calls no service.
    const router = await createRouter({
      ...({} as MpkServices),
      access: {} as MpkAccessControl,
      personas: {} as MpkPersonaLoader,
      uploadLimits: {
        maxUploadBytes: 1,
        maxDecompressedBytes: 1,
        maxEntries: 1,
      },
    });

    const routes = routesOf(router as unknown as { stack: any[] });
    // The router also serves the spec itself.
    expect(routes).toContain('GET /openapi.json');
    expect(routes.filter(route => route !== 'GET /openapi.json')).toEqual(
      specified,
    );
  });
});
