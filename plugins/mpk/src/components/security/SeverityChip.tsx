import Chip from '@material-ui/core/Chip';
import { useTheme } from '@material-ui/core/styles';
import { SecuritySeverity } from '@mpk-portal/plugin-mpk-common';
import { severityLabels } from './securityWording';

/** A finding's severity as an outlined chip, red for critical and high. */
export function SeverityChip(props: { severity: SecuritySeverity }) {
  const { severity } = props;
  const { palette } = useTheme();
  const colors: Record<SecuritySeverity, string> = {
    critical: palette.error.dark,
    high: palette.error.main,
    medium: palette.warning.main,
    low: palette.info.main,
    unknown: palette.grey[600],
  };
  return (
    <Chip
      label={severityLabels[severity]}
      size="small"
      variant="outlined"
      style={{ borderColor: colors[severity], color: colors[severity] }}
    />
  );
}
