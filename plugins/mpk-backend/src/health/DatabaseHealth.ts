import { DatabaseService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

/**
 * What a database round trip showed.
 * @public
 */
export type DatabaseHealthReport =
  | { status: 'ok'; client: string; latencyMs: number }
  | { status: 'unavailable'; client: string; message: string };

/**
 * Checks that the plugin's own database answers, with the client it was configured with.
 */
export class DatabaseHealth {
  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseHealth> {
    return new DatabaseHealth(await options.database.getClient());
  }

  private constructor(private readonly db: Knex) {}

  async check(): Promise<DatabaseHealthReport> {
    const client = String(this.db.client.config.client);
    const started = performance.now();
    try {
      await this.db.raw('select 1 as one');
    } catch (error) {
      return {
        status: 'unavailable',
        client,
        message: error instanceof Error ? error.message : String(error),
      };
    }
    return {
      status: 'ok',
      client,
      latencyMs: Math.round((performance.now() - started) * 10) / 10,
    };
  }
}
