// Benchmark of GET /api/mpk/fleet/upgrades with 10,000 clusters in a real catalog, against the
// catalog's own GET /api/catalog/entities/by-query for the same entities (the baseline), measured
// in the same run, on SQLite and on PostgreSQL. Run with `npm run bench`.
import { createBackend } from '@backstage/backend-defaults';
import {
  coreServices,
  createBackendModule,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { AddressInfo, createServer } from 'node:net';
import { generateClusters } from './generateClusters';

const clusterCount = Number(process.env.MPK_BENCH_CLUSTERS ?? 10_000);
const rounds = Number(process.env.MPK_BENCH_ROUNDS ?? 5);
const token = 'mpk-bench-static-token-0123456789';
const headers = { Authorization: `Bearer ${token}` };
const clusterFilter = 'kind=resource,spec.type=kubernetes-cluster';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise(resolve => server.close(resolve));
  return port;
}

const generatedClusters = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'mpk-bench-clusters',
  register(reg) {
    reg.registerInit({
      deps: { catalog: catalogProcessingExtensionPoint },
      async init({ catalog }) {
        catalog.addEntityProvider({
          getProviderName: () => 'mpk-bench-clusters',
          connect: async connection => {
            await connection.applyMutation({
              type: 'full',
              entities: generateClusters(clusterCount).map(entity => ({
                entity,
                locationKey: 'mpk-bench',
              })),
            });
          },
        });
      },
    });
  },
});

async function getJson(url: string): Promise<any> {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

/** Every cluster entity through the catalog's paginated query API. */
async function catalogQuery(baseUrl: string): Promise<number> {
  let count = 0;
  let cursor: string | undefined;
  do {
    const page = await getJson(
      cursor
        ? `${baseUrl}/api/catalog/entities/by-query?cursor=${encodeURIComponent(cursor)}`
        : `${baseUrl}/api/catalog/entities/by-query?filter=${clusterFilter}&limit=1000`,
    );
    count += page.items.length;
    cursor = page.pageInfo.nextCursor;
  } while (cursor);
  return count;
}

async function fleet(baseUrl: string): Promise<number> {
  return (await getJson(`${baseUrl}/api/mpk/fleet/upgrades`)).items.length;
}

async function time(fn: () => Promise<number>, expected: number): Promise<number> {
  const started = performance.now();
  const count = await fn();
  const elapsed = performance.now() - started;
  if (count !== expected) throw new Error(`expected ${expected} clusters, got ${count}`);
  return elapsed;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function benchmark(name: string, database: object) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const backend = createBackend();
  backend.add(
    createServiceFactory({
      service: coreServices.rootConfig,
      deps: {},
      factory: () =>
        new ConfigReader({
          backend: {
            baseUrl,
            listen: { host: '127.0.0.1', port },
            database,
            auth: {
              externalAccess: [{ type: 'static', options: { token, subject: 'mpk-bench' } }],
            },
          },
          catalog: { processingInterval: { minutes: 60 } },
        }),
    }),
  );
  backend.add(import('@backstage/plugin-catalog-backend'));
  backend.add(generatedClusters);
  backend.add(import('@mpk-portal/plugin-mpk-backend'));
  await backend.start();
  try {
    const loadStarted = performance.now();
    for (;;) {
      const page = await getJson(
        `${baseUrl}/api/catalog/entities/by-query?filter=${clusterFilter}&limit=1`,
      );
      if (page.totalItems === clusterCount) break;
      await new Promise(r => setTimeout(r, 1000));
    }
    const loadSeconds = (performance.now() - loadStarted) / 1000;

    // One warm-up of each, then alternating rounds so both see the same machine state.
    await catalogQuery(baseUrl);
    await fleet(baseUrl);
    const baseline: number[] = [];
    const measured: number[] = [];
    for (let round = 0; round < rounds; round++) {
      baseline.push(await time(() => catalogQuery(baseUrl), clusterCount));
      measured.push(await time(() => fleet(baseUrl), clusterCount));
    }
    const b = median(baseline);
    const m = median(measured);
    console.log(
      `${name}: ${clusterCount} clusters (catalog loaded in ${loadSeconds.toFixed(0)} s); ` +
        `baseline catalog by-query ${b.toFixed(0)} ms, fleet/upgrades ${m.toFixed(0)} ms, ` +
        `ratio ${(m / b).toFixed(2)} (median of ${rounds})`,
    );
  } finally {
    await backend.stop();
  }
}

async function main() {
  await benchmark('SQLite', { client: 'better-sqlite3', connection: ':memory:' });
  const postgres = process.env.MPK_BENCH_POSTGRES ?? 'postgresql://postgres@127.0.0.1:5432';
  const { hostname, port, username, password } = new URL(postgres);
  await benchmark('PostgreSQL', {
    client: 'pg',
    // A prefix of its own per run: every plugin gets fresh databases.
    prefix: `mpk_bench_${Date.now()}_`,
    connection: { host: hostname, port: Number(port || 5432), user: username, password },
  });
}

main().then(
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
