import { mockServices } from '@backstage/backend-test-utils';
import { createStoreTestDatabases } from '../__testUtils__/storeTestDatabases';
import { DatabaseHealth } from './DatabaseHealth';

jest.setTimeout(60_000);

describe('DatabaseHealth', () => {
  const databases = createStoreTestDatabases();

  it.each(databases.eachSupportedId())(
    'reports a round trip on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const health = await DatabaseHealth.create({
        database: mockServices.database({ knex }),
      });

      const report = await health.check();

      expect(report).toEqual({
        status: 'ok',
        client: databaseId.startsWith('POSTGRES') ? 'pg' : 'better-sqlite3',
        latencyMs: expect.any(Number),
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'reports a database that stopped answering on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const health = await DatabaseHealth.create({
        database: mockServices.database({ knex }),
      });
      await knex.destroy();

      const report = await health.check();

      expect(report).toMatchObject({ status: 'unavailable' });
      expect((report as { message: string }).message).not.toBe('');
    },
  );
});
