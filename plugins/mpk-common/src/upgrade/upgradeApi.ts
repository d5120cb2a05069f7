import {
  ClusterEnvironment,
  ClusterPlatform,
  UpgradeStrategy,
} from '../cluster/clusterEntity';
import { ConformanceAssessment } from '../conformance/conformanceApi';
import {
  ObligationStatus,
  UpgradeAssessment,
  UpgradeObligation,
} from './upgradeObligations';

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
export interface UpgradePlan {
  plannedDate: string;
  state: UpgradePlanState;
  note: string;
  updatedBy: string;
  updatedAt: string;
}

/**
 * A cluster as the upgrade endpoints describe it.
 * @public
 */
export interface UpgradeCluster {
  entityRef: string;
  name: string;
  title: string;
  customer: string;
  owner: string;
  environment: ClusterEnvironment;
  platform: ClusterPlatform;
  upgradeStrategy: UpgradeStrategy;
  kubernetesVersion: string;
  workerNodeVersions: string[];
}

/**
 * `GET /api/mpk/clusters/:namespace/:name/upgrade`.
 * @public
 */
export interface ClusterUpgradeResponse {
  /** the day the deadlines were counted from, in the contract's time zone */
  today: string;
  /** versions as the catalog entity declares them, and as they are counted from */
  cluster: UpgradeCluster;
  /**
   * What the cluster's Kubernetes API reported through the Kubernetes plugin, when the entity
   * names its cluster there (`backstage.io/kubernetes-cluster`) and it answered. The deadlines are
   * then counted from these versions.
   */
  live: {
    kubernetesCluster: string;
    serverVersion: string;
    kubeletVersions: string[];
    declaredKubernetesVersion: string;
    /** set when the API and the catalog disagree */
    disagreement: string | null;
  } | null;
  assessment: UpgradeAssessment;
  plan: UpgradePlan | null;
}

/**
 * One row of `GET /api/mpk/fleet/upgrades`.
 * @public
 */
export interface FleetUpgradeItem {
  cluster: UpgradeCluster;
  qualified: boolean;
  withinSupportedWindow: boolean;
  /** the obligation due first, if any has a date */
  next: UpgradeObligation | null;
  /** the status of `next`, or `unknown` without one; what the `status` filter matches */
  status: ObligationStatus;
  plan: UpgradePlan | null;
  /** where the cluster stands on CNCF conformance */
  conformance: ConformanceAssessment;
}

/**
 * `GET /api/mpk/fleet/upgrades?customer=&owner=&status=&order=asc|desc` (sorted by days left).
 * @public
 */
export interface FleetUpgradesResponse {
  today: string;
  items: FleetUpgradeItem[];
}

/**
 * `GET /api/mpk/kubernetes-versions?platform=eks`: the releases a new cluster may run.
 * @public
 */
export interface SupportedKubernetesVersionsResponse {
  platform: ClusterPlatform;
  /** the day judged, in the contract's time zone */
  today: string;
  calendar: { product: string; title: string };
  /** the two most recent releases not past end of life, newest first */
  supportedLines: string[];
}
