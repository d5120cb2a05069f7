import { HttpAuthService } from '@backstage/backend-plugin-api';
import { ServiceUnavailableError } from '@backstage/errors';
import { DatabaseHealth } from './DatabaseHealth';
import { MpkRouter } from '../shared/mpkRouter';

/** `GET /health`: the plugin answers, and so does its database. */
export function registerHealthRoutes(
  router: MpkRouter,
  options: {
    httpAuth: HttpAuthService;
    databaseHealth: Pick<DatabaseHealth, 'check'>;
  },
): void {
  const { httpAuth, databaseHealth } = options;

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
}
