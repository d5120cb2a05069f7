import {
  CLUSTER_PLATFORM_NAMES,
  FleetUpgradeItem,
} from '@mpk-portal/plugin-mpk-common';
import {
  describeHistoryEntry,
  describeReadiness,
  planStateLabels,
  shortEntityName,
  statusLabels,
} from '../upgradeWording';
import { conformanceLabels } from '../ConformanceStatusChip';
import { securityStatusLabels } from '../security';
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
    | 'conformance'
    | 'security'
    | 'openDeviations'
    | 'readiness'
    | 'history'
    | 'targetVersion'
    | 'ready'
    | 'blockers'
    | 'historyCsv';
  title: string;
  value(item: FleetUpgradeItem): CsvValue;
  /** only in the table, or only in the CSV export; in both when left out */
  only?: 'table' | 'csv';
}

/** The fulfilled obligations of a row, latest first, e.g. `1.36 met 20 days late; 1.35 met`. */
function historyText(item: FleetUpgradeItem): string | undefined {
  return item.history.map(describeHistoryEntry).join('; ') || undefined;
}

/**
 * The columns of the fleet, in order. The table and its CSV export both read them, so the export
 * has the table's columns (a few of them split into plainer ones); the table renders some cells
 * richer (links, chips).
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
  {
    id: 'security',
    title: 'Security',
    value: i => securityStatusLabels[i.security.status],
  },
  // The table counts them in the Security cell.
  {
    id: 'openDeviations',
    title: 'Open deviations',
    value: i => i.security.openDeviations,
    only: 'csv',
  },
  {
    id: 'readiness',
    title: 'Readiness',
    value: i => describeReadiness(i.readiness),
    only: 'table',
  },
  {
    id: 'history',
    title: 'Met / met late',
    value: historyText,
    only: 'table',
  },
  // A spreadsheet filters on plain columns better than on the table's wording.
  {
    id: 'targetVersion',
    title: 'Target version',
    value: i => i.readiness.targetVersion,
    only: 'csv',
  },
  {
    id: 'ready',
    title: 'Ready',
    value: i => (i.readiness.ready ? 'yes' : 'no'),
    only: 'csv',
  },
  {
    id: 'blockers',
    title: 'Blockers',
    value: i =>
      i.readiness.blockers.map(blocker => blocker.message).join(' | ') ||
      undefined,
    only: 'csv',
  },
  { id: 'historyCsv', title: 'History', value: historyText, only: 'csv' },
];

/** The columns of the fleet table, in order. */
export const TABLE_COLUMNS = FLEET_COLUMNS.filter(c => c.only !== 'csv');

/** The columns of the CSV export, in order. */
export const CSV_COLUMNS = FLEET_COLUMNS.filter(c => c.only !== 'table');

/** The fleet table as CSV: a header row, then one row per item in the order given. */
export function fleetCsv(items: FleetUpgradeItem[]): string {
  return toCsv([
    CSV_COLUMNS.map(column => column.title),
    ...items.map(item => CSV_COLUMNS.map(column => column.value(item))),
  ]);
}
