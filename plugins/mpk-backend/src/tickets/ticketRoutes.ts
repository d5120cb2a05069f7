import { InputError, NotFoundError } from '@backstage/errors';
import {
  instantSchema,
  mpkClusterReadPermission,
  mpkCreditReadPermission,
  mpkTicketCommentPermission,
  mpkTicketCreatePermission,
  mpkTicketReopenPermission,
  mpkTicketRespondPermission,
  plainTextSchema,
  SLA_STATES,
  TICKET_CATEGORIES,
  TICKET_EVENT_TYPES,
  TICKET_SEVERITIES,
  TICKET_STATUSES,
} from '@mpk-portal/plugin-mpk-common';
import { z } from 'zod';
import { CreditService } from '../credits/CreditService';
import { TicketAuthors } from './TicketAuthors';
import { TicketService } from './TicketService';
import { parseInput, queryList } from '../platform/parseInput';
import { clusterResourceOf } from '../platform/access/clusterResources';
import { MpkAccessControl } from '../platform/access/MpkAccessControl';
import { CallerCredentials, principalRef } from '../platform/access/principalRef';
import { clusterRefFromPath, parseClusterRef } from '../platform/clusterEntities';
import { MpkRouter } from '../platform/mpkRouter';

const openTicketBody = z.strictObject({
  externalId: plainTextSchema().min(1).max(200).optional(),
  cluster: z.string().min(1).max(300),
  severity: z.enum(TICKET_SEVERITIES),
  category: z.enum(TICKET_CATEGORIES),
  title: plainTextSchema().trim().min(1).max(500),
  description: plainTextSchema().max(20_000).trim().optional(),
  openedAt: instantSchema.optional(),
  causedByThirdParty: z.boolean().default(false),
});

/** Why a person may not give each field only systems give. */
const systemFields = {
  openedAt:
    'only systems opening tickets through the API may date them; a ticket opened in the portal is opened now',
  externalId:
    "only systems opening tickets through the API name them with their own ids; a person's retry sends the same Idempotency-Key header",
} as const;

// The length is checked before trimming too, so that no huge padding is processed.
const commentBody = z.strictObject({
  body: plainTextSchema({
    error: issue => (issue.input === undefined ? 'is required' : undefined),
  })
    .max(10_200)
    .trim()
    .min(1)
    .max(10_000),
});

const idempotencyKey = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\x21-\x7e]+$/, 'expected printable ASCII without spaces')
  .optional();

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

/**
 * The ticket endpoints: open tickets, record their events, write in their conversation, read
 * them and a cluster's SLA.
 */
export function registerTicketRoutes(
  router: MpkRouter,
  options: {
    access: MpkAccessControl;
    tickets: TicketService;
    credits: Pick<CreditService, 'ticketCredit'>;
    authors: Pick<TicketAuthors, 'of'>;
  },
): void {
  const { access, tickets, credits, authors } = options;

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
    const key = parseInput(
      idempotencyKey,
      req.header('Idempotency-Key'),
      'Idempotency-Key header',
    );
    // A person opens tickets in the portal, now; a system through the API, dated and named by
    // its own ids. A backdated ticket would be born breached, with a credit to claim.
    const isUser = credentials.principal.type === 'user';
    if (isUser) {
      const refused = (['openedAt', 'externalId'] as const).filter(
        field => body[field] !== undefined,
      );
      if (refused.length > 0) {
        throw new InputError(
          `Invalid ticket: ${refused
            .map(field => `${field}: ${systemFields[field]}`)
            .join('; ')}`,
        );
      }
    } else if (key !== undefined) {
      throw new InputError(
        'Invalid Idempotency-Key header: a system names its tickets with externalId, which its retries send again',
      );
    }
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
    const { ticket, created } = await tickets.open({
      ...body,
      idempotencyKey: key,
      source: isUser ? 'portal' : 'api',
      openedBy: principalRef(credentials),
    });
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
    const { ticket } = await readableTicket(credentials, req.params.id);
    const [comments, mayReadCredits] = await Promise.all([
      tickets.comments(ticket.id),
      access.mayOnCustomer(credentials, mpkCreditReadPermission, {
        name: ticket.customer,
      }),
    ]);
    // The credit only for those who may read the customer's credits; left out for others.
    const credit = mayReadCredits
      ? await credits.ticketCredit(ticket)
      : undefined;
    res.json({
      ...ticket,
      comments,
      ...(credit !== undefined && { credit }),
    });
  });

  router.post('/tickets/:id/comments', async (req, res) => {
    const credentials = await access.caller(req);
    const { body } = parseInput(commentBody, req.body, 'comment');
    const key = parseInput(
      idempotencyKey,
      req.header('Idempotency-Key'),
      'Idempotency-Key header',
    );
    await access.requireAnywhere(credentials, mpkTicketCommentPermission);
    const { cluster } = await readableTicket(credentials, req.params.id, true);
    await access.requireOnCluster(
      credentials,
      mpkTicketCommentPermission,
      cluster,
    );
    const [author, mayRespond] = await Promise.all([
      authors.of(credentials),
      access.mayOnCluster(credentials, mpkTicketRespondPermission, cluster),
    ]);
    const { comment, created } = await tickets.addComment(req.params.id, {
      author,
      body,
      idempotencyKey: key,
      mayRespond,
    });
    res.status(created ? 201 : 200).json(comment);
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
      // Whether the customer is told of a response depends on who gave it.
      { recorder: await authors.of(credentials) },
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
