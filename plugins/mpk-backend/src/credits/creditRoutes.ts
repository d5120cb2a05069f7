import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  calendarMonthSchema,
  mpkCreditClaimPermission,
} from '@mpk-portal/plugin-mpk-common';
import { z } from 'zod';
import { CreditService } from './CreditService';
import { parseInput } from '../shared/parseInput';
import { principalRef, writerCheck } from '../shared/writerCheck';
import { MpkRouter } from '../shared/mpkRouter';

const creditsQuery = z.strictObject({
  customer: z.string({ error: 'is required' }).min(1),
  month: calendarMonthSchema.optional(),
});

const claimBody = z.strictObject({
  ticketId: z.string({ error: 'is required' }).min(1),
});

/** The credit endpoints: a customer's credits for a month, and credit claims. */
export function registerCreditRoutes(
  router: MpkRouter,
  options: {
    httpAuth: HttpAuthService;
    permissions: PermissionsService;
    credits: CreditService;
  },
): void {
  const { httpAuth, permissions, credits } = options;
  const checkWriter = writerCheck({ httpAuth, permissions });

  router.get('/credits', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const { customer, month } = parseInput(creditsQuery, req.query, 'query');
    res.json(await credits.credits(customer, month, credentials));
  });

  router.post('/credits/claims', async (req, res) => {
    const credentials = await checkWriter(req, mpkCreditClaimPermission);
    const { ticketId } = parseInput(claimBody, req.body, 'claim');
    const { response, created } = await credits.claim(
      ticketId,
      principalRef(credentials),
    );
    res.status(created ? 201 : 200).json(response);
  });
}
