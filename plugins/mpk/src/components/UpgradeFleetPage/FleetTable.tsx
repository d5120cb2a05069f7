import { EntityRefLink } from '@backstage/plugin-catalog-react';
import IconButton from '@material-ui/core/IconButton';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import TableSortLabel from '@material-ui/core/TableSortLabel';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import EditIcon from '@material-ui/icons/Edit';
import { FleetUpgradeItem } from '@mpk-portal/plugin-mpk-common';
import { ReactNode } from 'react';
import { ConformanceStatusChip } from '../ConformanceStatusChip';
import { UpgradeStatusChip } from '../UpgradeStatusChip';
import { describeDaysLeft, describeHistoryEntry } from '../upgradeWording';
import { FleetColumn, TABLE_COLUMNS } from './fleetColumns';
import { ReadinessChip } from './ReadinessChip';
import { SecurityCell } from './SecurityCell';
import { usePlanPermission } from './planPermission';

/** Cells shown as more than their plain value; the other columns show the value as text. */
const richCells: Partial<
  Record<FleetColumn['id'], (item: FleetUpgradeItem) => ReactNode>
> = {
  cluster: ({ cluster }) => (
    <EntityRefLink entityRef={cluster.entityRef}>{cluster.title}</EntityRefLink>
  ),
  customer: ({ cluster }) => (
    <EntityRefLink
      entityRef={{
        kind: 'group',
        namespace: 'default',
        name: cluster.customer,
      }}
    />
  ),
  owner: ({ cluster }) => (
    <EntityRefLink entityRef={cluster.owner} defaultKind="group" />
  ),
  daysLeft: ({ next }) =>
    next?.daysLeft === undefined ? undefined : describeDaysLeft(next.daysLeft),
  status: ({ status }) => <UpgradeStatusChip status={status} />,
  conformance: ({ conformance }) => (
    <ConformanceStatusChip assessment={conformance} />
  ),
  security: ({ security }) => <SecurityCell security={security} />,
  readiness: ({ readiness }) => <ReadinessChip readiness={readiness} />,
  history: ({ history }) =>
    history.length === 0
      ? undefined
      : history.map(entry => (
          <div key={entry.id}>{describeHistoryEntry(entry)}</div>
        )),
};

/**
 * The button that opens the plan of a cluster; disabled, with the reason on hover, for users the
 * permission policy does not let record it.
 */
function EditPlanButton(props: {
  item: FleetUpgradeItem;
  onEditPlan(item: FleetUpgradeItem): void;
}) {
  const { item, onEditPlan } = props;
  const { allowed, refusal } = usePlanPermission(item);
  const button = (
    <IconButton
      size="small"
      aria-label={`Edit the upgrade plan of ${item.cluster.title}`}
      disabled={!allowed}
      onClick={() => onEditPlan(item)}
    >
      <EditIcon fontSize="small" />
    </IconButton>
  );
  if (!refusal) return button;
  // A disabled button fires no events: the tooltip listens on a wrapper.
  return (
    <Tooltip title={refusal}>
      <span>{button}</span>
    </Tooltip>
  );
}

/**
 * The clusters of the fleet, one row each in the order given, with a button to edit each plan that
 * the user may record.
 */
export function FleetTable(props: {
  items: FleetUpgradeItem[];
  order: 'asc' | 'desc';
  onToggleOrder(): void;
  onEditPlan(item: FleetUpgradeItem): void;
}) {
  const { items, order, onToggleOrder, onEditPlan } = props;
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          {TABLE_COLUMNS.map(column => (
            <TableCell
              key={column.id}
              sortDirection={column.id === 'daysLeft' ? order : false}
            >
              {column.id === 'daysLeft' ? (
                <TableSortLabel
                  active
                  direction={order}
                  onClick={onToggleOrder}
                >
                  {column.title}
                </TableSortLabel>
              ) : (
                column.title
              )}
            </TableCell>
          ))}
          <TableCell>
            <Typography variant="srOnly">Actions</Typography>
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.length === 0 && (
          <TableRow>
            <TableCell colSpan={TABLE_COLUMNS.length + 1} align="center">
              No cluster matches these filters.
            </TableCell>
          </TableRow>
        )}
        {items.map(item => (
          <TableRow key={item.cluster.entityRef}>
            {TABLE_COLUMNS.map(column => (
              <TableCell key={column.id}>
                {richCells[column.id]?.(item) ?? column.value(item)}
              </TableCell>
            ))}
            <TableCell padding="checkbox">
              <EditPlanButton item={item} onEditPlan={onEditPlan} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
