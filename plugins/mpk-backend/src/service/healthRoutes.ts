import { HttpAuthService } from '@backstage/backend-plugin-api';
import { ServiceUnavailableError } from '@backstage/errors';
import express from 'express';
import Router from 'express-promise-router';
import { DatabaseHealth } from '../database/DatabaseHealth';

/** `GET /health`: the plugin answers, and so does its database. */
export function createHealthRoutes(options: {
  httpAuth: HttpAuthService;
  databaseHealth: Pick<DatabaseHealth, 'check'>;
}): express.Router {
  const { httpAuth, databaseHealth } = options;
  const router = Router();

  router.get('/health', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const database = await databaseHealth.check();
    if (database.status !== 'ok') {
      throw new ServiceUnavailableError(
        `The mpk database (${database.client}) does not answer: ${database.message}`,
      );
    }
    res.json({ status: 'ok', database });
  });

  return router;
}
