import Chip from '@material-ui/core/Chip';
import { useTheme } from '@material-ui/core/styles';
import Tooltip from '@material-ui/core/Tooltip';
import {
  ConformanceAssessment,
  ConformanceStatus,
} from '@mpk-portal/plugin-mpk-common';

/** Labels of the conformance statuses. */
export const conformanceLabels: Record<ConformanceStatus, string> = {
  conformant: 'Conformant',
  'non-conformant': 'Non-conformant',
  stale: 'Stale',
  unknown: 'Unknown',
};

/** A cluster's conformance status as a chip in its colour, with the explanation on hover. */
export function ConformanceStatusChip(props: {
  assessment: ConformanceAssessment;
  size?: 'small' | 'medium';
}) {
  const { assessment, size = 'small' } = props;
  const { palette } = useTheme();
  const colors: Record<ConformanceStatus, string> = {
    conformant: palette.success.main,
    'non-conformant': palette.error.main,
    stale: palette.warning.main,
    unknown: palette.grey[500],
  };
  const color = colors[assessment.status];
  return (
    <Tooltip title={assessment.explanation}>
      <Chip
        label={conformanceLabels[assessment.status]}
        size={size}
        style={{
          backgroundColor: color,
          color: palette.getContrastText(color),
        }}
      />
    </Tooltip>
  );
}
