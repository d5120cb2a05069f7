import { NotAllowedError } from '@backstage/errors';
import {
  calendarDateSchema,
  mpkClusterReadPermission,
  mpkUpgradePlanUpdatePermission,
  OBLIGATION_STATUSES,
  SECURITY_STATUSES,
  UPGRADE_PLAN_STATES,
} from '@mpk-portal/plugin-mpk-common';
import { z } from 'zod';
import { UpgradeService } from './UpgradeService';
import { parseInput, queryList } from '../platform/parseInput';
import { clusterResourceOf } from '../platform/access/clusterResources';
import { MpkAccessControl } from '../platform/access/MpkAccessControl';
import { clusterRefFromPath } from '../platform/clusterEntities';
import { MpkRouter } from '../platform/mpkRouter';

const fleetQuery = z.object({
  customer: queryList(z.string().min(1)),
  owner: queryList(z.string().min(1)),
  status: queryList(z.enum(OBLIGATION_STATUSES)),
  readiness: z.enum(['ready', 'blocked']).optional(),
  security: queryList(z.enum(SECURITY_STATUSES)),
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
  options: { access: MpkAccessControl; upgrades: UpgradeService },
): void {
  const { access, upgrades } = options;

  router.get('/clusters/:namespace/:name/upgrade', async (req, res) => {
    const credentials = await access.caller(req);
    const entity = await access.readableCluster(
      credentials,
      clusterRefFromPath(req.params),
    );
    res.json(await upgrades.clusterUpgrade(entity));
  });

  router.get('/fleet/upgrades', async (req, res) => {
    const credentials = await access.caller(req);
    const query = parseInput(fleetQuery, req.query, 'query');
    const scope = await access.clusterScope(
      credentials,
      mpkClusterReadPermission,
    );
    res.json(await upgrades.fleet(query, scope));
  });

  router.put('/clusters/:namespace/:name/upgrade-plan', async (req, res) => {
    // A plan records the person who made it: users only.
    const credentials = await access.caller(req);
    if (credentials.principal.type !== 'user') {
      throw new NotAllowedError('Only a signed-in user may record a plan');
    }
    await access.requireAnywhere(credentials, mpkUpgradePlanUpdatePermission);
    const plan = parseInput(planBody, req.body, 'upgrade plan');
    const entity = await access.clusterToActOn(
      credentials,
      clusterRefFromPath(req.params),
    );
    await access.requireOnCluster(
      credentials,
      mpkUpgradePlanUpdatePermission,
      clusterResourceOf(entity),
    );
    res.json(
      await upgrades.savePlan(
        entity,
        plan,
        credentials.principal.userEntityRef,
      ),
    );
  });
}
