import { mpkAlertmanagerReceivePermission } from '@mpk-portal/plugin-mpk-common';
import express from 'express';
import { AlertmanagerIntake } from '../alertmanager/AlertmanagerIntake';
import { alertmanagerWebhookSchema } from '../alertmanager/webhookPayload';
import { parseInput } from '../../platform/parseInput';
import { MpkAccessControl } from '../../platform/access/MpkAccessControl';
import { principalRef } from '../../platform/access/principalRef';
import { MpkRouter } from '../../platform/mpkRouter';

/** Alertmanager's webhook receiver, `POST /integrations/alertmanager`. */
export function registerAlertmanagerRoutes(
  router: MpkRouter,
  options: { access: MpkAccessControl; alertmanager: AlertmanagerIntake },
): void {
  const { access, alertmanager } = options;

  router.post(
    '/integrations/alertmanager',
    // A notification carries up to `max_alerts` alerts with their labels and annotations.
    express.json({ limit: '5mb' }),
    async (req, res) => {
      const credentials = await access.caller(req);
      await access.require(credentials, mpkAlertmanagerReceivePermission);
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
