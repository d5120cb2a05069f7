import {
  FleetUpgradeItem,
  ObligationStatus,
} from '@mpk-portal/plugin-mpk-common';
import { STATUS_ORDER } from '../upgradeWording';

/** The values of the fleet filters. */
export interface FleetFilters {
  customer: string[];
  /** support pod refs, e.g. `group:default/pod-blue` */
  owner: string[];
  status: ObligationStatus[];
}

export const NO_FLEET_FILTERS: FleetFilters = {
  customer: [],
  owner: [],
  status: [],
};

function union(known: string[], found: string[]): string[] {
  return [...new Set([...known, ...found])].sort((a, b) => a.localeCompare(b));
}

/**
 * The filter options known so far, with those of newly loaded items added. Options accumulate
 * because a filtered load only holds the selected values: rebuilding the options from it alone
 * would take away the others.
 */
export function addFilterOptions(
  known: FleetFilters,
  items: FleetUpgradeItem[],
): FleetFilters {
  const statuses = new Set([...known.status, ...items.map(i => i.status)]);
  return {
    customer: union(
      known.customer,
      items.map(i => i.cluster.customer),
    ),
    owner: union(
      known.owner,
      items.map(i => i.cluster.owner),
    ),
    status: STATUS_ORDER.filter(status => statuses.has(status)),
  };
}
