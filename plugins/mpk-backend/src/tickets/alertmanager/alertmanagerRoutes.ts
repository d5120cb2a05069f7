import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  mpkTicketCreatePermission,
  mpkTicketUpdatePermission,
} from '@mpk-portal/plugin-mpk-common';
import express from 'express';
import { AlertmanagerIntake } from '../alertmanager/AlertmanagerIntake';
import { alertmanagerWebhookSchema } from '../alertmanager/webhookPayload';
import { parseInput } from '../../shared/parseInput';
import { principalRef, writerCheck } from '../../shared/writerCheck';
import { MpkRouter } from '../../shared/mpkRouter';

/** Alertmanager's webhook receiver, `POST /integrations/alertmanager`. */
export function registerAlertmanagerRoutes(
  router: MpkRouter,
  options: {
    httpAuth: HttpAuthService;
    permissions: PermissionsService;
    alertmanager: AlertmanagerIntake;
  },
): void {
  const { httpAuth, permissions, alertmanager } = options;
  const checkWriter = writerCheck({ httpAuth, permissions });

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
}
