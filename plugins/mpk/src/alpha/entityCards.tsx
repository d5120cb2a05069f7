import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import {
  isClusterEntity,
  isStackComponentEntity,
} from '@mpk-portal/plugin-mpk-common';
import { isDesignEntity } from '../components/design/designEntity';

/**
 * Entity card with the contract facts of a managed cluster, shown on `kubernetes-cluster`
 * Resource pages.
 * @alpha
 */
export const clusterOverviewEntityCard = EntityCardBlueprint.make({
  name: 'cluster-overview',
  params: {
    type: 'info',
    filter: isClusterEntity,
    loader: () =>
      import('../components/ClusterOverviewCard').then(m => (
        <m.ClusterOverviewCard />
      )),
  },
});

/**
 * Entity card with the support tier, tier history and clusters of a stack component, shown on
 * stack component pages.
 * @alpha
 */
export const stackComponentEntityCard = EntityCardBlueprint.make({
  name: 'stack-component',
  params: {
    type: 'content',
    filter: isStackComponentEntity,
    loader: () =>
      import('../components/StackComponentCard').then(m => (
        <m.StackComponentCard />
      )),
  },
});

/**
 * Entity card with the upgrade deadlines and upgrade plan of a managed cluster, shown on
 * `kubernetes-cluster` Resource pages.
 * @alpha
 */
export const upgradeEntityCard = EntityCardBlueprint.make({
  name: 'cluster-upgrade',
  params: {
    type: 'content',
    filter: isClusterEntity,
    loader: () =>
      import('../components/UpgradeCard').then(m => <m.UpgradeCard />),
  },
});

/**
 * Entity card with the open tickets and SLA compliance of a managed cluster, shown on
 * `kubernetes-cluster` Resource pages.
 * @alpha
 */
export const slaEntityCard = EntityCardBlueprint.make({
  name: 'cluster-sla',
  params: {
    type: 'content',
    filter: isClusterEntity,
    loader: () => import('../components/SlaCard').then(m => <m.SlaCard />),
  },
});

/**
 * Entity card with the CNCF conformance status, latest run and history of a managed cluster,
 * shown on `kubernetes-cluster` Resource pages.
 * @alpha
 */
export const conformanceEntityCard = EntityCardBlueprint.make({
  name: 'cluster-conformance',
  params: {
    type: 'content',
    filter: isClusterEntity,
    loader: () =>
      import('../components/ConformanceCard').then(m => <m.ConformanceCard />),
  },
});

/**
 * Entity card with the security posture of a managed cluster against its customer's baseline
 * (deviations, exceptions, vulnerabilities, trend, scan reports), shown on `kubernetes-cluster`
 * Resource pages.
 * @alpha
 */
export const securityEntityCard = EntityCardBlueprint.make({
  name: 'cluster-security',
  params: {
    type: 'content',
    filter: isClusterEntity,
    loader: () =>
      import('../components/SecurityCard').then(m => <m.SecurityCard />),
  },
});

/**
 * Entity card with the customer's decision on a detailed design (latest version, what changed,
 * Accept and Request changes, version history), shown on `cluster-design` Resource pages.
 * @alpha
 */
export const designDecisionEntityCard = EntityCardBlueprint.make({
  name: 'design-decision',
  params: {
    type: 'content',
    filter: isDesignEntity,
    loader: () =>
      import('../components/DesignDecisionCard').then(m => (
        <m.DesignDecisionCard />
      )),
  },
});
