import { InputError } from '@backstage/errors';
import {
  calendarMonthSchema,
  mpkCreditClaimPermission,
  mpkCreditReadPermission,
} from '@mpk-portal/plugin-mpk-common';
import { z } from 'zod';
import { CreditService } from './CreditService';
import { TicketService } from '../tickets/TicketService';
import { MpkAccessControl } from '../platform/access/MpkAccessControl';
import { principalRef } from '../platform/access/principalRef';
import { ContractClock } from '../platform/ContractClock';
import { MpkRouter } from '../platform/mpkRouter';
import { parseInput } from '../platform/parseInput';

const creditsQuery = z.strictObject({
  customer: z.string({ error: 'is required' }).min(1).max(253),
  month: calendarMonthSchema.optional(),
});

const claimBody = z.strictObject({
  ticketId: z.string({ error: 'is required' }).min(1).max(200),
});

/** The credit endpoints: a customer's credits for a month, and credit claims. */
export function registerCreditRoutes(
  router: MpkRouter,
  options: {
    access: MpkAccessControl;
    credits: CreditService;
    tickets: TicketService;
    clock: ContractClock;
  },
): void {
  const { access, credits, tickets, clock } = options;

  router.get('/credits', async (req, res) => {
    const credentials = await access.caller(req);
    const { customer, month } = parseInput(creditsQuery, req.query, 'query');
    // Told as an unknown customer: one customer never learns of another.
    await access.requireOnCustomer(
      credentials,
      mpkCreditReadPermission,
      { name: customer },
      () =>
        new InputError(
          `customer: no customer group:default/${customer} in the catalog`,
        ),
    );
    res.json(await credits.credits(customer, month));
  });

  router.post('/credits/claims', async (req, res) => {
    const credentials = await access.caller(req);
    await access.requireAnywhere(credentials, mpkCreditClaimPermission);
    const { ticketId } = parseInput(claimBody, req.body, 'claim');
    const noTicket = () => new InputError(`ticketId: no ticket ${ticketId}`);
    const ticket = await tickets.find(ticketId, clock.now());
    if (!ticket) throw noTicket();
    const cluster = await access.clusterResource({
      entityRef: ticket.cluster,
      customer: ticket.customer,
    });
    await access.requireReadable(credentials, cluster, noTicket, {
      acting: true,
    });
    await access.requireOnCluster(
      credentials,
      mpkCreditClaimPermission,
      cluster,
    );
    const { response, created } = await credits.claim(
      ticketId,
      principalRef(credentials),
    );
    res.status(created ? 201 : 200).json(response);
  });
}
