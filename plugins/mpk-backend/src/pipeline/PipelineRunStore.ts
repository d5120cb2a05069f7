import { DatabaseService } from '@backstage/backend-plugin-api';
import { ApiSchemas } from '@mpk-portal/plugin-mpk-common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { migratedClient } from '../platform/migrateDatabase';

/** A deployment run the local pipeline was asked for. */
export type PipelineRun = ApiSchemas['PipelineRun'];

interface RunRow {
  id: string;
  design: string;
  environment: string;
  cluster: string;
  repository: string | null;
  requested_at: Date | string | number;
  requested_by: string;
}

const toRun = (row: RunRow): PipelineRun => ({
  id: row.id,
  design: row.design,
  environment: row.environment,
  cluster: row.cluster,
  repository: row.repository,
  requestedAt: new Date(row.requested_at).toISOString(),
  requestedBy: row.requested_by,
});

/** The runs of the local pipeline, in the plugin's database. */
export class PipelineRunStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<PipelineRunStore> {
    return new PipelineRunStore(await migratedClient(options.database));
  }

  private constructor(private readonly db: Knex) {}

  async add(
    run: Omit<PipelineRun, 'id' | 'requestedAt'>,
    now: Date = new Date(),
  ): Promise<PipelineRun> {
    const row: RunRow = {
      id: randomUUID(),
      design: run.design,
      environment: run.environment,
      cluster: run.cluster,
      repository: run.repository,
      requested_at: now,
      requested_by: run.requestedBy,
    };
    await this.db('mpk_pipeline_runs').insert(row);
    return toRun(row);
  }

  /** Runs, the most recent first, of one design or of all. */
  async list(design?: string): Promise<PipelineRun[]> {
    const query = this.db<RunRow>('mpk_pipeline_runs')
      .orderBy('requested_at', 'desc')
      .orderBy('id');
    if (design) query.where({ design });
    return (await query).map(toRun);
  }
}
