import Chip from '@material-ui/core/Chip';
import { useTheme } from '@material-ui/core/styles';
import { ObligationStatus } from '@mpk-portal/plugin-mpk-common';
import { statusLabels } from '../upgradeWording';
import { useStatusColors } from './useStatusColors';

/** The status of an upgrade obligation as a chip in the status's colour. */
export function UpgradeStatusChip(props: {
  status: ObligationStatus;
  size?: 'small' | 'medium';
}) {
  const { status, size = 'small' } = props;
  const { palette } = useTheme();
  const color = useStatusColors()[status];
  return (
    <Chip
      label={statusLabels[status]}
      size={size}
      style={{ backgroundColor: color, color: palette.getContrastText(color) }}
    />
  );
}
