// The backend both HTTP benchmarks start: catalog and mpk plugins on a free port, with a static
// token for the requests, on the database each run names.
import { createBackend } from '@backstage/backend-defaults';
import {
  BackendFeature,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import knexFactory from 'knex';
import { AddressInfo, createServer } from 'node:net';

const token = 'mpk-bench-static-token-0123456789';

/** The headers of every timed request. */
export const benchHeaders = { Authorization: `Bearer ${token}` };

/** The middle of the measured values (the upper middle for an even count). */
export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise(resolve => server.close(resolve));
  return port;
}

/**
 * Starts the catalog and mpk plugins, and `extraFeatures`, on `database`; `catalog` is the
 * catalog's config (its processing interval).
 */
export async function startBenchBackend(options: {
  database: object;
  catalog: object;
  extraFeatures?: BackendFeature[];
}): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
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
            database: options.database,
            auth: {
              externalAccess: [
                { type: 'static', options: { token, subject: 'mpk-bench' } },
              ],
            },
          },
          catalog: options.catalog,
        }),
    }),
  );
  backend.add(import('@backstage/plugin-catalog-backend'));
  for (const feature of options.extraFeatures ?? []) backend.add(feature);
  backend.add(import('@mpk-portal/plugin-mpk-backend'));
  await backend.start();
  return { baseUrl, stop: () => backend.stop() };
}

/** The PostgreSQL server of the benchmarks (`MPK_BENCH_POSTGRES`), as knex connection settings. */
export function benchPostgresConnection() {
  const postgres =
    process.env.MPK_BENCH_POSTGRES ?? 'postgresql://postgres@127.0.0.1:5432';
  const { hostname, port, username, password } = new URL(postgres);
  return {
    host: hostname,
    port: Number(port || 5432),
    user: username,
    password,
  };
}

/**
 * Runs `run` with a database prefix of its own, so that every plugin gets fresh PostgreSQL
 * databases, and drops those databases afterwards.
 */
export async function withFreshPostgres(
  run: (prefix: string) => Promise<void>,
): Promise<void> {
  const prefix = `mpk_bench_${Date.now()}_`;
  try {
    await run(prefix);
  } finally {
    const admin = knexFactory({
      client: 'pg',
      connection: { ...benchPostgresConnection(), database: 'postgres' },
    });
    const { rows } = await admin.raw(
      'select datname from pg_database where datname like ?',
      [`${prefix}%`],
    );
    for (const { datname } of rows) {
      await admin.raw('drop database if exists ?? with (force)', [datname]);
    }
    await admin.destroy();
  }
}
