import { DatabaseService } from '@backstage/backend-plugin-api';
import { ApiSchemas, ConformanceRun } from '@mpk-portal/plugin-mpk-common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { migratedClient } from '../platform/migrateDatabase';

/** A run as it is stored; the store gives it its id. */
export type NewConformanceRun = Omit<ConformanceRun, 'id'> & {
  /** of the uploaded results file */
  resultsSha256: string;
};

/** A run without its failures, as histories list it. */
export type ConformanceRunSummary = ApiSchemas['ConformanceRunSummary'];

interface RunRow {
  id: string;
  cluster_ref: string;
  kubernetes_version: string;
  kubernetes_minor: string;
  finished_at: Date | string | number;
  passed: number;
  failed: number;
  skipped: number;
  flaked: number;
  status: string;
  source: string;
  log_summary: string | null;
  uploaded_at: Date | string | number;
  uploaded_by: string;
}

// SQLite returns timestamps as epoch milliseconds, PostgreSQL as Date objects.
const iso = (value: Date | string | number) => new Date(value).toISOString();

function toSummary(row: RunRow): ConformanceRunSummary {
  return {
    id: row.id,
    cluster: row.cluster_ref,
    kubernetesVersion: row.kubernetes_version,
    kubernetesMinor: row.kubernetes_minor,
    finishedAt: iso(row.finished_at),
    passed: Number(row.passed),
    failed: Number(row.failed),
    skipped: Number(row.skipped),
    flaked: Number(row.flaked),
    status: row.status as ConformanceRun['status'],
    source: row.source as ConformanceRun['source'],
    logSummary: row.log_summary,
    uploadedAt: iso(row.uploaded_at),
    uploadedBy: row.uploaded_by,
  };
}

/** Conformance runs and their failed specs, in the plugin's database. */
export class ConformanceStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<ConformanceStore> {
    return new ConformanceStore(await migratedClient(options.database));
  }

  private constructor(private readonly db: Knex) {}

  /**
   * Stores a run and its failures in one transaction. The same results file uploaded again for
   * the same cluster is the same run: the stored one is returned.
   */
  async insertRun(
    run: NewConformanceRun,
  ): Promise<{ run: ConformanceRun; created: boolean }> {
    const id = randomUUID();
    const created = await this.db.transaction(async tx => {
      const inserted = await tx('mpk_conformance_runs')
        .insert({
          id,
          cluster_ref: run.cluster,
          kubernetes_version: run.kubernetesVersion,
          kubernetes_minor: run.kubernetesMinor,
          finished_at: new Date(run.finishedAt),
          passed: run.passed,
          failed: run.failed,
          skipped: run.skipped,
          flaked: run.flaked,
          status: run.status,
          source: run.source,
          log_summary: run.logSummary,
          uploaded_at: new Date(run.uploadedAt),
          uploaded_by: run.uploadedBy,
          results_sha256: run.resultsSha256,
        })
        .onConflict(['cluster_ref', 'results_sha256'])
        .ignore()
        .returning('id');
      if (inserted.length === 0) return false;
      // Batched: SQLite and PostgreSQL cap the number of bound parameters per query.
      const rows = run.failures.map(f => ({
        run_id: id,
        name: f.name,
        message: f.message,
      }));
      for (let i = 0; i < rows.length; i += 200) {
        await tx('mpk_conformance_failures').insert(rows.slice(i, i + 200));
      }
      return true;
    });
    if (created) return { run: (await this.getRun(id))!, created };
    const [existing]: RunRow[] = await this.db('mpk_conformance_runs').where({
      cluster_ref: run.cluster,
      results_sha256: run.resultsSha256,
    });
    return { run: (await this.getRun(existing.id))!, created };
  }

  async getRun(id: string): Promise<ConformanceRun | undefined> {
    const [row]: RunRow[] = await this.db('mpk_conformance_runs').where({ id });
    if (!row) return undefined;
    const failures = await this.db('mpk_conformance_failures')
      .where({ run_id: id })
      .orderBy('id')
      .select('name', 'message');
    return { ...toSummary(row), failures };
  }

  /** The runs of a cluster, the most recently finished first. */
  async history(clusterRef: string): Promise<ConformanceRunSummary[]> {
    const rows: RunRow[] = await this.db('mpk_conformance_runs')
      .where({ cluster_ref: clusterRef })
      .orderBy('finished_at', 'desc')
      .orderBy('uploaded_at', 'desc');
    return rows.map(toSummary);
  }

  /**
   * When the first passing run of any of the clusters given finished, at or after `from`; null
   * when none has passed since.
   */
  async firstPassedAt(clusterRefs: string[], from: Date): Promise<Date | null> {
    let first: Date | null = null;
    for (let i = 0; i < clusterRefs.length; i += 500) {
      const [row]: Array<Pick<RunRow, 'finished_at'>> = await this.db(
        'mpk_conformance_runs',
      )
        .whereIn('cluster_ref', clusterRefs.slice(i, i + 500))
        .where({ status: 'passed' })
        .where('finished_at', '>=', from)
        .orderBy('finished_at')
        .limit(1)
        .select('finished_at');
      const at = row && new Date(row.finished_at);
      if (at && (!first || at < first)) first = at;
    }
    return first;
  }

  /** The most recently finished run of each cluster given. */
  async latestRuns(
    clusterRefs: string[],
  ): Promise<Map<string, ConformanceRunSummary>> {
    const latest = new Map<string, ConformanceRunSummary>();
    for (let i = 0; i < clusterRefs.length; i += 500) {
      const rows: RunRow[] = await this.db('mpk_conformance_runs')
        .whereIn('cluster_ref', clusterRefs.slice(i, i + 500))
        .orderBy('finished_at', 'desc')
        .orderBy('uploaded_at', 'desc');
      for (const row of rows) {
        if (!latest.has(row.cluster_ref)) {
          latest.set(row.cluster_ref, toSummary(row));
        }
      }
    }
    return latest;
  }
}
