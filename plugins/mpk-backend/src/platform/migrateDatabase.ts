import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

/** The plugin's knex migrations, shared by every store. */
export const migrationsDirectory = resolvePackagePath(
  '@mpk-portal/plugin-mpk-backend',
  'migrations',
);

// Every store asks for the migrated client; two stores running `migrate.latest` on the same
// database at once would race for knex's migration lock, so it runs once per database service.
const migrated = new WeakMap<DatabaseService, Promise<Knex>>();

/** The plugin's database client, with the plugin's migrations applied once. */
export function migratedClient(database: DatabaseService): Promise<Knex> {
  let client = migrated.get(database);
  if (!client) {
    client = (async () => {
      const knex = await database.getClient();
      if (!database.migrations?.skip) {
        await knex.migrate.latest({ directory: migrationsDirectory });
      }
      return knex;
    })();
    migrated.set(database, client);
  }
  return client;
}

/** A timestamp column as read back: SQLite gives epoch milliseconds, PostgreSQL Date objects. */
export const toDate = (value: Date | string | number): Date => new Date(value);
