import { DatabaseService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { migratedClient } from '../../platform/migrateDatabase';
import { StoredTicket, storedSlaFacts, TicketRow } from '../ticketRows';

/** A pending response at risk (under 25% of its target left), or missed. */
export type SlaAlertKind = 'at-risk' | 'breached';

/** An alert not sent yet; the ticket's customer and pod are also told of the change live. */
export interface DueSlaAlert {
  kind: SlaAlertKind;
  ticket: Pick<
    StoredTicket,
    'id' | 'title' | 'clusterRef' | 'customer' | 'ownerRef' | 'slaFacts'
  >;
}

const notifiedColumn = {
  'at-risk': 'at_risk_notified_at',
  breached: 'breach_notified_at',
} as const;

/**
 * Which unanswered tickets' responses are at risk or missed, and the claim that sends each alert
 * once across replicas.
 */
export class SlaAlertStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<SlaAlertStore> {
    return new SlaAlertStore(await migratedClient(options.database));
  }

  private constructor(private readonly db: Knex) {}

  /**
   * The alerts due at `now` and not sent yet, the earliest deadline first: open tickets with an
   * SLA that nobody has answered, past the moment they are at risk or past their deadline. Only
   * tickets whose owning pod is known (those opened since the desk) can be alerted.
   */
  async dueAlerts(now: Date, limit = 200): Promise<DueSlaAlert[]> {
    const rows: TicketRow[] = await this.db<TicketRow>('mpk_tickets')
      .where({ status: 'open' })
      .whereNull('responded_at')
      .where('sla_applicable', true)
      .whereNotNull('owner_ref')
      .andWhere(due =>
        due
          .where(breached =>
            breached.where('due_at', '<', now).whereNull('breach_notified_at'),
          )
          .orWhere(atRisk =>
            atRisk
              .where('at_risk_from', '<', now)
              .where('due_at', '>=', now)
              .whereNull('at_risk_notified_at'),
          ),
      )
      .orderBy('due_at')
      .orderBy('id')
      .limit(limit);
    return rows.map(row => {
      const slaFacts = storedSlaFacts(row)!;
      return {
        kind: slaFacts.dueAt < now ? 'breached' : 'at-risk',
        ticket: {
          id: row.id,
          title: row.title,
          clusterRef: row.cluster_ref,
          customer: row.customer,
          ownerRef: row.owner_ref,
          slaFacts,
        },
      };
    });
  }

  /**
   * Claims an alert for sending: true for the one caller, on any replica, that marks it sent
   * first; false when it was sent already, or the ticket was answered meanwhile. An at-risk
   * alert claimed after the deadline is left to the breach alert.
   */
  async claim(
    ticketId: string,
    kind: SlaAlertKind,
    now: Date,
  ): Promise<boolean> {
    const column = notifiedColumn[kind];
    const query = this.db('mpk_tickets')
      .where({ id: ticketId })
      .whereNull(column)
      .whereNull('responded_at');
    if (kind === 'at-risk') query.where('due_at', '>=', now);
    const changed = await query.update({ [column]: now });
    return changed === 1;
  }

  /**
   * Gives back a claim whose alert could not be sent, so that a later run sends it: only while
   * the claim is still the one made at `claimedAt` (by this run), never another run's.
   */
  async release(
    ticketId: string,
    kind: SlaAlertKind,
    claimedAt: Date,
  ): Promise<void> {
    const column = notifiedColumn[kind];
    await this.db('mpk_tickets')
      .where({ id: ticketId })
      .where(column, claimedAt)
      .update({ [column]: null });
  }
}
