import { useTheme } from '@material-ui/core/styles';
import { ObligationStatus } from '@mpk-portal/plugin-mpk-common';

/**
 * The colour of each obligation status, from the theme. Only the dated, guaranteed statuses get
 * a signal colour; the others are grey because their date is no promise. A fulfilled obligation is
 * green when met in time; met late is a breach, in a dark amber of its own so that it is not read
 * as a deadline still open (overdue red, due-soon amber).
 */
export function useStatusColors(): Record<ObligationStatus, string> {
  const { palette } = useTheme();
  return {
    'on-track': palette.success.main,
    'due-soon': palette.warning.main,
    overdue: palette.error.main,
    'not-guaranteed': palette.grey[500],
    'outside-window': palette.grey[500],
    unknown: palette.grey[500],
    'met-late': palette.warning.dark,
    met: palette.success.main,
  };
}
