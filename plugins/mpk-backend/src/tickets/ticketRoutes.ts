import { InputError, NotFoundError } from '@backstage/errors';
import {
  instantSchema,
  mpkClusterReadPermission,
  mpkTicketCreatePermission,
  mpkTicketReopenPermission,
  mpkTicketRespondPermission,
  SLA_STATES,
  TICKET_CATEGORIES,
  TICKET_EVENT_TYPES,
  TICKET_SEVERITIES,
  TICKET_STATUSES,
} from '@mpk-portal/plugin-mpk-common';
import { z } from 'zod';
import { TicketService } from './TicketService';
import { parseInput, queryList } from '../shared/parseInput';
import { clusterResourceOf } from '../shared/access/clusterResources';
import { MpkAccessControl } from '../shared/access/MpkAccessControl';
import { CallerCredentials, principalRef } from '../shared/access/principalRef';
import { clusterRefFromPath, parseClusterRef } from '../shared/clusterEntities';
import { MpkRouter } from '../shared/mpkRouter';

const openTicketBody = z.strictObject({
  externalId: z.string().min(1).max(200).optional(),
  cluster: z.string().min(1).max(300),
  severity: z.enum(TICKET_SEVERITIES),
  category: z.enum(TICKET_CATEGORIES),
  title: z.string().trim().min(1).max(500),
  openedAt: instantSchema,
  causedByThirdParty: z.boolean().default(false),
});

const eventBody = z.strictObject({
  type: z.enum(TICKET_EVENT_TYPES),
  at: instantSchema,
});

const ticketQuery = z.strictObject({
  cluster: queryList(z.string().min(1)),
  customer: queryList(z.string().min(1)),
  state: queryList(z.enum(SLA_STATES)),
  status: queryList(z.enum(TICKET_STATUSES)),
  from: instantSchema.optional(),
  to: instantSchema.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** The ticket endpoints: open tickets, record their events, read them and a cluster's SLA. */
export function registerTicketRoutes(
  router: MpkRouter,
  options: { access: MpkAccessControl; tickets: TicketService },
): void {
  const { access, tickets } = options;

  /**
   * The ticket and its cluster, if the caller may read it (or, `acting`, act on it): else a 404
   * as for no ticket.
   */
  async function readableTicket(
    credentials: CallerCredentials,
    id: string,
    acting = false,
  ) {
    const ticket = await tickets.get(id);
    const cluster = await access.clusterResource({
      entityRef: ticket.cluster,
      customer: ticket.customer,
    });
    await access.requireReadable(
      credentials,
      cluster,
      () => new NotFoundError(`No ticket ${id}`),
      { acting },
    );
    return { ticket, cluster };
  }

  router.post('/tickets', async (req, res) => {
    const credentials = await access.caller(req);
    await access.requireAnywhere(credentials, mpkTicketCreatePermission);
    const body = parseInput(openTicketBody, req.body, 'ticket');
    let ref;
    try {
      ref = parseClusterRef(body.cluster);
    } catch (error) {
      throw new InputError(`cluster: ${error}`);
    }
    // Missing or hidden, the cluster is unknown to the caller: the same 400 either way.
    const entity = await access
      .clusterToActOn(credentials, ref)
      .catch(error => {
        throw error instanceof NotFoundError
          ? new InputError(`cluster: ${error.message.replace(/^No /, 'no ')}`)
          : error;
      });
    await access.requireOnCluster(
      credentials,
      mpkTicketCreatePermission,
      clusterResourceOf(entity),
    );
    const { ticket, created } = await tickets.open({ ...body, source: 'api' });
    res.status(created ? 201 : 200).json(ticket);
  });

  router.get('/tickets', async (req, res) => {
    const credentials = await access.caller(req);
    const query = parseInput(ticketQuery, req.query, 'query');
    const scope = await access.clusterScope(
      credentials,
      mpkClusterReadPermission,
    );
    res.json(await tickets.list(query, scope.criteria));
  });

  router.get('/tickets/:id', async (req, res) => {
    const credentials = await access.caller(req);
    res.json((await readableTicket(credentials, req.params.id)).ticket);
  });

  router.post('/tickets/:id/events', async (req, res) => {
    const credentials = await access.caller(req);
    const event = parseInput(eventBody, req.body, 'event');
    const permission =
      event.type === 'reopened'
        ? mpkTicketReopenPermission
        : mpkTicketRespondPermission;
    await access.requireAnywhere(credentials, permission);
    const { cluster } = await readableTicket(credentials, req.params.id, true);
    await access.requireOnCluster(credentials, permission, cluster);
    const { ticket, added } = await tickets.addEvent(
      req.params.id,
      event,
      principalRef(credentials),
    );
    res.status(added ? 201 : 200).json(ticket);
  });

  router.get('/clusters/:namespace/:name/sla', async (req, res) => {
    const credentials = await access.caller(req);
    const entity = await access.readableCluster(
      credentials,
      clusterRefFromPath(req.params),
    );
    res.json(await tickets.clusterSla(entity));
  });
}
