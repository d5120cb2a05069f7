import { DatabaseService } from '@backstage/backend-plugin-api';
import { PermissionCriteria } from '@backstage/plugin-permission-common';
import {
  DESIGN_STATE_AFTER_DECISION,
  DESIGN_VERSION_STATES,
  DesignDecision,
  DesignTeam,
  DesignVersionRecord,
  DesignVersionState,
  DetailedDesign,
  supersededByNewVersion,
} from '@mpk-portal/plugin-mpk-common';
import { MpkCustomerQuery } from '@mpk-portal/plugin-mpk-node';
import { Knex } from 'knex';
import { migratedClient, toDate } from '../platform/migrateDatabase';
import { whereCriteria } from '../platform/whereCriteria';

/** A version as stored: what the rules see of it, the design itself and who did what. */
export interface StoredDesignVersion extends DesignVersionRecord {
  design: DetailedDesign;
  publishedBy: string;
  comment: string | null;
  provisionedBy: string | null;
}

/** An engagement's design with every version, oldest first. */
export interface StoredDesign {
  name: string;
  customer: string;
  ownerRef: string;
  team: DesignTeam;
  /** ISO 8601 */
  startedAt: string;
  versions: StoredDesignVersion[];
}

/** A version to publish, with the engagement it belongs to. */
export interface NewDesignVersion {
  name: string;
  customer: string;
  ownerRef: string;
  team: DesignTeam;
  contentHash: string;
  design: DetailedDesign;
  publishedAt: Date;
  publishedBy: string;
}

/** Whether a change asked of a version is written, or was written before (nothing to do). */
type Verdict = 'record' | 'repeat';

type Instant = Date | string | number;

interface DesignRow {
  name: string;
  customer: string;
  owner_ref: string;
  engagement_manager: string;
  lead_architect: string;
  senior_cka_engineer: string;
  started_at: Instant;
}

interface VersionRow {
  design_name: string;
  version: number;
  content_hash: string;
  design: string;
  state: string;
  published_at: Instant;
  published_by: string;
  decision: string | null;
  decided_by: string | null;
  decided_at: Instant | null;
  comment: string | null;
  provisioned_at: Instant | null;
  provisioned_by: string | null;
}

const isoOrNull = (value: Instant | null) =>
  value === null ? null : toDate(value).toISOString();

function toVersion(row: VersionRow): StoredDesignVersion {
  return {
    version: Number(row.version),
    contentHash: row.content_hash,
    design: JSON.parse(row.design),
    state: row.state as DesignVersionState,
    publishedAt: toDate(row.published_at).toISOString(),
    publishedBy: row.published_by,
    decision: row.decision as DesignDecision | null,
    decidedBy: row.decided_by,
    decidedAt: isoOrNull(row.decided_at),
    comment: row.comment,
    provisionedAt: isoOrNull(row.provisioned_at),
    provisionedBy: row.provisioned_by,
  };
}

function toDesign(row: DesignRow, versions: StoredDesignVersion[]) {
  return {
    name: row.name,
    customer: row.customer,
    ownerRef: row.owner_ref,
    team: {
      engagementManager: row.engagement_manager,
      leadArchitect: row.lead_architect,
      seniorCkaEngineer: row.senior_cka_engineer,
    },
    startedAt: toDate(row.started_at).toISOString(),
    versions,
  };
}

const teamColumns = (design: Pick<NewDesignVersion, 'ownerRef' | 'team'>) => ({
  owner_ref: design.ownerRef,
  engagement_manager: design.team.engagementManager,
  lead_architect: design.team.leadArchitect,
  senior_cka_engineer: design.team.seniorCkaEngineer,
});

/** Adds a customer scope's criteria to a query on designs, nested as the criteria are. */
const whereInScope = (
  builder: Knex.QueryBuilder,
  scope: PermissionCriteria<MpkCustomerQuery>,
) =>
  whereCriteria(builder, scope, (leaf, { customers }) => {
    leaf.whereIn('customer', customers);
  });

/** The states a new version supersedes. */
const SUPERSEDED_STATES = DESIGN_VERSION_STATES.filter(supersededByNewVersion);

/**
 * Designs and their versions, in the plugin's database. Every change runs in one transaction on
 * the design's row, locked (PostgreSQL; SQLite serialises writers), after the caller's rule has
 * judged the design as it stands there; a change already made is not made again.
 */
export class DesignStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<DesignStore> {
    return new DesignStore(await migratedClient(options.database));
  }

  private constructor(private readonly db: Knex) {}

  async get(name: string): Promise<StoredDesign | undefined> {
    const [design] = await this.withVersions(
      await this.db<DesignRow>('mpk_designs').where({ name }),
    );
    return design;
  }

  /**
   * The designs of the customers `scope` selects (all without one), the most recently started
   * first; the scope is applied in the query.
   */
  async list(
    scope?: PermissionCriteria<MpkCustomerQuery>,
  ): Promise<StoredDesign[]> {
    const query = this.db<DesignRow>('mpk_designs');
    if (scope) query.where(builder => whereInScope(builder, scope));
    return this.withVersions(
      await query.orderBy('started_at', 'desc').orderBy('name'),
    );
  }

  /**
   * Publishes a version: the first one starts the engagement. `check` sees the design as it
   * stands (none before the first publish) and throws to refuse. Content equal to the latest
   * version's writes nothing (`created` false); new content becomes the next version, `shared`,
   * supersedes the versions before it that were not provisioned, and gives the engagement the
   * request's support pod and team.
   */
  async publish(
    version: NewDesignVersion,
    check: (existing: StoredDesign | undefined) => void,
  ): Promise<{ design: StoredDesign; created: boolean }> {
    const created = await this.db.transaction(async tx => {
      let design = await this.lockedDesign(tx, version.name);
      check(design);
      if (!design) {
        // Two first publishes at once: one inserts, the other waits on the lock below.
        await tx('mpk_designs')
          .insert({
            name: version.name,
            customer: version.customer,
            started_at: version.publishedAt,
            ...teamColumns(version),
          })
          .onConflict('name')
          .ignore();
        design = (await this.lockedDesign(tx, version.name))!;
        check(design.versions.length > 0 ? design : undefined);
      }
      const latest = design.versions[design.versions.length - 1];
      if (latest?.contentHash === version.contentHash) return false;
      await tx('mpk_design_versions')
        .where({ design_name: version.name })
        .whereIn('state', SUPERSEDED_STATES)
        .update({ state: 'superseded' });
      await tx('mpk_design_versions').insert({
        design_name: version.name,
        version: (latest?.version ?? 0) + 1,
        content_hash: version.contentHash,
        design: JSON.stringify(version.design),
        state: 'shared',
        published_at: version.publishedAt,
        published_by: version.publishedBy,
      });
      await tx('mpk_designs')
        .where({ name: version.name })
        .update(teamColumns(version));
      return true;
    });
    return { design: (await this.get(version.name))!, created };
  }

  /**
   * Records the customer's decision on a version when `rule` says so; undefined when there is
   * no such design.
   */
  async decide(
    name: string,
    version: number,
    decision: {
      decision: DesignDecision;
      comment: string | null;
      decidedAt: Date;
      decidedBy: string;
    },
    rule: (design: StoredDesign) => Verdict,
  ): Promise<{ design: StoredDesign; created: boolean } | undefined> {
    return this.change(name, rule, tx =>
      tx('mpk_design_versions').where({ design_name: name, version }).update({
        state: DESIGN_STATE_AFTER_DECISION[decision.decision],
        decision: decision.decision,
        comment: decision.comment,
        decided_at: decision.decidedAt,
        decided_by: decision.decidedBy,
      }),
    );
  }

  /**
   * Records that a version is provisioned when `rule` says so; undefined when there is no such
   * design.
   */
  async provision(
    name: string,
    version: number,
    provisioning: { provisionedAt: Date; provisionedBy: string },
    rule: (design: StoredDesign) => Verdict,
  ): Promise<{ design: StoredDesign; created: boolean } | undefined> {
    return this.change(name, rule, tx =>
      tx('mpk_design_versions').where({ design_name: name, version }).update({
        state: 'provisioned',
        provisioned_at: provisioning.provisionedAt,
        provisioned_by: provisioning.provisionedBy,
      }),
    );
  }

  private async change(
    name: string,
    rule: (design: StoredDesign) => Verdict,
    write: (tx: Knex.Transaction) => Promise<unknown>,
  ): Promise<{ design: StoredDesign; created: boolean } | undefined> {
    const created = await this.db.transaction(async tx => {
      const design = await this.lockedDesign(tx, name);
      if (!design) return undefined;
      if (rule(design) === 'repeat') return false;
      await write(tx);
      return true;
    });
    if (created === undefined) return undefined;
    return { design: (await this.get(name))!, created };
  }

  /** The design, locked for the rest of the transaction. */
  private async lockedDesign(
    tx: Knex.Transaction,
    name: string,
  ): Promise<StoredDesign | undefined> {
    const rows = tx<DesignRow>('mpk_designs').where({ name });
    if (tx.client.config.client === 'pg') rows.forUpdate();
    const [design] = await this.withVersions(await rows, tx);
    return design;
  }

  private async withVersions(
    rows: DesignRow[],
    db: Knex = this.db,
  ): Promise<StoredDesign[]> {
    const versions = new Map<string, StoredDesignVersion[]>(
      rows.map(row => [row.name, []]),
    );
    const names = [...versions.keys()];
    // Batched: SQLite and PostgreSQL cap the number of bound parameters per query.
    for (let i = 0; i < names.length; i += 500) {
      const versionRows: VersionRow[] = await db('mpk_design_versions')
        .whereIn('design_name', names.slice(i, i + 500))
        .orderBy('design_name')
        .orderBy('version');
      for (const row of versionRows) {
        versions.get(row.design_name)!.push(toVersion(row));
      }
    }
    return rows.map(row => toDesign(row, versions.get(row.name)!));
  }
}
