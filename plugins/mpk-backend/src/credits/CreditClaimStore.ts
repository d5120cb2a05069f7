import { DatabaseService } from '@backstage/backend-plugin-api';
import { CreditClaim } from '@mpk-portal/plugin-mpk-common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { migratedClient, toDate } from '../platform/migrateDatabase';

interface ClaimRow {
  id: string;
  ticket_id: string;
  customer: string;
  requested_at: Date | string | number;
  requested_by: string;
}

function toClaim(row: ClaimRow): CreditClaim {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    customer: row.customer,
    requestedAt: toDate(row.requested_at).toISOString(),
    requestedBy: row.requested_by,
  };
}

/** Requests for the service credit of a missed initial response, one per ticket. */
export class CreditClaimStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<CreditClaimStore> {
    return new CreditClaimStore(await migratedClient(options.database));
  }

  private constructor(private readonly db: Knex) {}

  async claimsOf(customer: string): Promise<CreditClaim[]> {
    const rows: ClaimRow[] = await this.db('mpk_credit_claims')
      .where({ customer })
      .orderBy('requested_at');
    return rows.map(toClaim);
  }

  async claimOfTicket(ticketId: string): Promise<CreditClaim | undefined> {
    const [row]: ClaimRow[] = await this.db('mpk_credit_claims').where({
      ticket_id: ticketId,
    });
    return row ? toClaim(row) : undefined;
  }

  /** Stores a credit claim; a second claim for the same ticket returns the first. */
  async insertClaim(
    claim: Omit<CreditClaim, 'id'>,
  ): Promise<{ claim: CreditClaim; created: boolean }> {
    const inserted = await this.db('mpk_credit_claims')
      .insert({
        id: randomUUID(),
        ticket_id: claim.ticketId,
        customer: claim.customer,
        requested_at: new Date(claim.requestedAt),
        requested_by: claim.requestedBy,
      })
      .onConflict('ticket_id')
      .ignore()
      .returning('id');
    return {
      claim: (await this.claimOfTicket(claim.ticketId))!,
      created: inserted.length === 1,
    };
  }
}
