import { InfoCard } from '@backstage/core-components';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { FleetUpgradeItem } from '@mpk-portal/plugin-mpk-common';
import { useMemo } from 'react';
import { useStatusColors } from '../UpgradeStatusChip';
import { STATUS_ORDER, statusLabels } from '../upgradeWording';
import {
  bucketDeadlinesByMonth,
  DeadlineMonth,
  monthLabel,
} from './deadlineMonths';

const useStyles = makeStyles(theme => ({
  chart: {
    display: 'flex',
    alignItems: 'flex-end',
    listStyle: 'none',
    margin: 0,
    padding: theme.spacing(0, 0, 1),
    overflowX: 'auto',
  },
  month: {
    flex: '1 0 40px',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    margin: theme.spacing(0, 0.5),
  },
  plot: {
    height: 120,
    width: '100%',
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'flex-end',
    alignItems: 'center',
  },
  bar: {
    width: '70%',
    maxWidth: 48,
    display: 'flex',
    // The most urgent status at the bottom of the stack.
    flexDirection: 'column-reverse',
  },
  label: { whiteSpace: 'nowrap' },
  current: { fontWeight: theme.typography.fontWeightBold as number },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    marginTop: theme.spacing(1),
  },
  swatch: {
    display: 'inline-block',
    width: 12,
    height: 12,
    marginRight: theme.spacing(0.5),
    verticalAlign: 'middle',
  },
}));

function describeMonth(month: DeadlineMonth): string {
  const parts = STATUS_ORDER.filter(status => month.byStatus[status]).map(
    status => `${month.byStatus[status]} ${statusLabels[status].toLowerCase()}`,
  );
  const count = `${month.total} deadline${month.total === 1 ? '' : 's'}`;
  return `${monthLabel(month.month)}: ${count}${
    parts.length ? ` (${parts.join(', ')})` : ''
  }`;
}

/**
 * How the next deadlines of the clusters shown fall over the months, one bar per month stacked by
 * status, so that a crowded month stands out before it comes.
 */
export function DeadlineTimelineChart(props: {
  items: FleetUpgradeItem[];
  today: string;
}) {
  const { items, today } = props;
  const classes = useStyles();
  const colors = useStatusColors();
  const { months, undated } = useMemo(
    () => bucketDeadlinesByMonth(items),
    [items],
  );
  const highest = Math.max(1, ...months.map(month => month.total));
  const shownStatuses = STATUS_ORDER.filter(status =>
    months.some(month => month.byStatus[status]),
  );

  return (
    <InfoCard title="Next deadlines by month">
      {months.length === 0 ? (
        <Typography variant="body2">
          No cluster shown has a dated upgrade obligation.
        </Typography>
      ) : (
        <>
          <ul className={classes.chart} aria-label="Next deadlines by month">
            {months.map(month => (
              <li
                key={month.month}
                className={classes.month}
                aria-label={describeMonth(month)}
              >
                <div className={classes.plot} aria-hidden>
                  <Typography variant="caption">{month.total || ''}</Typography>
                  <div
                    className={classes.bar}
                    style={{ height: `${(month.total / highest) * 100}%` }}
                  >
                    {STATUS_ORDER.filter(status => month.byStatus[status]).map(
                      status => (
                        <div
                          key={status}
                          style={{
                            flexGrow: month.byStatus[status],
                            backgroundColor: colors[status],
                          }}
                        />
                      ),
                    )}
                  </div>
                </div>
                <Typography
                  variant="caption"
                  aria-hidden
                  className={`${classes.label} ${
                    month.month === today.slice(0, 7) ? classes.current : ''
                  }`}
                >
                  {monthLabel(month.month)}
                </Typography>
              </li>
            ))}
          </ul>
          <div className={classes.legend}>
            {shownStatuses.map(status => (
              <Typography key={status} variant="caption">
                <span
                  className={classes.swatch}
                  style={{ backgroundColor: colors[status] }}
                />
                {statusLabels[status]}
              </Typography>
            ))}
          </div>
        </>
      )}
      {undated > 0 && (
        <Typography variant="caption" color="textSecondary" component="p">
          {undated} cluster{undated === 1 ? ' has' : 's have'} no dated upgrade
          obligation and {undated === 1 ? 'is' : 'are'} not in the chart.
        </Typography>
      )}
    </InfoCard>
  );
}
