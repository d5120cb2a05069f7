import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  instantSchema,
  mpkTicketCreatePermission,
  mpkTicketUpdatePermission,
  SLA_STATES,
  TICKET_CATEGORIES,
  TICKET_EVENT_TYPES,
  TICKET_SEVERITIES,
  TICKET_STATUSES,
} from '@mpk-portal/plugin-mpk-common';
import { z } from 'zod';
import { TicketService } from '../tickets/TicketService';
import { parseInput, queryList } from '../shared/parseInput';
import { principalRef, writerCheck } from '../shared/writerCheck';
import { clusterRefFromPath } from '../shared/clusterEntities';
import { MpkRouter } from '../shared/mpkRouter';

const openTicketBody = z.strictObject({
  externalId: z.string().min(1).max(200).optional(),
  cluster: z.string().min(1),
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
  options: {
    httpAuth: HttpAuthService;
    permissions: PermissionsService;
    tickets: TicketService;
  },
): void {
  const { httpAuth, permissions, tickets } = options;
  const checkWriter = writerCheck({ httpAuth, permissions });

  router.post('/tickets', async (req, res) => {
    await checkWriter(req, mpkTicketCreatePermission);
    const body = parseInput(openTicketBody, req.body, 'ticket');
    const { ticket, created } = await tickets.open({ ...body, source: 'api' });
    res.status(created ? 201 : 200).json(ticket);
  });

  router.get('/tickets', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json(await tickets.list(parseInput(ticketQuery, req.query, 'query')));
  });

  router.get('/tickets/:id', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json(await tickets.get(req.params.id));
  });

  router.post('/tickets/:id/events', async (req, res) => {
    const credentials = await checkWriter(req, mpkTicketUpdatePermission);
    const event = parseInput(eventBody, req.body, 'event');
    const { ticket, added } = await tickets.addEvent(
      req.params.id,
      event,
      principalRef(credentials),
    );
    res.status(added ? 201 : 200).json(ticket);
  });

  router.get('/clusters/:namespace/:name/sla', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    res.json(
      await tickets.clusterSla(clusterRefFromPath(req.params), credentials),
    );
  });
}
