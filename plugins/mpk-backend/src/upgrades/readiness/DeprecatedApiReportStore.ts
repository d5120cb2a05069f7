import { DatabaseService } from '@backstage/backend-plugin-api';
import {
  DeprecatedApiFinding,
  DeprecatedApiReport,
} from '@mpk-portal/plugin-mpk-common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { migratedClient, toDate } from '../../platform/migrateDatabase';

interface ReportRow {
  id: string;
  cluster_ref: string;
  tool: string;
  sha256: string;
  uploaded_at: Date | string | number;
  uploaded_by: string;
  findings: string;
}

function toReport(row: ReportRow): DeprecatedApiReport {
  return {
    id: row.id,
    clusterRef: row.cluster_ref,
    tool: row.tool as DeprecatedApiReport['tool'],
    sha256: row.sha256,
    uploadedAt: toDate(row.uploaded_at).toISOString(),
    uploadedBy: row.uploaded_by,
    findings: JSON.parse(row.findings) as DeprecatedApiFinding[],
  };
}

/** A report as the upload route hands it over. */
export type NewDeprecatedApiReport = Omit<DeprecatedApiReport, 'id'>;

/** Deprecated-API scans of clusters, in the plugin's database. */
export class DeprecatedApiReportStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<DeprecatedApiReportStore> {
    return new DeprecatedApiReportStore(await migratedClient(options.database));
  }

  private constructor(private readonly db: Knex) {}

  /**
   * Stores a report. The same file uploaded again for the same cluster is the same report: the
   * stored one is returned, so a retrying pipeline records it once.
   */
  async record(
    report: NewDeprecatedApiReport,
  ): Promise<{ report: DeprecatedApiReport; created: boolean }> {
    const inserted = await this.db('mpk_deprecated_api_reports')
      .insert({
        id: randomUUID(),
        cluster_ref: report.clusterRef,
        tool: report.tool,
        sha256: report.sha256,
        uploaded_at: new Date(report.uploadedAt),
        uploaded_by: report.uploadedBy,
        findings: JSON.stringify(report.findings),
      })
      .onConflict(['cluster_ref', 'sha256'])
      .ignore()
      .returning('id');
    const [row]: ReportRow[] = await this.db(
      'mpk_deprecated_api_reports',
    ).where({ cluster_ref: report.clusterRef, sha256: report.sha256 });
    return { report: toReport(row), created: inserted.length === 1 };
  }

  /** The latest report of each of the clusters that has one. */
  async latest(
    clusterRefs: string[],
  ): Promise<Map<string, DeprecatedApiReport>> {
    const reports = new Map<string, DeprecatedApiReport>();
    // Chunked: SQLite and PostgreSQL cap the number of bound parameters per query.
    for (let i = 0; i < clusterRefs.length; i += 500) {
      const chunk = clusterRefs.slice(i, i + 500);
      const newest = this.db('mpk_deprecated_api_reports')
        .whereIn('cluster_ref', chunk)
        .groupBy('cluster_ref')
        .select('cluster_ref')
        .max({ uploaded_at: 'uploaded_at' });
      const rows: ReportRow[] = await this.db('mpk_deprecated_api_reports as r')
        .join(newest.as('n'), join =>
          join
            .on('r.cluster_ref', '=', 'n.cluster_ref')
            .andOn('r.uploaded_at', '=', 'n.uploaded_at'),
        )
        .select('r.*')
        .orderBy('r.id');
      for (const row of rows) {
        if (!reports.has(row.cluster_ref)) {
          reports.set(row.cluster_ref, toReport(row));
        }
      }
    }
    return reports;
  }
}
