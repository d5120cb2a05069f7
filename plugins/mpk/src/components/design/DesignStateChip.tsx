import Chip from '@material-ui/core/Chip';
import { useTheme } from '@material-ui/core/styles';
import { DesignState } from '@mpk-portal/plugin-mpk-common';
import { designStateLabels } from './designWording';

/** A design's or version's state as a chip in its colour. */
export function DesignStateChip(props: {
  state: DesignState | 'superseded';
  size?: 'small' | 'medium';
}) {
  const { state, size = 'small' } = props;
  const { palette } = useTheme();
  const colors: Record<DesignState | 'superseded', string> = {
    draft: palette.grey[500],
    shared: palette.info.main,
    accepted: palette.success.main,
    'changes-requested': palette.warning.main,
    provisioned: palette.success.dark,
    superseded: palette.grey[500],
  };
  const color = colors[state];
  return (
    <Chip
      size={size}
      label={state === 'superseded' ? 'Superseded' : designStateLabels[state]}
      style={{ backgroundColor: color, color: palette.getContrastText(color) }}
    />
  );
}
