// Benchmark of GET /api/mpk/fleet/upgrades with 10,000 clusters in a real catalog, against the
// catalog's own GET /api/catalog/entities/by-query for the same entities (the baseline), measured
// in the same run, on SQLite and on PostgreSQL. Run with `npm run bench`.
import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import {
  benchHeaders as headers,
  benchPostgresConnection,
  median,
  startBenchBackend,
  withFreshPostgres,
} from './benchBackend';
import { generateClusters } from './generateClusters';

const clusterCount = Number(process.env.MPK_BENCH_CLUSTERS ?? 10_000);
const rounds = Number(process.env.MPK_BENCH_ROUNDS ?? 5);
const clusterFilter = 'kind=resource,spec.type=kubernetes-cluster';

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
  if (!response.ok)
    throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

/** Every cluster entity through the catalog's paginated query API. */
async function catalogQuery(baseUrl: string): Promise<number> {
  let count = 0;
  let cursor: string | undefined;
  do {
    const page = await getJson(
      cursor
        ? `${baseUrl}/api/catalog/entities/by-query?cursor=${encodeURIComponent(
            cursor,
          )}`
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

async function time(
  fn: () => Promise<number>,
  expected: number,
): Promise<number> {
  const started = performance.now();
  const count = await fn();
  const elapsed = performance.now() - started;
  if (count !== expected)
    throw new Error(`expected ${expected} clusters, got ${count}`);
  return elapsed;
}

async function benchmark(name: string, database: object) {
  const backend = await startBenchBackend({
    database,
    catalog: { processingInterval: { minutes: 60 } },
    extraFeatures: [generatedClusters],
  });
  const { baseUrl } = backend;
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
      `${name}: ${clusterCount} clusters (catalog loaded in ${loadSeconds.toFixed(
        0,
      )} s); ` +
        `baseline catalog by-query ${b.toFixed(
          0,
        )} ms, fleet/upgrades ${m.toFixed(0)} ms, ` +
        `ratio ${(m / b).toFixed(2)} (median of ${rounds})`,
    );
  } finally {
    await backend.stop();
  }
}

async function main() {
  await benchmark('SQLite', {
    client: 'better-sqlite3',
    connection: ':memory:',
  });
  await withFreshPostgres(prefix =>
    benchmark('PostgreSQL', {
      client: 'pg',
      prefix,
      connection: benchPostgresConnection(),
    }),
  );
}

main().then(
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
