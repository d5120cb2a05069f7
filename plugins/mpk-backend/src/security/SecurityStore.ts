import { DatabaseService } from '@backstage/backend-plugin-api';
import {
  ParsedSecurityReport,
  SecurityException,
  SecurityReportSummary,
  TrackedFinding,
  trackReport,
} from '@mpk-portal/plugin-mpk-common';
import { Knex } from 'knex';
import { createHash, randomUUID } from 'node:crypto';
import { migratedClient, toDate } from '../platform/migrateDatabase';

const sha256 = (text: string) =>
  createHash('sha256').update(text).digest('hex');

interface ReportRow {
  id: string;
  cluster_ref: string;
  tool: string;
  kind: string;
  name: string | null;
  sha256: string;
  observed_at: Date | string | number;
  uploaded_by: string;
  summary: string;
}

interface FindingRow {
  cluster_ref: string;
  key_hash: string;
  finding: string;
  closed_at: Date | string | number | null;
}

function toSummary(row: ReportRow): SecurityReportSummary {
  return {
    id: row.id,
    tool: row.tool as SecurityReportSummary['tool'],
    kind: row.kind,
    ...(row.name ? { name: row.name } : {}),
    summary: JSON.parse(row.summary),
    observedAt: toDate(row.observed_at).toISOString(),
    uploadedBy: row.uploaded_by,
  };
}

/** A parsed report as the store takes it: the hash identifies it within its cluster. */
export interface ReportToRecord {
  report: ParsedSecurityReport;
  sha256: string;
}

/** Security reports, the findings tracked across them, and portal exceptions. */
export class SecurityStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<SecurityStore> {
    return new SecurityStore(await migratedClient(options.database));
  }

  private constructor(private readonly db: Knex) {}

  /**
   * Stores reports and tracks their findings in one transaction: a report already stored for the
   * cluster is returned as it was and changes nothing; each new one, in order, opens the
   * findings it fails, refreshes those still failing and closes those it shows passing.
   */
  async recordReports(
    clusterRef: string,
    reports: ReportToRecord[],
    options: { uploadedBy: string; at: Date },
  ): Promise<{ reports: SecurityReportSummary[]; created: boolean }> {
    return this.db.transaction(async tx => {
      const at = options.at.toISOString();
      const open = new Map(
        (await this.openFindingsIn(tx, [clusterRef]))
          .get(clusterRef)
          ?.map(f => [f.key, f]) ?? [],
      );
      const summaries: SecurityReportSummary[] = [];
      let created = false;
      for (const { report, sha256: hash } of reports) {
        const id = randomUUID();
        const inserted = await tx('mpk_security_reports')
          .insert({
            id,
            cluster_ref: clusterRef,
            tool: report.tool,
            kind: report.kind,
            name: report.name ?? null,
            sha256: hash,
            observed_at: options.at,
            uploaded_by: options.uploadedBy,
            summary: JSON.stringify(report.summary),
          })
          .onConflict(['cluster_ref', 'sha256'])
          .ignore()
          .returning('id');
        const [row]: ReportRow[] = await tx('mpk_security_reports').where({
          cluster_ref: clusterRef,
          sha256: hash,
        });
        summaries.push(toSummary(row));
        if (inserted.length === 0) continue;
        created = true;
        const { upserts, closes } = trackReport([...open.values()], report, at);
        for (const finding of upserts) {
          open.set(finding.key, finding);
          await tx('mpk_security_findings')
            .insert({
              cluster_ref: clusterRef,
              key_hash: sha256(finding.key),
              finding: JSON.stringify(finding),
              first_seen_at: new Date(finding.firstSeen),
              closed_at: null,
            })
            .onConflict(['cluster_ref', 'key_hash'])
            .merge();
        }
        for (const { key, closedAt } of closes) {
          const finding = open.get(key);
          if (!finding) continue;
          open.delete(key);
          await tx('mpk_security_findings')
            .where({ cluster_ref: clusterRef, key_hash: sha256(key) })
            .update({
              finding: JSON.stringify({ ...finding, closedAt }),
              closed_at: new Date(closedAt),
            });
        }
      }
      return { reports: summaries, created };
    });
  }

  /** The latest report of each tool and kind of each cluster, newest first. */
  async latestReports(
    clusterRefs: string[],
  ): Promise<Map<string, SecurityReportSummary[]>> {
    const latest = new Map<string, SecurityReportSummary[]>();
    // Chunked: SQLite and PostgreSQL cap the number of bound parameters per query.
    for (let i = 0; i < clusterRefs.length; i += 500) {
      const chunk = clusterRefs.slice(i, i + 500);
      const newest = this.db('mpk_security_reports')
        .whereIn('cluster_ref', chunk)
        .groupBy('cluster_ref', 'tool', 'kind')
        .select('cluster_ref', 'tool', 'kind')
        .max({ observed_at: 'observed_at' });
      const rows: ReportRow[] = await this.db('mpk_security_reports as r')
        .join(newest.as('n'), join =>
          join
            .on('r.cluster_ref', '=', 'n.cluster_ref')
            .andOn('r.tool', '=', 'n.tool')
            .andOn('r.kind', '=', 'n.kind')
            .andOn('r.observed_at', '=', 'n.observed_at'),
        )
        .select('r.*')
        .orderBy('r.observed_at', 'desc')
        .orderBy('r.id');
      for (const row of rows) {
        const list = latest.get(row.cluster_ref) ?? [];
        // Reports uploaded together share their time: one per tool and kind is enough.
        if (!list.some(r => r.tool === row.tool && r.kind === row.kind)) {
          list.push(toSummary(row));
        }
        latest.set(row.cluster_ref, list);
      }
    }
    return latest;
  }

  /** The open findings of each cluster. */
  openFindings(clusterRefs: string[]): Promise<Map<string, TrackedFinding[]>> {
    return this.openFindingsIn(this.db, clusterRefs);
  }

  private async openFindingsIn(
    db: Knex,
    clusterRefs: string[],
  ): Promise<Map<string, TrackedFinding[]>> {
    const open = new Map<string, TrackedFinding[]>();
    for (let i = 0; i < clusterRefs.length; i += 500) {
      const rows: FindingRow[] = await db('mpk_security_findings')
        .whereIn('cluster_ref', clusterRefs.slice(i, i + 500))
        .whereNull('closed_at');
      for (const row of rows) {
        const list = open.get(row.cluster_ref) ?? [];
        list.push(JSON.parse(row.finding));
        open.set(row.cluster_ref, list);
      }
    }
    return open;
  }

  /** The findings of a cluster closed since `since`. */
  async closedFindings(
    clusterRef: string,
    since: Date,
  ): Promise<TrackedFinding[]> {
    const rows: FindingRow[] = await this.db('mpk_security_findings')
      .where({ cluster_ref: clusterRef })
      .where('closed_at', '>=', since);
    return rows.map(row => JSON.parse(row.finding));
  }

  /** The exceptions approved in the portal for each cluster. */
  async exceptions(
    clusterRefs: string[],
  ): Promise<Map<string, SecurityException[]>> {
    const byCluster = new Map<string, SecurityException[]>();
    for (let i = 0; i < clusterRefs.length; i += 500) {
      const rows: { cluster_ref: string; exception: string }[] = await this.db(
        'mpk_security_exceptions',
      )
        .whereIn('cluster_ref', clusterRefs.slice(i, i + 500))
        .orderBy('approved_at');
      for (const row of rows) {
        const list = byCluster.get(row.cluster_ref) ?? [];
        list.push(JSON.parse(row.exception));
        byCluster.set(row.cluster_ref, list);
      }
    }
    return byCluster;
  }

  /**
   * Records an exception; the same set, check, scope and expiry again returns the stored one, so
   * a retried request records it once.
   */
  async createException(
    clusterRef: string,
    exception: Omit<SecurityException, 'id' | 'state' | 'origin'>,
  ): Promise<{ exception: SecurityException; created: boolean }> {
    const identity = sha256(
      JSON.stringify([
        exception.set,
        exception.check,
        exception.scope,
        exception.expires,
      ]),
    );
    const id = randomUUID();
    const stored: SecurityException = {
      ...exception,
      id,
      origin: 'portal',
      state: 'active',
    };
    const inserted = await this.db('mpk_security_exceptions')
      .insert({
        id,
        cluster_ref: clusterRef,
        identity,
        exception: JSON.stringify(stored),
        approved_at: new Date(exception.approvedAt ?? Date.now()),
      })
      .onConflict(['cluster_ref', 'identity'])
      .ignore()
      .returning('id');
    const [row]: { exception: string }[] = await this.db(
      'mpk_security_exceptions',
    ).where({ cluster_ref: clusterRef, identity });
    return {
      exception: JSON.parse(row.exception),
      created: inserted.length === 1,
    };
  }

  /**
   * Records that the expiry notice of an exception is being sent. Only the first caller gets
   * `true`, so replicas running the same task send each notice once.
   */
  async claimExpiryNotice(
    clusterRef: string,
    exceptionId: string,
    expires: string,
    now: Date = new Date(),
  ): Promise<boolean> {
    const inserted = await this.db('mpk_security_expiry_notices')
      .insert({
        cluster_ref: clusterRef,
        exception_id: exceptionId,
        expires,
        sent_at: now,
      })
      .onConflict(['cluster_ref', 'exception_id', 'expires'])
      .ignore()
      .returning('cluster_ref');
    return inserted.length === 1;
  }
}
