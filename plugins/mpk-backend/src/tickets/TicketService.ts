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
  ClusterSlaResponse,
  dateIn,
  firstResponse,
  readClusterFacts,
  SLA_STATES,
  slaCompliance,
  SupportCalendar,
  supportedWindowAt,
  Ticket,
  TicketCategory,
  TicketEventType,
  TicketListResponse,
  TicketSeverity,
  ticketSla,
  TicketSource,
  ticketEventRefusal,
  TicketStatus,
} from '@mpk-portal/plugin-mpk-common';
import { ReleaseCalendars } from '../releases/ReleaseCalendars';
import { findClusterEntity, parseClusterRef } from '../shared/clusterEntities';
import { ContractClock, isInFuture } from '../shared/ContractClock';
import {
  StoredTicket,
  TicketFilter,
  TicketScope,
  TicketStore,
} from './TicketStore';

const dayMs = 24 * 60 * 60 * 1000;

type NonEmpty<T> = [T, ...T[]];

/** A ticket as a sender opens it. */
export interface OpenTicketRequest {
  externalId?: string;
  /** entity ref; a bare name means `resource:default/<name>` */
  cluster: string;
  severity: TicketSeverity;
  category: TicketCategory;
  title: string;
  openedAt: Date;
  causedByThirdParty: boolean;
  source: TicketSource;
  alertGroup?: { groupKey: string; externalUrl: string | null };
}

/** Which tickets to list; an empty list means no filter. */
export interface TicketQuery {
  cluster: string[];
  customer: string[];
  state: (typeof SLA_STATES)[number][];
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
    },
  ) {}

  /** The ticket as the API serves it, with its SLA at `now`. */
  present(stored: StoredTicket, now: Date = this.deps.clock.now()): Ticket {
    const response = firstResponse(stored.events);
    const sla = ticketSla(
      {
        severity: stored.severity,
        category: stored.category,
        environment: stored.environment,
        openedAt: stored.openedAt,
        withinSupportedWindow: stored.supportedWindow.within,
        respondedAt: response?.at,
      },
      now,
      this.deps.supportCalendar,
    );
    const notes = [stored.supportedWindow.explanation];
    if (response?.by === 'resolved') {
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
      causedByThirdParty: stored.causedByThirdParty,
      status: stored.status,
      supportedWindow: stored.supportedWindow,
      events: stored.events,
      sla: { ...sla, explanation: [sla.explanation, ...notes].join('; ') },
      alertGroup: stored.alertGroup,
      createdAt: stored.createdAt.toISOString(),
    };
  }

  /**
   * Opens a ticket, or returns the one already opened under the same external id. The cluster's
   * facts (customer, environment, Kubernetes version) are read from the catalog now and kept.
   */
  async open(
    request: OpenTicketRequest,
  ): Promise<{ ticket: Ticket; created: boolean }> {
    const now = this.deps.clock.now();
    if (isInFuture(request.openedAt, now)) {
      throw new InputError(
        `openedAt: ${request.openedAt.toISOString()} is in the future`,
      );
    }
    if (request.externalId) {
      const existing = await this.deps.store.getTicketByExternalId(
        request.externalId,
      );
      if (existing) {
        this.assertSameTicket(existing, request);
        return { ticket: this.present(existing, now), created: false };
      }
    }

    const clusterRef = await this.clusterOf(request.cluster);
    const { facts } = clusterRef;
    const supportedWindow = supportedWindowAt(
      {
        platform: facts.platform,
        kubernetesVersion: facts.kubernetesVersion.line,
      },
      this.deps.calendars.get(),
      dateIn(this.deps.clock.timeZone, request.openedAt),
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
        openedAt: request.openedAt,
        causedByThirdParty: request.causedByThirdParty,
        alertGroup: request.alertGroup ?? null,
      },
      now,
    );
    if (!created) this.assertSameTicket(ticket, request);
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

  /** The tickets matching a filter with their SLA at one moment, `now`. */
  async presentAll(filter: TicketFilter, now: Date): Promise<Ticket[]> {
    return (await this.deps.store.listTickets(filter)).map(t =>
      this.present(t, now),
    );
  }

  /**
   * Records a response, resolution or reopening. Resolving needs an open ticket and reopening a
   * resolved one, each after the last change of status; the same event again changes nothing.
   */
  async addEvent(
    id: string,
    event: { type: TicketEventType; at: Date },
    recordedBy: string,
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
    );
    if (!result) throw new NotFoundError(`No ticket ${id}`);
    return { ticket: this.present(result.ticket, now), added: result.added };
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
    const stored = await this.deps.store.listTickets({
      clusterRefs,
      customers: query.customer,
      status: query.status,
      openedFrom: query.from,
      openedBefore: query.to,
      scope: scope && (await this.ticketScopeOf(scope)),
    });
    const tickets = stored
      .map(t => this.present(t, now))
      .filter(
        t => query.state.length === 0 || query.state.includes(t.sla.state),
      );
    return {
      now: now.toISOString(),
      totalCount: tickets.length,
      items: tickets.slice(query.offset, query.offset + query.limit),
    };
  }

  /**
   * The open tickets of a cluster, unanswered ones first by due time, and its compliance over 30
   * and 90 days.
   */
  async clusterSla(entity: Entity): Promise<ClusterSlaResponse> {
    const entityRef = stringifyEntityRef(entity);
    const now = this.deps.clock.now();
    const since = (days: number) => new Date(now.getTime() - days * dayMs);
    const recent = (
      await this.deps.store.listTickets({
        clusterRefs: [entityRef],
        openedFrom: since(90),
      })
    ).map(t => this.present(t, now));
    const open = (
      await this.deps.store.listTickets({
        clusterRefs: [entityRef],
        status: ['open'],
      })
    ).map(t => this.present(t, now));
    const end = new Date(now.getTime() + 1);
    return {
      cluster: entityRef,
      now: now.toISOString(),
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
    if (!result.ok) {
      throw new InputError(
        `cluster: the catalog entry of ${entityRef} is incomplete: ${result.problems.join(
          '; ',
        )}`,
      );
    }
    return { entityRef, facts: result.facts };
  }

  /** A repeated external id must describe the same ticket, or the sender mixed two up. */
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
    if (existing.openedAt.getTime() !== request.openedAt.getTime())
      differences.push('openedAt');
    if (differences.length > 0) {
      throw new ConflictError(
        `externalId ${request.externalId} already names ticket ${
          existing.id
        }, which differs in ${differences.join(', ')}`,
      );
    }
  }
}
