import { Entity } from '@backstage/catalog-model';
import { startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { mpkPlugin } from '../plugin';
import { exampleCatalog } from './exampleCatalog';
import { fakeMessaging } from './fakeMessaging';

/**
 * The mpk plugin on a test backend whose catalog holds the example organisation and clusters;
 * `extraFeatures` replace or add services (e.g. a permission policy that denies). Notifications
 * and signals are kept in `messaging` rather than sent. `catalogEntities` replace the examples.
 */
export async function startMpkBackend(
  extraFeatures: Parameters<typeof startTestBackend>[0]['features'] = [],
  messaging: ReturnType<typeof fakeMessaging> = fakeMessaging(),
  catalogEntities: Entity[] = exampleCatalog(),
) {
  const { server } = await startTestBackend({
    features: [
      mpkPlugin,
      catalogServiceMock.factory({ entities: catalogEntities }),
      ...messaging.features,
      ...(extraFeatures ?? []),
    ],
  });
  return server;
}
