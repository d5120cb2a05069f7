import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import mpkPlugin from '@mpk-portal/plugin-mpk-backend';
import { MpkApiClient } from '@mpk-portal/plugin-mpk-client';
import { readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';

/** The example catalog (examples/org.yaml and clusters.yaml), as the catalog would serve it. */
export function exampleCatalog(): Entity[] {
  return ['org.yaml', 'clusters.yaml'].flatMap(file =>
    parseAllDocuments(
      readFileSync(resolve(__dirname, '../../../../examples', file), 'utf8'),
    ).map(document => {
      const entity = document.toJS() as Entity;
      return {
        ...entity,
        metadata: { namespace: 'default', ...entity.metadata },
      };
    }),
  );
}

/**
 * The mpk backend plugin on a test backend whose catalog serves `catalog.entities` (which a test
 * may change), with a client that calls it as a backend service would.
 */
export async function startMpkBackend(entities: Entity[]) {
  const catalog = { entities };
  const { server } = await startTestBackend({
    features: [
      mpkPlugin,
      createServiceFactory({
        service: catalogServiceRef,
        deps: {},
        factory: () => ({
          ...catalogServiceMock(),
          getEntityByRef: (ref, options) =>
            catalogServiceMock({ entities: catalog.entities }).getEntityByRef(
              ref,
              options,
            ),
        }),
      }),
    ],
  });
  const { port } = server.address() as AddressInfo;
  const client = new MpkApiClient({
    discoveryApi: {
      getBaseUrl: async pluginId => `http://localhost:${port}/api/${pluginId}`,
    },
  });
  const headers = { Authorization: mockCredentials.service.header() };
  return { client, headers, catalog };
}

/**
 * Fixes the moment the backend judges by (its `Date`), leaving timers real so that it still runs.
 */
export function freezeDateAt(now: Date) {
  jest.useFakeTimers({
    now,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}
