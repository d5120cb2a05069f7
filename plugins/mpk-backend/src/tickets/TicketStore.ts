import { DatabaseService } from '@backstage/backend-plugin-api';
import {
  ClusterEnvironment,
  SupportedWindowAt,
  TicketCategory,
  TicketEvent,
  TicketEventType,
  TicketSeverity,
  TicketSource,
  TicketStatus,
} from '@mpk-portal/plugin-mpk-common';
import { PermissionCriteria } from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { migratedClient, toDate } from '../shared/migrateDatabase';

/** A ticket as stored: its facts as of opening and its events, without the computed SLA. */
export interface StoredTicket {
  id: string;
  externalId: string | null;
  source: TicketSource;
  clusterRef: string;
  customer: string;
  environment: ClusterEnvironment;
  supportedWindow: SupportedWindowAt;
  severity: TicketSeverity;
  category: TicketCategory;
  title: string;
  openedAt: Date;
  causedByThirdParty: boolean;
  status: TicketStatus;
  alertGroup: { groupKey: string; externalUrl: string | null } | null;
  createdAt: Date;
  /** in the order they happened */
  events: TicketEvent[];
}

/** What is stored of a new ticket. */
export type NewTicket = Omit<
  StoredTicket,
  'id' | 'status' | 'events' | 'createdAt'
>;

/**
 * The tickets a reader may see, as rules over the ticket's customer and cluster; combined with
 * `allOf`, `anyOf` and `not` as permission criteria are.
 */
export type TicketScope = { customers: string[] } | { clusterRefs: string[] };

/** Which tickets to read; an empty or missing list means no filter. */
export interface TicketFilter {
  /** only the tickets the reader may see */
  scope?: PermissionCriteria<TicketScope>;
  clusterRefs?: string[];
  customers?: string[];
  status?: TicketStatus[];
  /** opened at or after */
  openedFrom?: Date;
  /** opened before */
  openedBefore?: Date;
}

interface TicketRow {
  id: string;
  external_id: string | null;
  source: string;
  cluster_ref: string;
  customer: string;
  environment: string;
  supported_window: string;
  severity: string;
  category: string;
  title: string;
  opened_at: Date | string | number;
  caused_by_third_party: boolean | number;
  status: string;
  alert_group_key: string | null;
  alert_external_url: string | null;
  created_at: Date | string | number;
}

interface EventRow {
  ticket_id: string;
  type: string;
  at: Date | string | number;
  recorded_at: Date | string | number;
  recorded_by: string;
}

function toEvent(row: EventRow): TicketEvent {
  return {
    type: row.type as TicketEventType,
    at: toDate(row.at).toISOString(),
    recordedAt: toDate(row.recorded_at).toISOString(),
    recordedBy: row.recorded_by,
  };
}

function toTicket(row: TicketRow, events: TicketEvent[]): StoredTicket {
  return {
    id: row.id,
    externalId: row.external_id,
    source: row.source as TicketSource,
    clusterRef: row.cluster_ref,
    customer: row.customer,
    environment: row.environment as ClusterEnvironment,
    supportedWindow: JSON.parse(row.supported_window),
    severity: row.severity as TicketSeverity,
    category: row.category as TicketCategory,
    title: row.title,
    openedAt: toDate(row.opened_at),
    causedByThirdParty: Boolean(row.caused_by_third_party),
    status: row.status as TicketStatus,
    alertGroup:
      row.alert_group_key === null
        ? null
        : {
            groupKey: row.alert_group_key,
            externalUrl: row.alert_external_url,
          },
    createdAt: toDate(row.created_at),
    events,
  };
}

/** Adds a scope's criteria to a query, nested as the criteria are. */
function whereInScope(
  builder: Knex.QueryBuilder,
  scope: PermissionCriteria<TicketScope>,
): void {
  if ('allOf' in scope) {
    for (const part of scope.allOf) {
      builder.andWhere(inner => whereInScope(inner, part));
    }
  } else if ('anyOf' in scope) {
    // An empty anyOf selects nothing.
    builder.whereRaw('1 = 0');
    for (const part of scope.anyOf) {
      builder.orWhere(inner => whereInScope(inner, part));
    }
  } else if ('not' in scope) {
    builder.whereNot(inner => whereInScope(inner, scope.not));
  } else if ('customers' in scope) {
    builder.whereIn('customer', scope.customers);
  } else {
    builder.whereIn('cluster_ref', scope.clusterRefs);
  }
}

/** Status after an event: resolving and reopening change it, a response does not. */
function statusAfter(type: TicketEventType, status: TicketStatus) {
  if (type === 'resolved') return 'resolved';
  if (type === 'reopened') return 'open';
  return status;
}

/** A new event for a ticket, checked against the ticket inside the transaction. */
export interface NewTicketEvent {
  type: TicketEventType;
  at: Date;
  recordedBy: string;
  recordedAt: Date;
}

/** Support tickets and their events, in the plugin's database. */
export class TicketStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<TicketStore> {
    return new TicketStore(await migratedClient(options.database));
  }

  private constructor(private readonly db: Knex) {}

  /**
   * Stores a ticket, unless one with the same external id exists: then that one is returned, so
   * a sender that retries never creates two.
   */
  async insertTicket(
    ticket: NewTicket,
    now: Date = new Date(),
  ): Promise<{ ticket: StoredTicket; created: boolean }> {
    const id = randomUUID();
    const inserted = await this.db<TicketRow>('mpk_tickets')
      .insert({
        id,
        external_id: ticket.externalId,
        source: ticket.source,
        cluster_ref: ticket.clusterRef,
        customer: ticket.customer,
        environment: ticket.environment,
        supported_window: JSON.stringify(ticket.supportedWindow),
        severity: ticket.severity,
        category: ticket.category,
        title: ticket.title,
        opened_at: ticket.openedAt,
        caused_by_third_party: ticket.causedByThirdParty,
        status: 'open',
        alert_group_key: ticket.alertGroup?.groupKey ?? null,
        alert_external_url: ticket.alertGroup?.externalUrl ?? null,
        created_at: now,
      })
      .onConflict('external_id')
      .ignore()
      .returning('id');
    if (inserted.length === 1) {
      return { ticket: (await this.getTicket(id))!, created: true };
    }
    return {
      ticket: (await this.getTicketByExternalId(ticket.externalId!))!,
      created: false,
    };
  }

  async getTicket(id: string): Promise<StoredTicket | undefined> {
    const [ticket] = await this.withEvents(
      await this.db<TicketRow>('mpk_tickets').where({ id }),
    );
    return ticket;
  }

  async getTicketByExternalId(
    externalId: string,
  ): Promise<StoredTicket | undefined> {
    const [ticket] = await this.withEvents(
      await this.db<TicketRow>('mpk_tickets').where({
        external_id: externalId,
      }),
    );
    return ticket;
  }

  /** Tickets matching the filter, the most recently opened first. */
  async listTickets(filter: TicketFilter = {}): Promise<StoredTicket[]> {
    const query = this.db<TicketRow>('mpk_tickets')
      .orderBy('opened_at', 'desc')
      .orderBy('id');
    if (filter.clusterRefs?.length) {
      query.whereIn('cluster_ref', filter.clusterRefs);
    }
    if (filter.customers?.length) {
      query.whereIn('customer', filter.customers);
    }
    if (filter.status?.length) {
      query.whereIn('status', filter.status);
    }
    if (filter.openedFrom) {
      query.where('opened_at', '>=', filter.openedFrom);
    }
    if (filter.openedBefore) {
      query.where('opened_at', '<', filter.openedBefore);
    }
    if (filter.scope) {
      const scope = filter.scope;
      query.where(builder => whereInScope(builder, scope));
    }
    return this.withEvents(await query);
  }

  /**
   * Records an event in one transaction. The same event again (same type and time) changes
   * nothing, so a retried request is harmless. `check` sees the ticket as it stands inside the
   * transaction and throws to refuse the event; nothing is stored then.
   */
  async addEvent(
    ticketId: string,
    event: NewTicketEvent,
    check: (ticket: StoredTicket) => void,
  ): Promise<{ ticket: StoredTicket; added: boolean } | undefined> {
    const added = await this.db.transaction(async tx => {
      const rows = tx<TicketRow>('mpk_tickets').where({ id: ticketId });
      // SQLite serialises writers anyway and has no row locks.
      if (tx.client.config.client === 'pg') rows.forUpdate();
      const [ticket] = await this.withEvents(await rows, tx);
      if (!ticket) return undefined;
      const at = event.at.toISOString();
      if (ticket.events.some(e => e.type === event.type && e.at === at)) {
        return false;
      }
      check(ticket);
      await tx('mpk_ticket_events').insert({
        ticket_id: ticketId,
        type: event.type,
        at: event.at,
        recorded_at: event.recordedAt,
        recorded_by: event.recordedBy,
      });
      const status = statusAfter(event.type, ticket.status);
      if (status !== ticket.status) {
        await tx('mpk_tickets').where({ id: ticketId }).update({ status });
      }
      return true;
    });
    if (added === undefined) return undefined;
    return { ticket: (await this.getTicket(ticketId))!, added };
  }

  private async withEvents(
    rows: TicketRow[],
    db: Knex = this.db,
  ): Promise<StoredTicket[]> {
    const events = new Map<string, TicketEvent[]>();
    // Chunked: SQLite and PostgreSQL cap the number of bound parameters per query.
    for (let i = 0; i < rows.length; i += 500) {
      const eventRows: EventRow[] = await db('mpk_ticket_events')
        .whereIn(
          'ticket_id',
          rows.slice(i, i + 500).map(row => row.id),
        )
        .orderBy('at')
        .orderBy('id');
      for (const row of eventRows) {
        const list = events.get(row.ticket_id) ?? [];
        list.push(toEvent(row));
        events.set(row.ticket_id, list);
      }
    }
    return rows.map(row => toTicket(row, events.get(row.id) ?? []));
  }
}
