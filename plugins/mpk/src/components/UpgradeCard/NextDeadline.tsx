import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { UpgradeObligation } from '@mpk-portal/plugin-mpk-common';
import { UpgradeStatusChip } from '../UpgradeStatusChip';
import { describeDaysLeft } from '../upgradeWording';

/** The obligation due first, large, so the card answers "what is next and when" at a glance. */
export function NextDeadline(props: { next?: UpgradeObligation }) {
  const { next } = props;
  if (!next?.dueDate || next.daysLeft === undefined) {
    return (
      <Typography variant="body1">
        No upgrade obligation of this cluster has a due date.
      </Typography>
    );
  }
  return (
    <Box>
      <Typography variant="overline" component="h3">
        Next deadline
      </Typography>
      <Typography variant="h5" component="p">
        {next.what}
      </Typography>
      <Box display="flex" alignItems="center" flexWrap="wrap" mt={1}>
        <Box mr={2}>
          <Typography variant="h4" component="p">
            {describeDaysLeft(next.daysLeft)}
          </Typography>
        </Box>
        <UpgradeStatusChip status={next.status} size="medium" />
      </Box>
      <Typography variant="subtitle1" component="p">
        Due {next.dueDate}
      </Typography>
    </Box>
  );
}
