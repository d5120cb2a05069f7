import Typography from '@material-ui/core/Typography';
import {
  SUPPORT_TIER_DEFINITIONS,
  TierChange,
} from '@mpk-portal/plugin-mpk-common';

/** The tiers a component has had, newest first, each with its date and reason. */
export function TierHistoryList(props: { history: TierChange[] }) {
  const newestFirst = [...props.history].reverse();
  return (
    <ul>
      {newestFirst.map(change => (
        <li key={change.since}>
          <Typography variant="body2">
            {change.since}: {SUPPORT_TIER_DEFINITIONS[change.tier].title}
            {change.reason ? ` (${change.reason})` : ''}
          </Typography>
        </li>
      ))}
    </ul>
  );
}
