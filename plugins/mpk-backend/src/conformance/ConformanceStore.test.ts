import { mockServices } from '@backstage/backend-test-utils';
import { createStoreTestDatabases } from '../__testUtils__/storeTestDatabases';
import { ConformanceStore, NewConformanceRun } from './ConformanceStore';
import { migrationsDirectory } from '../platform/migrateDatabase';

jest.setTimeout(60_000);

const newRun = (
  overrides: Partial<NewConformanceRun> = {},
): NewConformanceRun => ({
  cluster: 'resource:default/acme-prod',
  kubernetesVersion: 'v1.35.2',
  kubernetesMinor: '1.35',
  finishedAt: '2026-11-20T18:00:00.000Z',
  passed: 422,
  failed: 2,
  skipped: 6300,
  flaked: 0,
  status: 'failed',
  source: 'junit',
  logSummary: 'FAIL! -- 422 Passed | 2 Failed | 0 Pending | 6300 Skipped',
  uploadedAt: '2026-11-21T09:00:00.000Z',
  uploadedBy: 'user:default/sam-scka',
  resultsSha256: 'a'.repeat(64),
  failures: [
    {
      name: '[sig-apps] Daemon set [Serial] should rollback without unnecessary restarts [Conformance]',
      message: 'Conformance test suite needs a cluster with at least 2 nodes.',
    },
    { name: 'second', message: '' },
  ],
  ...overrides,
});

describe('ConformanceStore', () => {
  const databases = createStoreTestDatabases();

  async function createStore(id: Parameters<typeof databases.init>[0]) {
    const knex = await databases.init(id);
    const store = await ConformanceStore.create({
      database: mockServices.database({ knex }),
    });
    return { knex, store };
  }

  it.each(databases.eachSupportedId())(
    'stores a run with its failures and reads it back on %p',
    async id => {
      const { store } = await createStore(id);
      const { run, created } = await store.insertRun(newRun());
      expect(created).toBe(true);
      const { resultsSha256, ...expected } = newRun();
      expect(run).toEqual({ ...expected, id: run.id });
      expect(await store.getRun(run.id)).toEqual(run);
      expect(await store.getRun('nope')).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps one run per results file and cluster, also under concurrent uploads, on %p',
    async id => {
      const { store } = await createStore(id);
      const results = await Promise.all([
        store.insertRun(newRun()),
        store.insertRun(newRun()),
      ]);
      expect(results.map(r => r.created).sort()).toEqual([false, true]);
      expect(results[0].run).toEqual(results[1].run);
      expect(await store.history('resource:default/acme-prod')).toHaveLength(1);
      // The same file for another cluster is another run.
      await store.insertRun(
        newRun({ cluster: 'resource:default/acme-staging' }),
      );
      expect(await store.history('resource:default/acme-staging')).toHaveLength(
        1,
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'lists the history newest first and the latest run per cluster on %p',
    async id => {
      const { store } = await createStore(id);
      for (const [day, sha] of [
        ['2026-09-01', 'b'],
        ['2026-11-01', 'c'],
        ['2026-10-01', 'd'],
      ]) {
        await store.insertRun(
          newRun({
            finishedAt: `${day}T12:00:00.000Z`,
            resultsSha256: sha.repeat(64),
          }),
        );
      }
      await store.insertRun(
        newRun({
          cluster: 'resource:default/globex-prod',
          resultsSha256: 'e'.repeat(64),
        }),
      );
      const history = await store.history('resource:default/acme-prod');
      expect(history.map(r => r.finishedAt.slice(0, 10))).toEqual([
        '2026-11-01',
        '2026-10-01',
        '2026-09-01',
      ]);
      expect(history[0]).not.toHaveProperty('failures');
      const latest = await store.latestRuns([
        'resource:default/acme-prod',
        'resource:default/globex-prod',
        'resource:default/nothing',
      ]);
      expect([...latest.keys()].sort()).toEqual([
        'resource:default/acme-prod',
        'resource:default/globex-prod',
      ]);
      expect(latest.get('resource:default/acme-prod')?.finishedAt).toBe(
        '2026-11-01T12:00:00.000Z',
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'stores nothing of a run whose failures cannot be stored on %p',
    async id => {
      const { store, knex } = await createStore(id);
      // The run's row goes in; the failures' insert then fails.
      await knex.schema.dropTable('mpk_conformance_failures');
      // Not rejects.toThrow: the driver's errors can come from another realm than jest's Error,
      // which toThrow then does not recognise.
      const error = await store.insertRun(newRun()).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(String((error as Error | undefined)?.message)).toMatch(
        /mpk_conformance_failures/,
      );
      expect(await store.history('resource:default/acme-prod')).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'finds when one of some clusters first passed since a moment on %p',
    async id => {
      const { store } = await createStore(id);
      const run = (
        cluster: string,
        finishedAt: string,
        status: 'passed' | 'failed',
      ) =>
        store.insertRun(
          newRun({
            cluster: `resource:default/${cluster}`,
            finishedAt,
            status,
            resultsSha256: `${cluster}-${finishedAt}`.padEnd(64, '0'),
          }),
        );
      await run('acme-prod', '2026-11-01T10:00:00.000Z', 'passed');
      await run('acme-prod', '2026-11-10T10:00:00.000Z', 'failed');
      await run('acme-prod', '2026-11-12T10:00:00.000Z', 'passed');
      await run('acme-staging', '2026-11-11T10:00:00.000Z', 'passed');
      await run('globex-prod', '2026-11-05T10:00:00.000Z', 'passed');
      const refs = [
        'resource:default/acme-prod',
        'resource:default/acme-staging',
      ];
      expect(
        await store.firstPassedAt(refs, new Date('2026-11-02T00:00:00Z')),
      ).toEqual(new Date('2026-11-11T10:00:00.000Z'));
      expect(
        await store.firstPassedAt(
          refs.slice(0, 1),
          new Date('2026-11-02T00:00:00Z'),
        ),
      ).toEqual(new Date('2026-11-12T10:00:00.000Z'));
      expect(
        await store.firstPassedAt(refs, new Date('2026-11-13T00:00:00Z')),
      ).toBeNull();
      expect(
        await store.firstPassedAt([], new Date('2026-11-01T00:00:00Z')),
      ).toBeNull();
    },
  );

  it.each(databases.eachSupportedId())(
    'migrates down and up again on %p',
    async id => {
      const { knex } = await createStore(id);
      await knex.migrate.rollback({ directory: migrationsDirectory }, true);
      expect(await knex.schema.hasTable('mpk_conformance_runs')).toBe(false);
      await knex.migrate.latest({ directory: migrationsDirectory });
      expect(await knex.schema.hasTable('mpk_conformance_failures')).toBe(true);
    },
  );
});
