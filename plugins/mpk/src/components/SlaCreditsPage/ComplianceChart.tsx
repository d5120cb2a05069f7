import { InfoCard } from '@backstage/core-components';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { CreditsResponse } from '@mpk-portal/plugin-mpk-common';
import { describeCompliance } from '../sla/ticketWording';

const useStyles = makeStyles(theme => ({
  chart: {
    display: 'flex',
    alignItems: 'flex-end',
    listStyle: 'none',
    margin: 0,
    padding: 0,
    overflowX: 'auto',
  },
  month: {
    flex: '1 0 48px',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    margin: theme.spacing(0, 0.5),
  },
  plot: {
    height: 120,
    width: '70%',
    maxWidth: 48,
    display: 'flex',
    alignItems: 'flex-end',
    borderBottom: `1px solid ${theme.palette.divider}`,
  },
  bar: { width: '100%' },
  selected: { fontWeight: theme.typography.fontWeightBold as number },
}));

/** Compliance under this share of on-time responses is shown as a warning. */
const warnBelowPercent = 95;

/**
 * The share of initial responses on time per month, the selected month last, each bar with its
 * counts on hover. A month without decided responses has no bar.
 */
export function ComplianceChart(props: {
  months: CreditsResponse['complianceByMonth'];
  selected: string;
}) {
  const classes = useStyles();
  const { palette } = useTheme();
  return (
    <InfoCard title="Initial responses on time, by month">
      <ol className={classes.chart} aria-label="Compliance by month">
        {props.months.map(month => {
          const label = `${month.month}: ${describeCompliance(month)}`;
          return (
            <li key={month.month} className={classes.month} aria-label={label}>
              <Typography variant="caption">
                {month.percent === null ? '–' : `${month.percent}%`}
              </Typography>
              <Tooltip title={label}>
                <div className={classes.plot}>
                  {month.percent !== null && (
                    <div
                      className={classes.bar}
                      style={{
                        height: `${Math.max(month.percent, 2)}%`,
                        backgroundColor:
                          month.percent < warnBelowPercent
                            ? palette.warning.main
                            : palette.success.main,
                      }}
                    />
                  )}
                </div>
              </Tooltip>
              <Typography
                variant="caption"
                className={
                  month.month === props.selected ? classes.selected : undefined
                }
              >
                {month.month}
              </Typography>
            </li>
          );
        })}
      </ol>
    </InfoCard>
  );
}
