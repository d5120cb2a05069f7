import { NotFoundError } from '@backstage/errors';
import {
  CLUSTER_PLATFORMS,
  KUBERNETES_CALENDAR_OF_PLATFORM,
  mpkReleaseReadPermission,
  SupportedKubernetesVersionsResponse,
  supportedLines,
} from '@mpk-portal/plugin-mpk-common';
import { z } from 'zod';
import { MpkAccessControl } from '../platform/access/MpkAccessControl';
import { ContractClock } from '../platform/ContractClock';
import { ReleaseCalendars } from './ReleaseCalendars';
import { parseInput } from '../platform/parseInput';
import { MpkRouter } from '../platform/mpkRouter';

const versionsQuery = z.strictObject({ platform: z.enum(CLUSTER_PLATFORMS) });

/** The releases a new cluster may run: what design forms and design checks offer. */
export function registerReleaseRoutes(
  router: MpkRouter,
  options: {
    access: MpkAccessControl;
    calendars: ReleaseCalendars;
    clock: ContractClock;
  },
): void {
  const { access, calendars, clock } = options;

  router.get('/kubernetes-versions', async (req, res) => {
    await access.require(await access.caller(req), mpkReleaseReadPermission);
    const { platform } = parseInput(versionsQuery, req.query, 'query');
    const product = KUBERNETES_CALENDAR_OF_PLATFORM[platform];
    const calendar = calendars.get()[product];
    if (!calendar) {
      throw new NotFoundError(`No release calendar for ${product}`);
    }
    const day = clock.today();
    const response: SupportedKubernetesVersionsResponse = {
      platform,
      today: day,
      calendar: { product, title: calendar.title },
      supportedLines: supportedLines(calendar, day),
    };
    res.json(response);
  });
}
