import {
  CLUSTER_PLATFORM_NAMES,
  FleetUpgradeItem,
} from '@mpk-portal/plugin-mpk-common';
import {
  planStateLabels,
  shortEntityName,
  statusLabels,
} from '../upgradeWording';
import { conformanceLabels } from '../ConformanceStatusChip';
import { CsvValue, toCsv } from './csv';

/** A column of the fleet table, with the plain value of its cells. */
export interface FleetColumn {
  id:
    | 'cluster'
    | 'customer'
    | 'owner'
    | 'platform'
    | 'version'
    | 'next'
    | 'dueDate'
    | 'daysLeft'
    | 'status'
    | 'plan'
    | 'plannedDate'
    | 'conformance';
  title: string;
  value(item: FleetUpgradeItem): CsvValue;
}

/**
 * The columns of the fleet table, in order. The table and its CSV export both read them, so the
 * export has the table's columns; the table renders some cells richer (links, chips).
 */
export const FLEET_COLUMNS: FleetColumn[] = [
  { id: 'cluster', title: 'Cluster', value: i => i.cluster.title },
  { id: 'customer', title: 'Customer', value: i => i.cluster.customer },
  {
    id: 'owner',
    title: 'Owner pod',
    value: i => shortEntityName(i.cluster.owner, 'group'),
  },
  {
    id: 'platform',
    title: 'Platform',
    value: i =>
      CLUSTER_PLATFORM_NAMES[i.cluster.platform]?.shortTitle ??
      i.cluster.platform,
  },
  { id: 'version', title: 'Version', value: i => i.cluster.kubernetesVersion },
  { id: 'next', title: 'Next obligation', value: i => i.next?.what },
  { id: 'dueDate', title: 'Due date', value: i => i.next?.dueDate },
  // A number, which a spreadsheet can sort; the table words it.
  { id: 'daysLeft', title: 'Days left', value: i => i.next?.daysLeft },
  { id: 'status', title: 'Status', value: i => statusLabels[i.status] },
  {
    id: 'plan',
    title: 'Plan',
    value: i => (i.plan ? planStateLabels[i.plan.state] : undefined),
  },
  { id: 'plannedDate', title: 'Planned date', value: i => i.plan?.plannedDate },
  {
    id: 'conformance',
    title: 'Conformance',
    value: i => conformanceLabels[i.conformance.status],
  },
];

/** The fleet table as CSV: a header row, then one row per item in the order given. */
export function fleetCsv(items: FleetUpgradeItem[]): string {
  return toCsv([
    FLEET_COLUMNS.map(column => column.title),
    ...items.map(item => FLEET_COLUMNS.map(column => column.value(item))),
  ]);
}
