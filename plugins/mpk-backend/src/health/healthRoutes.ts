import { mpkHealthReadPermission } from '@mpk-portal/plugin-mpk-common';
import { ServiceUnavailableError } from '@backstage/errors';
import { DatabaseHealth } from './DatabaseHealth';
import { MpkAccessControl } from '../platform/access/MpkAccessControl';
import { MpkRouter } from '../platform/mpkRouter';

/** `GET /health`: the plugin answers, and so does its database. */
export function registerHealthRoutes(
  router: MpkRouter,
  options: {
    access: Pick<MpkAccessControl, 'caller' | 'require'>;
    databaseHealth: Pick<DatabaseHealth, 'check'>;
  },
): void {
  const { access, databaseHealth } = options;

  router.get('/health', async (req, res) => {
    await access.require(await access.caller(req), mpkHealthReadPermission);
    const database = await databaseHealth.check();
    if (database.status !== 'ok') {
      throw new ServiceUnavailableError(
        `The mpk database (${database.client}) does not answer: ${database.message}`,
      );
    }
    res.json({ status: 'ok', database });
  });
}
