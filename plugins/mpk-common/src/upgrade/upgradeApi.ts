import { ApiSchemas } from '../schema/apiSchemas';

/**
 * States of an upgrade plan an Engagement Manager records for a cluster.
 * @public
 */
export const UPGRADE_PLAN_STATES = ['planned', 'in-progress', 'done'] as const;

/** @public */
export type UpgradePlanState = (typeof UPGRADE_PLAN_STATES)[number];

/**
 * An upgrade plan as stored, `PUT /api/mpk/clusters/:namespace/:name/upgrade-plan` takes
 * `{ plannedDate, state, note }`.
 * @public
 */
export type UpgradePlan = ApiSchemas['UpgradePlan'];

/**
 * A cluster as the upgrade endpoints describe it.
 * @public
 */
export type UpgradeCluster = ApiSchemas['UpgradeCluster'];

/**
 * `GET /api/mpk/clusters/:namespace/:name/upgrade`.
 * @public
 */
export type ClusterUpgradeResponse = ApiSchemas['ClusterUpgradeResponse'];

/**
 * One row of `GET /api/mpk/fleet/upgrades`.
 * @public
 */
export type FleetUpgradeItem = ApiSchemas['FleetUpgradeItem'];

/**
 * `GET /api/mpk/fleet/upgrades?customer=&owner=&status=&order=asc|desc` (sorted by days left).
 * @public
 */
export type FleetUpgradesResponse = ApiSchemas['FleetUpgradesResponse'];

/**
 * `GET /api/mpk/kubernetes-versions?platform=eks`: the releases a new cluster may run.
 * @public
 */
export type SupportedKubernetesVersionsResponse =
  ApiSchemas['SupportedKubernetesVersionsResponse'];
