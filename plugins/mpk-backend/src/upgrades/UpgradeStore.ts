import { DatabaseService } from '@backstage/backend-plugin-api';
import { UpgradePlan, UpgradePlanState } from '@mpk-portal/plugin-mpk-common';
import { Knex } from 'knex';
import { migratedClient } from '../platform/migrateDatabase';

/** The reminder thresholds of an upgrade obligation. */
export type ReminderThreshold = '30-days' | '7-days' | 'overdue';

/** Identifies one reminder: a threshold of one obligation's due date on one cluster. */
export interface ReminderKey {
  clusterRef: string;
  obligationId: string;
  dueDate: string;
  threshold: ReminderThreshold;
}

interface PlanRow {
  cluster_ref: string;
  planned_date: string;
  state: string;
  note: string;
  updated_by: string;
  updated_at: Date | string | number;
}

function toPlan(row: PlanRow): UpgradePlan {
  return {
    plannedDate: row.planned_date,
    state: row.state as UpgradePlanState,
    note: row.note,
    updatedBy: row.updated_by,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** Upgrade plans and sent reminders, in the plugin's database. */
export class UpgradeStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<UpgradeStore> {
    return new UpgradeStore(await migratedClient(options.database));
  }

  private constructor(private readonly db: Knex) {}

  async getPlans(clusterRefs: string[]): Promise<Map<string, UpgradePlan>> {
    const plans = new Map<string, UpgradePlan>();
    // Chunked: SQLite and PostgreSQL cap the number of bound parameters per query.
    for (let i = 0; i < clusterRefs.length; i += 500) {
      const rows: PlanRow[] = await this.db('mpk_upgrade_plans').whereIn(
        'cluster_ref',
        clusterRefs.slice(i, i + 500),
      );
      for (const row of rows) plans.set(row.cluster_ref, toPlan(row));
    }
    return plans;
  }

  /** Creates or replaces the plan of a cluster; saving the same plan again changes nothing else. */
  async savePlan(
    clusterRef: string,
    plan: Pick<UpgradePlan, 'plannedDate' | 'state' | 'note'>,
    updatedBy: string,
    now: Date = new Date(),
  ): Promise<UpgradePlan> {
    const row = {
      cluster_ref: clusterRef,
      planned_date: plan.plannedDate,
      state: plan.state,
      note: plan.note,
      updated_by: updatedBy,
      updated_at: now,
    };
    await this.db('mpk_upgrade_plans')
      .insert(row)
      .onConflict('cluster_ref')
      .merge();
    return toPlan(row);
  }

  /**
   * Records that a reminder is being sent. Only the first caller for a key gets `true`, so
   * replicas running the same task send each reminder once.
   */
  async claimReminder(
    key: ReminderKey,
    now: Date = new Date(),
  ): Promise<boolean> {
    const inserted = await this.db('mpk_upgrade_reminders')
      .insert({
        cluster_ref: key.clusterRef,
        obligation_id: key.obligationId,
        due_date: key.dueDate,
        threshold: key.threshold,
        sent_at: now,
      })
      .onConflict(['cluster_ref', 'obligation_id', 'due_date', 'threshold'])
      .ignore()
      .returning('cluster_ref');
    return inserted.length === 1;
  }
}
