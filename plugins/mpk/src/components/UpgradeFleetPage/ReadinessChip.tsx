import Chip from '@material-ui/core/Chip';
import { useTheme } from '@material-ui/core/styles';
import Tooltip from '@material-ui/core/Tooltip';
import { FleetUpgradeItem } from '@mpk-portal/plugin-mpk-common';
import { describeReadiness } from '../upgradeWording';

/**
 * A fleet row's readiness for its next version: `Ready for 1.36` in green, or the number of
 * blockers in red with their messages on hover.
 */
export function ReadinessChip(props: {
  readiness: FleetUpgradeItem['readiness'];
}) {
  const { readiness } = props;
  const { palette } = useTheme();
  const ready = readiness.blockers.length === 0;
  const color = ready ? palette.success.main : palette.error.main;
  const label = ready
    ? describeReadiness(readiness)
    : `${readiness.blockers.length} blocker${
        readiness.blockers.length === 1 ? '' : 's'
      }`;
  const chip = (
    <Chip
      label={label}
      size="small"
      style={{ backgroundColor: color, color: palette.getContrastText(color) }}
    />
  );
  if (ready) return chip;
  return (
    <Tooltip
      title={
        <>
          {`${describeReadiness(readiness)}:`}
          <ul style={{ margin: 0, paddingLeft: 16 }}>
            {readiness.blockers.map((blocker, index) => (
              <li key={index}>{blocker.message}</li>
            ))}
          </ul>
        </>
      }
    >
      <span>{chip}</span>
    </Tooltip>
  );
}
