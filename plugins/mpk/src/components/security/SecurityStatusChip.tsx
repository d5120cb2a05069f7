import Chip from '@material-ui/core/Chip';
import { useTheme } from '@material-ui/core/styles';
import Tooltip from '@material-ui/core/Tooltip';
import { securityStatusLabels } from './securityWording';
import { SecurityStatus } from './securityTypes';

/** A cluster's security status as a chip in its colour, with the explanation on hover if given. */
export function SecurityStatusChip(props: {
  status: SecurityStatus;
  explanation?: string;
  size?: 'small' | 'medium';
}) {
  const { status, explanation, size = 'small' } = props;
  const { palette } = useTheme();
  const colors: Record<SecurityStatus, string> = {
    compliant: palette.success.main,
    deviations: palette.error.main,
    stale: palette.warning.main,
    unknown: palette.grey[500],
  };
  const color = colors[status];
  const chip = (
    <Chip
      label={securityStatusLabels[status]}
      size={size}
      style={{ backgroundColor: color, color: palette.getContrastText(color) }}
    />
  );
  return explanation ? <Tooltip title={explanation}>{chip}</Tooltip> : chip;
}
