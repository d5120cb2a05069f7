import { DatabaseService } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import {
  DEFAULT_SUPPORT_CALENDAR,
  firstResponse,
  SupportCalendar,
  TicketComment,
  TicketCommentSide,
  TicketEventType,
  TicketStatus,
} from '@mpk-portal/plugin-mpk-common';
import { PermissionCriteria } from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { migratedClient } from '../platform/migrateDatabase';
import { whereCriteria } from '../platform/whereCriteria';
import { backfillSlaFacts, eventsOfTickets } from './backfillSlaFacts';
import { SlaState, whereSlaStates } from './slaStateQuery';
import {
  CommentRow,
  lacksSlaFacts,
  NewTicket,
  ResponseKind,
  responseColumns,
  slaFactsColumns,
  StoredResponse,
  StoredTicket,
  StoredTicketSummary,
  SUMMARY_COLUMNS,
  TicketRow,
  TicketSummaryRow,
  toComment,
  toTicket,
  toTicketSummary,
} from './ticketRows';

export type {
  NewTicket,
  StoredTicket,
  StoredTicketSummary,
} from './ticketRows';

/**
 * The most comments a ticket's conversation holds, system notes included, so that the ticket's
 * page reads it in one bounded answer.
 */
export const MAX_COMMENTS_PER_TICKET = 2000;

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

/** Adds a scope's criteria to a query, nested as the criteria are. */
const whereInScope = (
  builder: Knex.QueryBuilder,
  scope: PermissionCriteria<TicketScope>,
) =>
  whereCriteria(builder, scope, (leaf, rule) => {
    if ('customers' in rule) leaf.whereIn('customer', rule.customers);
    else leaf.whereIn('cluster_ref', rule.clusterRefs);
  });

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

/** A system's note in a ticket's conversation, e.g. what Alertmanager reported; never a response. */
export interface TicketNotice {
  author: string;
  authorName: string;
  body: string;
  createdAt: Date;
}

/** A new comment of a ticket's conversation. */
export interface NewTicketComment {
  author: string;
  authorName: string;
  side: TicketCommentSide;
  body: string;
  createdAt: Date;
  /** the sender's key: the same key by the same author finds the comment it wrote */
  idempotencyKey: string | null;
  /** whether the author may respond to the ticket, so that their first comment is its response */
  mayRespond: boolean;
}

/** A page of tickets, the most recently opened first, and how many match in all. */
export interface TicketPage {
  tickets: StoredTicketSummary[];
  totalCount: number;
}

/** Support tickets, their events and their conversation, in the plugin's database. */
export class TicketStore {
  /**
   * The store, with the plugin's migrations applied and the tickets stored before the desk given
   * their SLA facts under `supportCalendar` (the contract's calendar by default).
   */
  static async create(options: {
    database: DatabaseService;
    supportCalendar?: SupportCalendar;
  }): Promise<TicketStore> {
    const db = await migratedClient(options.database);
    const calendar = options.supportCalendar ?? DEFAULT_SUPPORT_CALENDAR;
    await backfillSlaFacts(db, calendar);
    return new TicketStore(db, calendar);
  }

  private constructor(
    private readonly db: Knex,
    private readonly calendar: SupportCalendar,
  ) {}

  /**
   * Stores a ticket, unless one with the same external id, or by the same opener under the same
   * idempotency key, exists: then that one is returned, so a sender that retries never creates
   * two. A `notice` is written into the new ticket's conversation in the same transaction.
   */
  async insertTicket(
    ticket: NewTicket,
    now: Date = new Date(),
    notice?: TicketNotice,
  ): Promise<{ ticket: StoredTicket; created: boolean }> {
    const id = randomUUID();
    const created = await this.db.transaction(async tx => {
      const insert = tx('mpk_tickets').insert({
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
        description: ticket.description,
        opened_at: ticket.openedAt,
        opened_by: ticket.openedBy,
        owner_ref: ticket.ownerRef,
        caused_by_third_party: ticket.causedByThirdParty,
        status: 'open',
        alert_group_key: ticket.alertGroup?.groupKey ?? null,
        alert_external_url: ticket.alertGroup?.externalUrl ?? null,
        created_at: now,
        idempotency_key: ticket.idempotencyKey ?? null,
        ...slaFactsColumns(ticket.slaFacts),
        ...responseColumns(null),
      });
      // A system's retry meets its external id; a person's their own key.
      const inserted = await (ticket.externalId === null
        ? insert.onConflict(['opened_by', 'idempotency_key'])
        : insert.onConflict('external_id')
      )
        .ignore()
        .returning('id');
      if (inserted.length !== 1) return false;
      if (notice) await this.insertNotice(tx, id, notice);
      return true;
    });
    if (created) {
      return { ticket: (await this.getTicket(id))!, created: true };
    }
    const existing =
      ticket.externalId === null
        ? await this.getTicketByOpenerKey(
            ticket.openedBy!,
            ticket.idempotencyKey!,
          )
        : await this.getTicketByExternalId(ticket.externalId);
    return { ticket: existing!, created: false };
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

  /** The ticket its opener opened under an idempotency key, if any. */
  async getTicketByOpenerKey(
    openedBy: string,
    idempotencyKey: string,
  ): Promise<StoredTicket | undefined> {
    const [ticket] = await this.withEvents(
      await this.db<TicketRow>('mpk_tickets').where({
        opened_by: openedBy,
        idempotency_key: idempotencyKey,
      }),
    );
    return ticket;
  }

  /** The summaries of the tickets matching the filter, the most recently opened first. */
  async listTickets(filter: TicketFilter = {}): Promise<StoredTicketSummary[]> {
    return this.summaries(await this.newestFirst(this.filtered(filter)));
  }

  /**
   * One page of the tickets matching the filter and in any of `states` at `now` (all states
   * when empty), the most recently opened first, with how many match in all. Filtering, counting
   * and paging happen in the database; the page is read as summaries, without events.
   */
  async listTicketPage(
    filter: TicketFilter & { states: SlaState[]; now: Date },
    page: { limit: number; offset: number },
  ): Promise<TicketPage> {
    const query = this.filtered(filter);
    if (filter.states.length > 0) {
      query.where(builder =>
        whereSlaStates(builder, filter.states, filter.now),
      );
    }
    const [{ n }] = await query.clone().count({ n: '*' });
    const rows: TicketSummaryRow[] = await this.newestFirst(query)
      .limit(page.limit)
      .offset(page.offset);
    return { tickets: await this.summaries(rows), totalCount: Number(n) };
  }

  /** The conversation of a ticket, oldest first. */
  async commentsOf(ticketId: string): Promise<TicketComment[]> {
    const rows: CommentRow[] = await this.db('mpk_ticket_comments')
      .where({ ticket_id: ticketId })
      .orderBy('created_at')
      .orderBy('seq');
    return rows.map(toComment);
  }

  /**
   * Records an event in one transaction. The same event again (same type and time) changes
   * nothing, so a retried request is harmless. `check` sees the ticket as it stands inside the
   * transaction and throws to refuse the event; nothing is stored then. When the event becomes
   * the ticket's first response, it is kept as the response: a `responded` event as
   * an acknowledgement, a resolution as one (`becameResponse`). A `notice` joins the
   * conversation with the event, unless the conversation is full.
   */
  async addEvent(
    ticketId: string,
    event: NewTicketEvent,
    check: (ticket: StoredTicket) => void,
    options: { notice?: TicketNotice } = {},
  ): Promise<
    | { ticket: StoredTicket; added: boolean; becameResponse: boolean }
    | undefined
  > {
    const result = await this.db.transaction(async tx => {
      const ticket = await this.lockedTicket(tx, ticketId);
      if (!ticket) return undefined;
      const at = event.at.toISOString();
      if (ticket.events.some(e => e.type === event.type && e.at === at)) {
        return { added: false, becameResponse: false };
      }
      check(ticket);
      const becameResponse = await this.insertEvent(
        tx,
        ticket,
        event,
        'acknowledgement',
      );
      const status = statusAfter(event.type, ticket.status);
      if (status !== ticket.status) {
        await tx('mpk_tickets').where({ id: ticketId }).update({ status });
      }
      // The event matters more than the note: a full conversation takes the event alone.
      if (
        options.notice &&
        (await this.commentCount(tx, ticketId)) < MAX_COMMENTS_PER_TICKET
      ) {
        await this.insertNotice(tx, ticketId, options.notice);
      }
      return { added: true, becameResponse };
    });
    if (result === undefined) return undefined;
    return { ticket: (await this.getTicket(ticketId))!, ...result };
  }

  /**
   * Writes a comment in one transaction. The first comment of someone who may respond, on a
   * ticket not yet answered, is its initial response: recorded as a `responded` event at the
   * comment's time by its author, in the same transaction. A comment repeated under the same
   * idempotency key by the same author returns the one written, and writes nothing; the same
   * key with another text is a conflict, and so is a comment on a ticket whose conversation holds
   * {@link MAX_COMMENTS_PER_TICKET} comments.
   */
  async addComment(
    ticketId: string,
    comment: NewTicketComment,
  ): Promise<
    | { comment: TicketComment; created: boolean; ticket: StoredTicket }
    | undefined
  > {
    const result = await this.db.transaction(async tx => {
      const ticket = await this.lockedTicket(tx, ticketId);
      if (!ticket) return undefined;
      if (comment.idempotencyKey !== null) {
        const [earlier]: CommentRow[] = await tx('mpk_ticket_comments').where({
          ticket_id: ticketId,
          author_ref: comment.author,
          idempotency_key: comment.idempotencyKey,
        });
        if (earlier) {
          if (earlier.body !== comment.body) {
            throw new ConflictError(
              `Idempotency-Key ${comment.idempotencyKey} already wrote a different comment (${earlier.id}) on ticket ${ticketId}`,
            );
          }
          return { comment: toComment(earlier), created: false };
        }
      }
      if ((await this.commentCount(tx, ticketId)) >= MAX_COMMENTS_PER_TICKET) {
        throw new ConflictError(
          `Ticket ${ticketId}: this conversation is full (${MAX_COMMENTS_PER_TICKET} comments); open a new ticket to go on`,
        );
      }
      const countsAsResponse = comment.mayRespond && ticket.response === null;
      const row: CommentRow = {
        id: randomUUID(),
        ticket_id: ticketId,
        author_ref: comment.author,
        author_name: comment.authorName,
        side: comment.side,
        body: comment.body,
        created_at: comment.createdAt,
        counts_as_response: countsAsResponse,
        idempotency_key: comment.idempotencyKey,
      };
      await tx('mpk_ticket_comments').insert(row);
      if (countsAsResponse) {
        await this.insertEvent(
          tx,
          ticket,
          {
            type: 'responded',
            at: comment.createdAt,
            recordedAt: comment.createdAt,
            recordedBy: comment.author,
          },
          'comment',
        );
      }
      return { comment: toComment(row), created: true };
    });
    if (!result) return undefined;
    return { ...result, ticket: (await this.getTicket(ticketId))! };
  }

  /** The ticket, locked for the rest of the transaction (PostgreSQL; SQLite serialises writers). */
  private async lockedTicket(
    tx: Knex.Transaction,
    ticketId: string,
  ): Promise<StoredTicket | undefined> {
    const rows = tx<TicketRow>('mpk_tickets').where({ id: ticketId });
    if (tx.client.config.client === 'pg') rows.forUpdate();
    const [ticket] = await this.withEvents(await rows, tx);
    return ticket;
  }

  /**
   * Inserts an event and, when it is now the first response, keeps it as the ticket's response
   * (a comment that was the response until then no longer is). A ticket the start-up backfill
   * has not reached gets its facts written here, so that the backfill leaves it alone.
   * @returns whether the event became the ticket's response
   */
  private async insertEvent(
    tx: Knex.Transaction,
    ticket: StoredTicket,
    event: NewTicketEvent,
    respondedKind: Exclude<ResponseKind, 'resolution'>,
  ): Promise<boolean> {
    await tx('mpk_ticket_events').insert({
      ticket_id: ticket.id,
      type: event.type,
      at: event.at,
      recorded_at: event.recordedAt,
      recorded_by: event.recordedBy,
    });
    const first = firstResponse([
      ...ticket.events,
      {
        type: event.type,
        at: event.at.toISOString(),
        recordedAt: event.recordedAt.toISOString(),
        recordedBy: event.recordedBy,
      },
    ]);
    const isFirst =
      first !== undefined &&
      first.by === event.type &&
      first.at.getTime() === event.at.getTime();
    const response: StoredResponse | null = isFirst
      ? {
          at: event.at,
          by: event.recordedBy,
          kind: event.type === 'resolved' ? 'resolution' : respondedKind,
        }
      : ticket.response;
    await tx('mpk_tickets')
      .where({ id: ticket.id })
      .update({
        ...slaFactsColumns(ticket.slaFacts),
        ...responseColumns(response),
      });
    if (isFirst && respondedKind !== 'comment') {
      await tx('mpk_ticket_comments')
        .where({ ticket_id: ticket.id })
        .update({ counts_as_response: false });
    }
    return isFirst;
  }

  private async commentCount(
    tx: Knex.Transaction,
    ticketId: string,
  ): Promise<number> {
    const [{ n }] = await tx('mpk_ticket_comments')
      .where({ ticket_id: ticketId })
      .count({ n: '*' });
    return Number(n);
  }

  private async insertNotice(
    tx: Knex.Transaction,
    ticketId: string,
    notice: TicketNotice,
  ): Promise<void> {
    await tx('mpk_ticket_comments').insert({
      id: randomUUID(),
      ticket_id: ticketId,
      author_ref: notice.author,
      author_name: notice.authorName,
      side: 'service',
      body: notice.body,
      created_at: notice.createdAt,
      counts_as_response: false,
      idempotency_key: null,
    });
  }

  private filtered(filter: TicketFilter): Knex.QueryBuilder {
    const query = this.db('mpk_tickets');
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
    return query;
  }

  private newestFirst(query: Knex.QueryBuilder) {
    return query
      .select(SUMMARY_COLUMNS)
      .orderBy('opened_at', 'desc')
      .orderBy('id');
  }

  /**
   * Summaries of rows, without events: only a row the start-up backfill has not reached (e.g.
   * one an older replica wrote while this one started) has its events read, for its response.
   */
  private async summaries(
    rows: TicketSummaryRow[],
  ): Promise<StoredTicketSummary[]> {
    const unfilled = rows.filter(lacksSlaFacts).map(row => row.id);
    const events =
      unfilled.length > 0
        ? await eventsOfTickets(this.db, unfilled)
        : new Map<string, never[]>();
    return rows.map(row =>
      toTicketSummary(row, events.get(row.id) ?? [], this.calendar),
    );
  }

  private async withEvents(
    rows: TicketRow[],
    db: Knex = this.db,
  ): Promise<StoredTicket[]> {
    const events = await eventsOfTickets(
      db,
      rows.map(row => row.id),
    );
    return rows.map(row =>
      toTicket(row, events.get(row.id) ?? [], this.calendar),
    );
  }
}
