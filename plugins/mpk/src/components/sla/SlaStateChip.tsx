import Chip from '@material-ui/core/Chip';
import { useTheme } from '@material-ui/core/styles';
import Tooltip from '@material-ui/core/Tooltip';
import { SlaDisplayState, slaStateLabels } from './liveSla';

/** A ticket's SLA state as a chip in its colour, with the SLA's explanation on hover. */
export function SlaStateChip(props: {
  state: SlaDisplayState;
  explanation: string;
}) {
  const { palette } = useTheme();
  const colors: Record<SlaDisplayState, string> = {
    'on-the-clock': palette.info.main,
    'at-risk': palette.warning.main,
    met: palette.success.main,
    breached: palette.error.main,
    'no-sla': palette.grey[500],
  };
  const color = colors[props.state];
  return (
    <Tooltip title={props.explanation}>
      <Chip
        label={slaStateLabels[props.state]}
        size="small"
        style={{
          backgroundColor: color,
          color: palette.getContrastText(color),
        }}
      />
    </Tooltip>
  );
}
