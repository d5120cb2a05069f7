import { startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { mpkPlugin } from '../plugin';
import { exampleCatalog } from './exampleCatalog';

/**
 * The mpk plugin on a test backend whose catalog holds the example organisation and clusters;
 * `extraFeatures` replace or add services (e.g. a permission policy that denies).
 */
export async function startMpkBackend(
  extraFeatures: Parameters<typeof startTestBackend>[0]['features'] = [],
) {
  const { server } = await startTestBackend({
    features: [
      mpkPlugin,
      catalogServiceMock.factory({ entities: exampleCatalog() }),
      ...(extraFeatures ?? []),
    ],
  });
  return server;
}
