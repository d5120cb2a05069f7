import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  calendarMonthSchema,
  mpkCreditClaimPermission,
} from '@mpk-portal/plugin-mpk-common';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { CreditService } from '../tickets/CreditService';
import { parseInput } from './parseInput';
import { principalRef, writerCheck } from './writerCheck';

const creditsQuery = z.strictObject({
  customer: z.string({ error: 'is required' }).min(1),
  month: calendarMonthSchema.optional(),
});

const claimBody = z.strictObject({
  ticketId: z.string({ error: 'is required' }).min(1),
});

/** The credit endpoints: a customer's credits for a month, and credit claims. */
export function createCreditRoutes(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  credits: CreditService;
}): express.Router {
  const { httpAuth, permissions, credits } = options;
  const checkWriter = writerCheck({ httpAuth, permissions });
  const router = Router();

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

  return router;
}
