import { NotFoundError } from '@backstage/errors';
import {
  CLUSTER_PLATFORMS,
  KUBERNETES_CALENDAR_OF_PLATFORM,
  mpkReleaseReadPermission,
  offeredReleases,
  SupportedKubernetesVersionsResponse,
} from '@mpk-portal/plugin-mpk-common';
import { z } from 'zod';
import { MpkAccessControl } from '../platform/access/MpkAccessControl';
import { ContractClock } from '../platform/ContractClock';
import { ReleaseCalendars } from './ReleaseCalendars';
import { parseInput } from '../platform/parseInput';
import { MpkRouter } from '../platform/mpkRouter';
import { UpgradeService } from '../upgrades/UpgradeService';

const versionsQuery = z.strictObject({ platform: z.enum(CLUSTER_PLATFORMS) });

/**
 * The releases a new cluster may run: what design forms and design checks offer. The releases
 * belong to the release calendars, their certification to the stack in the catalog.
 */
export function registerReleaseRoutes(
  router: MpkRouter,
  options: {
    access: MpkAccessControl;
    calendars: ReleaseCalendars;
    clock: ContractClock;
    upgrades: Pick<UpgradeService, 'platformStack'>;
  },
): void {
  const { access, calendars, clock, upgrades } = options;

  router.get('/kubernetes-versions', async (req, res) => {
    await access.require(await access.caller(req), mpkReleaseReadPermission);
    const { platform } = parseInput(versionsQuery, req.query, 'query');
    const product = KUBERNETES_CALENDAR_OF_PLATFORM[platform];
    const calendar = calendars.get()[product];
    if (!calendar) {
      throw new NotFoundError(`No release calendar for ${product}`);
    }
    const day = clock.today();
    const { certifiedReleases } = await upgrades.platformStack();
    const response: SupportedKubernetesVersionsResponse = {
      platform,
      today: day,
      calendar: { product, title: calendar.title },
      ...offeredReleases(platform, calendar, certifiedReleases[platform], day),
    };
    res.json(response);
  });
}
