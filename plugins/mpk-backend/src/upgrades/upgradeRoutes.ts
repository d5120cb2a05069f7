import { HttpAuthService } from '@backstage/backend-plugin-api';
import {
  calendarDateSchema,
  OBLIGATION_STATUSES,
  UPGRADE_PLAN_STATES,
} from '@mpk-portal/plugin-mpk-common';
import { z } from 'zod';
import { UpgradeService } from './UpgradeService';
import { parseInput, queryList } from '../shared/parseInput';
import { clusterRefFromPath } from '../shared/clusterEntities';
import { MpkRouter } from '../shared/mpkRouter';

const fleetQuery = z.object({
  customer: queryList(z.string().min(1)),
  owner: queryList(z.string().min(1)),
  status: queryList(z.enum(OBLIGATION_STATUSES)),
  order: z.enum(['asc', 'desc']).default('asc'),
});

const planBody = z.strictObject({
  plannedDate: calendarDateSchema,
  state: z.enum(UPGRADE_PLAN_STATES),
  note: z.string().max(2000).default(''),
});

/** The upgrade endpoints: one cluster's obligations, the fleet, and upgrade plans. */
export function registerUpgradeRoutes(
  router: MpkRouter,
  options: {
    httpAuth: HttpAuthService;
    upgrades: UpgradeService;
  },
): void {
  const { httpAuth, upgrades } = options;

  router.get('/clusters/:namespace/:name/upgrade', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    res.json(
      await upgrades.clusterUpgrade(
        clusterRefFromPath(req.params),
        credentials,
      ),
    );
  });

  router.get('/fleet/upgrades', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    res.json(
      await upgrades.fleet(
        parseInput(fleetQuery, req.query, 'query'),
        credentials,
      ),
    );
  });

  router.put('/clusters/:namespace/:name/upgrade-plan', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const plan = parseInput(planBody, req.body, 'upgrade plan');
    res.json(
      await upgrades.savePlan(
        clusterRefFromPath(req.params),
        plan,
        credentials.principal.userEntityRef,
        credentials,
      ),
    );
  });
}
