import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { FleetUpgradeItem } from '@mpk-portal/plugin-mpk-common';
import { SecurityStatusChip } from '../security';

/** A fleet row's security status as a chip, with its open deviations counted. */
export function SecurityCell(props: {
  security: FleetUpgradeItem['security'];
}) {
  const { status, openDeviations } = props.security;
  return (
    <Box display="flex" alignItems="center" style={{ gap: 8 }}>
      <SecurityStatusChip status={status} />
      {openDeviations > 0 && (
        <Typography variant="body2" component="span" noWrap>
          {openDeviations} open
        </Typography>
      )}
    </Box>
  );
}
