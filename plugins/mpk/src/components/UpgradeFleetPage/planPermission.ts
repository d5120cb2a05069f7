import { parseEntityRef } from '@backstage/catalog-model';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  FleetUpgradeItem,
  MPK_ACCESS_MATRIX,
  MpkRole,
  mpkUpgradePlanUpdatePermission,
  ROLE_TITLES,
} from '@mpk-portal/plugin-mpk-common';
import { joinWords } from '../persona/wording';

/** The roles that may record an upgrade plan, each for the clusters of its own pods. */
const planRoles = Object.keys(
  MPK_ACCESS_MATRIX[mpkUpgradePlanUpdatePermission.name],
) as MpkRole[];

/**
 * Why a user may not record the upgrade plan of a cluster, e.g. "Only the Engagement Manager, Lead
 * Architect or Senior CKA engineer of pod-blue can edit this upgrade plan".
 */
export function planRefusal(item: FleetUpgradeItem) {
  const pod = parseEntityRef(item.cluster.owner, { defaultKind: 'group' });
  return `Only the ${joinWords(
    planRoles.map(role => ROLE_TITLES[role]),
    'or',
  )} of ${pod.name} can edit this upgrade plan`;
}

/**
 * Whether the permission policy lets the user record the upgrade plan of the item's cluster, and
 * if it does not, why; `refusal` is unset while the decision is pending.
 */
export function usePlanPermission(item: FleetUpgradeItem) {
  const { allowed, loading } = usePermission({
    permission: mpkUpgradePlanUpdatePermission,
    resourceRef: item.cluster.entityRef,
  });
  return {
    allowed,
    loading,
    refusal: loading || allowed ? undefined : planRefusal(item),
  };
}
