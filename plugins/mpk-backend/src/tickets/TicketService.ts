import { AuthService } from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { PermissionCriteria } from '@backstage/plugin-permission-common';
import { MpkClusterQuery } from '@mpk-portal/plugin-mpk-node';
import {
  CLUSTER_ENTITY_FILTER,
  ClusterFacts,
  ClusterSlaResponse,
  dateIn,
  readClusterFacts,
  slaCompliance,
  slaAt,
  SupportCalendar,
  supportedWindowAt,
  SupportedWindowAt,
  Ticket,
  TicketCategory,
  TicketComment,
  TicketCommentSide,
  TicketEventType,
  TicketListResponse,
  TicketSeverity,
  ticketSlaFacts,
  TicketSource,
  ticketEventRefusal,
  TicketStatus,
  TicketSummary,
} from '@mpk-portal/plugin-mpk-common';
import { ReleaseCalendars } from '../releases/ReleaseCalendars';
import { clusterResourceOf } from '../platform/access/clusterResources';
import { findClusterEntity, parseClusterRef } from '../platform/clusterEntities';
import { ContractClock, isInFuture } from '../platform/ContractClock';
import { TicketNotifications } from './notifications/TicketNotifications';
import { TicketChange, TicketSignals } from './notifications/TicketSignals';
import { SlaState } from './slaStateQuery';
import {
  StoredTicket,
  StoredTicketSummary,
  TicketFilter,
  TicketScope,
  TicketStore,
} from './TicketStore';

const dayMs = 24 * 60 * 60 * 1000;

type NonEmpty<T> = [T, ...T[]];

/** What each event is, told to live screens. */
const eventChanges: Record<TicketEventType, TicketChange> = {
  responded: 'responded',
  resolved: 'resolved',
  reopened: 'reopened',
};

/** A system's note for a ticket's conversation, e.g. what Alertmanager reported. */
export interface ServiceNote {
  /** the service's ref, e.g. `alertmanager` */
  author: string;
  authorName: string;
  body: string;
}

/** A ticket as a sender opens it. */
export interface OpenTicketRequest {
  /** a system's id of the ticket; a retry under it finds the ticket */
  externalId?: string;
  /** a person's key for this request; their retry under it finds the ticket */
  idempotencyKey?: string;
  /** entity ref; a bare name means `resource:default/<name>` */
  cluster: string;
  severity: TicketSeverity;
  category: TicketCategory;
  title: string;
  description?: string;
  /** when the problem was reported; now if not given */
  openedAt?: Date;
  causedByThirdParty: boolean;
  source: TicketSource;
  /** the user or service ref of the sender */
  openedBy: string;
  alertGroup?: { groupKey: string; externalUrl: string | null };
  /** written into the new ticket's conversation with it */
  note?: ServiceNote;
}

/** Who writes a comment, as the route has established. */
export interface CommentAuthor {
  /** user entity ref or service subject */
  ref: string;
  name: string;
  side: TicketCommentSide;
}

/** Which tickets to list; an empty list means no filter. */
export interface TicketQuery {
  cluster: string[];
  customer: string[];
  state: SlaState[];
  status: TicketStatus[];
  from?: Date;
  to?: Date;
  limit: number;
  offset: number;
}

/** Support tickets of managed clusters: opening them, their events and their SLA at any moment. */
export class TicketService {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      calendars: ReleaseCalendars;
      store: TicketStore;
      supportCalendar: SupportCalendar;
      /** in whose time zone the supported window's day is judged */
      clock: ContractClock;
      notifications: Pick<
        TicketNotifications,
        'opened' | 'replied' | 'responded'
      >;
      signals: Pick<TicketSignals, 'changed'>;
    },
  ) {}

  /**
   * The ticket as lists serve it, with its SLA at `now`: from the deadline fixed when it was
   * opened and its first response, both as stored.
   */
  summarize(
    stored: StoredTicketSummary,
    now: Date = this.deps.clock.now(),
  ): TicketSummary {
    const { response } = stored;
    const sla = slaAt(stored.slaFacts, response?.at, now);
    const notes = [stored.supportedWindow.explanation];
    if (response?.kind === 'resolution') {
      notes.push(
        'resolved before anyone responded: the resolution counts as the initial response',
      );
    }
    return {
      id: stored.id,
      externalId: stored.externalId,
      source: stored.source,
      cluster: stored.clusterRef,
      customer: stored.customer,
      environment: stored.environment,
      severity: stored.severity,
      category: stored.category,
      title: stored.title,
      openedAt: stored.openedAt.toISOString(),
      openedBy: stored.openedBy,
      causedByThirdParty: stored.causedByThirdParty,
      status: stored.status,
      sla: { ...sla, explanation: [sla.explanation, ...notes].join('; ') },
      alertGroup: stored.alertGroup,
      createdAt: stored.createdAt.toISOString(),
      response: response && {
        at: response.at.toISOString(),
        by: response.by,
        kind: response.kind,
      },
    };
  }

  /** The ticket as its page serves it: its summary, what the opener wrote and its events. */
  present(stored: StoredTicket, now: Date = this.deps.clock.now()): Ticket {
    return {
      ...this.summarize(stored, now),
      description: stored.description,
      supportedWindow: stored.supportedWindow,
      events: stored.events,
    };
  }

  /**
   * Opens a ticket, or returns the one already opened under the same external id, or by the same
   * sender under the same idempotency key. The cluster's facts (customer, environment,
   * Kubernetes version, owning pod) are read from the catalog now and kept, with the SLA's
   * deadline as of the opening. The owning pod is notified of a new ticket.
   */
  async open(
    request: OpenTicketRequest,
  ): Promise<{ ticket: Ticket; created: boolean }> {
    const now = this.deps.clock.now();
    const openedAt = request.openedAt ?? now;
    if (isInFuture(openedAt, now)) {
      throw new InputError(
        `openedAt: ${openedAt.toISOString()} is in the future`,
      );
    }
    const existing = await this.earlierOpening(request);
    if (existing) {
      this.assertSameTicket(existing, request);
      return { ticket: this.present(existing, now), created: false };
    }

    const clusterRef = await this.clusterOf(request.cluster);
    const { facts } = clusterRef;
    const supportedWindow = this.supportedWindowOn(facts, openedAt);
    const slaFacts = ticketSlaFacts(
      {
        severity: request.severity,
        category: request.category,
        environment: facts.environment,
        openedAt,
        withinSupportedWindow: supportedWindow.within,
      },
      this.deps.supportCalendar,
    );
    const { ticket, created } = await this.deps.store.insertTicket(
      {
        externalId: request.externalId ?? null,
        source: request.source,
        clusterRef: clusterRef.entityRef,
        customer: facts.customer,
        environment: facts.environment,
        supportedWindow,
        severity: request.severity,
        category: request.category,
        title: request.title,
        description: request.description || null,
        openedAt,
        openedBy: request.openedBy,
        ownerRef: clusterRef.owner ?? null,
        causedByThirdParty: request.causedByThirdParty,
        alertGroup: request.alertGroup ?? null,
        slaFacts,
        idempotencyKey: request.idempotencyKey ?? null,
      },
      now,
      request.note && { ...request.note, createdAt: now },
    );
    if (!created) {
      this.assertSameTicket(ticket, request);
    } else {
      await this.deps.notifications.opened(ticket);
      await this.deps.signals.changed(ticket, 'opened');
    }
    return { ticket: this.present(ticket, now), created };
  }

  async get(id: string): Promise<Ticket> {
    const ticket = await this.find(id, this.deps.clock.now());
    if (!ticket) throw new NotFoundError(`No ticket ${id}`);
    return ticket;
  }

  /** The ticket with its SLA at `now`, if there is one with this id. */
  async find(id: string, now: Date): Promise<Ticket | undefined> {
    const stored = await this.deps.store.getTicket(id);
    return stored && this.present(stored, now);
  }

  async getByExternalId(externalId: string): Promise<StoredTicket | undefined> {
    return this.deps.store.getTicketByExternalId(externalId);
  }

  /** The summaries of the tickets matching a filter, with their SLA at one moment, `now`. */
  async summarizeAll(
    filter: TicketFilter,
    now: Date,
  ): Promise<TicketSummary[]> {
    return (await this.deps.store.listTickets(filter)).map(t =>
      this.summarize(t, now),
    );
  }

  /**
   * Records a response, resolution or reopening. Resolving needs an open ticket and reopening a
   * resolved one, each after the last change of status; the same event again changes nothing.
   * When the event is the ticket's first response and its `recorder` writes for the provider,
   * the customer's people are told, as of a reply, once.
   */
  async addEvent(
    id: string,
    event: { type: TicketEventType; at: Date },
    recordedBy: string,
    options: { note?: ServiceNote; recorder?: CommentAuthor } = {},
  ): Promise<{ ticket: Ticket; added: boolean }> {
    const now = this.deps.clock.now();
    if (isInFuture(event.at, now)) {
      throw new InputError(`at: ${event.at.toISOString()} is in the future`);
    }
    const result = await this.deps.store.addEvent(
      id,
      { ...event, recordedBy, recordedAt: now },
      ticket => {
        const refusal = ticketEventRefusal(ticket, event);
        if (refusal?.kind === 'invalid') throw new InputError(refusal.message);
        if (refusal) throw new ConflictError(refusal.message);
      },
      { notice: options.note && { ...options.note, createdAt: now } },
    );
    if (!result) throw new NotFoundError(`No ticket ${id}`);
    if (result.added) {
      await this.deps.signals.changed(result.ticket, eventChanges[event.type]);
    }
    const kind = result.ticket.response?.kind;
    if (
      result.becameResponse &&
      options.recorder?.side === 'provider' &&
      (kind === 'acknowledgement' || kind === 'resolution')
    ) {
      await this.deps.notifications.responded(result.ticket, {
        byName: options.recorder.name,
        kind,
      });
    }
    return { ticket: this.present(result.ticket, now), added: result.added };
  }

  /**
   * Writes a comment in a ticket's conversation. The first comment of an author who `mayRespond`
   * (the route asks the permission framework) on a ticket nobody has answered yet is its initial
   * response, recorded with it at the comment's time. A new comment of the provider's staff is
   * announced to the customer's people; a repeat under the same idempotency key writes and
   * announces nothing.
   */
  async addComment(
    id: string,
    comment: {
      author: CommentAuthor;
      body: string;
      idempotencyKey?: string;
      mayRespond: boolean;
    },
  ): Promise<{ comment: TicketComment; created: boolean }> {
    const { author } = comment;
    const result = await this.deps.store.addComment(id, {
      author: author.ref,
      authorName: author.name,
      side: author.side,
      body: comment.body,
      createdAt: this.deps.clock.now(),
      idempotencyKey: comment.idempotencyKey ?? null,
      // A customer's comment never stops the clock, whatever a policy allows.
      mayRespond: comment.mayRespond && author.side === 'provider',
    });
    if (!result) throw new NotFoundError(`No ticket ${id}`);
    if (result.created) {
      await this.deps.signals.changed(
        result.ticket,
        result.comment.countsAsResponse ? 'responded' : 'comment',
      );
      if (author.side === 'provider') {
        await this.deps.notifications.replied(result.ticket, result.comment);
      }
    }
    return { comment: result.comment, created: result.created };
  }

  /** The conversation of a ticket, oldest first. */
  async comments(id: string): Promise<TicketComment[]> {
    return this.deps.store.commentsOf(id);
  }

  /**
   * Tickets matching the query, the most recently opened first, of the clusters `scope` selects
   * (all without one); the scope is applied in the store's query.
   */
  async list(
    query: TicketQuery,
    scope?: PermissionCriteria<MpkClusterQuery>,
  ): Promise<TicketListResponse> {
    const now = this.deps.clock.now();
    const clusterRefs = query.cluster.map(ref => {
      try {
        return stringifyEntityRef(parseClusterRef(ref));
      } catch (error) {
        throw new InputError(`cluster: ${error}`);
      }
    });
    // No catalog lookup: the tickets of a cluster since removed from the catalog stay listable.
    const { tickets, totalCount } = await this.deps.store.listTicketPage(
      {
        clusterRefs,
        customers: query.customer,
        status: query.status,
        openedFrom: query.from,
        openedBefore: query.to,
        scope: scope && (await this.ticketScopeOf(scope)),
        states: query.state,
        now,
      },
      { limit: query.limit, offset: query.offset },
    );
    return {
      now: now.toISOString(),
      totalCount,
      items: tickets.map(t => this.summarize(t, now)),
    };
  }

  /**
   * The open tickets of a cluster, unanswered ones first by due time, its compliance over 30 and
   * 90 days, and whether its version is inside the supported window today, as a ticket opened
   * now would be judged.
   */
  async clusterSla(entity: Entity): Promise<ClusterSlaResponse> {
    const entityRef = stringifyEntityRef(entity);
    const now = this.deps.clock.now();
    const since = (days: number) => new Date(now.getTime() - days * dayMs);
    const recent = await this.summarizeAll(
      { clusterRefs: [entityRef], openedFrom: since(90) },
      now,
    );
    const open = await this.summarizeAll(
      { clusterRefs: [entityRef], status: ['open'] },
      now,
    );
    const end = new Date(now.getTime() + 1);
    const cluster = readClusterFacts(entity);
    return {
      cluster: entityRef,
      now: now.toISOString(),
      supportedWindow: cluster.ok
        ? this.supportedWindowOn(cluster.facts, now)
        : null,
      // Those still waiting for a response first, each group by due time.
      openTickets: open.sort(
        (a, b) =>
          Number(Boolean(a.sla.respondedAt)) -
            Number(Boolean(b.sla.respondedAt)) ||
          a.sla.dueAt.localeCompare(b.sla.dueAt) ||
          a.id.localeCompare(b.id),
      ),
      compliance: {
        last30Days: slaCompliance(recent, since(30), end),
        last90Days: slaCompliance(recent, since(90), end),
      },
    };
  }

  /** A cluster scope as the store can query it: pods become the clusters they own now. */
  private async ticketScopeOf(
    scope: PermissionCriteria<MpkClusterQuery>,
  ): Promise<PermissionCriteria<TicketScope>> {
    if ('allOf' in scope) {
      return {
        allOf: (await Promise.all(
          scope.allOf.map(s => this.ticketScopeOf(s)),
        )) as NonEmpty<PermissionCriteria<TicketScope>>,
      };
    }
    if ('anyOf' in scope) {
      return {
        anyOf: (await Promise.all(
          scope.anyOf.map(s => this.ticketScopeOf(s)),
        )) as NonEmpty<PermissionCriteria<TicketScope>>,
      };
    }
    if ('not' in scope) return { not: await this.ticketScopeOf(scope.not) };
    if ('customers' in scope) return { customers: scope.customers };
    const { items } = scope.owners.length
      ? await this.deps.catalog.getEntities(
          {
            filter: {
              ...CLUSTER_ENTITY_FILTER,
              'relations.ownedBy': scope.owners,
            },
            fields: ['kind', 'metadata.name', 'metadata.namespace'],
          },
          { credentials: await this.deps.auth.getOwnServiceCredentials() },
        )
      : { items: [] };
    return { clusterRefs: items.map(e => stringifyEntityRef(e)) };
  }

  /**
   * Whether the cluster's version is inside the supported window on the day of `at` in the
   * contract's time zone, by the release calendars in use.
   */
  private supportedWindowOn(facts: ClusterFacts, at: Date): SupportedWindowAt {
    return supportedWindowAt(
      {
        platform: facts.platform,
        kubernetesVersion: facts.kubernetesVersion.line,
      },
      this.deps.calendars.get(),
      dateIn(this.deps.clock.timeZone, at),
    );
  }

  /** The ticket the same sender opened under the request's external id or idempotency key. */
  private async earlierOpening(
    request: OpenTicketRequest,
  ): Promise<StoredTicket | undefined> {
    if (request.externalId) {
      return this.deps.store.getTicketByExternalId(request.externalId);
    }
    if (request.idempotencyKey) {
      return this.deps.store.getTicketByOpenerKey(
        request.openedBy,
        request.idempotencyKey,
      );
    }
    return undefined;
  }

  private async clusterOf(ref: string) {
    let compound: CompoundEntityRef;
    try {
      compound = parseClusterRef(ref);
    } catch (error) {
      throw new InputError(`cluster: ${error}`);
    }
    const entityRef = stringifyEntityRef(compound);
    // With the plugin's own credentials: a sender such as Alertmanager holds a static token
    // restricted to this plugin, which the catalog would refuse.
    const entity = await findClusterEntity(
      this.deps.catalog,
      compound,
      await this.deps.auth.getOwnServiceCredentials(),
    );
    if (!entity) {
      throw new InputError(
        `cluster: no kubernetes-cluster ${entityRef} in the catalog`,
      );
    }
    const result = readClusterFacts(entity);
    const { owner } = clusterResourceOf(entity);
    if (!result.ok) {
      throw new InputError(
        `cluster: the catalog entry of ${entityRef} is incomplete: ${result.problems.join(
          '; ',
        )}`,
      );
    }
    return { entityRef, facts: result.facts, owner };
  }

  /**
   * A repeated external id or idempotency key must describe the same ticket, or the sender mixed
   * two up. A system, which names its tickets with external ids, is told which ticket its id
   * names; a person's key is theirs alone, and its answer names no ticket.
   */
  private assertSameTicket(existing: StoredTicket, request: OpenTicketRequest) {
    const differences: string[] = [];
    let requested: string | undefined;
    try {
      requested = stringifyEntityRef(parseClusterRef(request.cluster));
    } catch {
      requested = request.cluster;
    }
    if (existing.clusterRef !== requested) differences.push('cluster');
    if (existing.severity !== request.severity) differences.push('severity');
    if (existing.category !== request.category) differences.push('category');
    // Without an opening time the sender takes the one first stored.
    if (
      request.openedAt &&
      existing.openedAt.getTime() !== request.openedAt.getTime()
    ) {
      differences.push('openedAt');
    }
    if (request.externalId === undefined) {
      // A person's retry sends all they wrote again: anything else is another request.
      if (existing.title !== request.title) differences.push('title');
      if ((existing.description ?? '') !== (request.description ?? '')) {
        differences.push('description');
      }
      if (existing.causedByThirdParty !== request.causedByThirdParty) {
        differences.push('causedByThirdParty');
      }
    }
    if (differences.length === 0) return;
    const differing = differences.join(', ');
    throw new ConflictError(
      request.externalId === undefined
        ? `Idempotency-Key ${request.idempotencyKey} was sent with another ticket, which differs in ${differing}; a new ticket needs a new key`
        : `externalId ${request.externalId} already names ticket ${existing.id}, which differs in ${differing}`,
    );
  }
}
