import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';

/**
 * The databases every store test runs on: SQLite and the PostgreSQL named by a
 * `BACKSTAGE_TEST_DATABASE_POSTGRES<major>_CONNECTION_STRING` variable (`npm test` sets it).
 *
 * TestDatabases silently drops an engine it cannot reach; a store test that skipped PostgreSQL
 * would pass without proving anything, so a missing server is an error here.
 */
export function createStoreTestDatabases(): TestDatabases {
  const postgresIds = Object.keys(process.env)
    .map(name =>
      /^BACKSTAGE_TEST_DATABASE_POSTGRES(\d+)_CONNECTION_STRING$/.exec(name),
    )
    .filter((match): match is RegExpExecArray => match !== null)
    .map(match => `POSTGRES_${match[1]}` as TestDatabaseId);
  if (postgresIds.length === 0) {
    throw new Error(
      'Store tests need PostgreSQL: set BACKSTAGE_TEST_DATABASE_POSTGRES<major>_CONNECTION_STRING ' +
        '(e.g. BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING=postgresql://postgres@127.0.0.1:5432), ' +
        'as `npm test` does',
    );
  }
  const ids: TestDatabaseId[] = [...postgresIds, 'SQLITE_3'];
  const databases = TestDatabases.create({ ids, disableDocker: true });
  const missing = ids.filter(id => !databases.supports(id));
  if (missing.length > 0) {
    throw new Error(
      `Store test databases not available: ${missing.join(', ')}`,
    );
  }
  return databases;
}
