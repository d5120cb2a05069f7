import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  mpkTicketCreatePermission,
  mpkTicketUpdatePermission,
} from '@mpk-portal/plugin-mpk-common';
import express from 'express';
import Router from 'express-promise-router';
import { AlertmanagerIntake } from '../alertmanager/AlertmanagerIntake';
import { alertmanagerWebhookSchema } from '../alertmanager/webhookPayload';
import { parseInput } from './parseInput';
import { principalRef, writerCheck } from './writerCheck';

/** Alertmanager's webhook receiver, `POST /integrations/alertmanager`. */
export function createAlertmanagerRoutes(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  alertmanager: AlertmanagerIntake;
}): express.Router {
  const { httpAuth, permissions, alertmanager } = options;
  const checkWriter = writerCheck({ httpAuth, permissions });
  const router = Router();

  router.post(
    '/integrations/alertmanager',
    // A notification carries up to `max_alerts` alerts with their labels and annotations.
    express.json({ limit: '5mb' }),
    async (req, res) => {
      const credentials = await checkWriter(
        req,
        mpkTicketCreatePermission,
        mpkTicketUpdatePermission,
      );
      const notification = parseInput(
        alertmanagerWebhookSchema,
        req.body,
        'Alertmanager notification',
      );
      const result = await alertmanager.receive(
        notification,
        principalRef(credentials),
      );
      res.status(result.outcome === 'opened' ? 201 : 200).json(result);
    },
  );

  return router;
}
