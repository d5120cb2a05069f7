import { InfoCard } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import {
  SUPPORT_TIER_DEFINITIONS,
  SUPPORT_TIERS,
} from '@mpk-portal/plugin-mpk-common';

/** What each support tier means, so the matrix columns can be read without the contract. */
export function SupportTierLegend() {
  return (
    <InfoCard title="Support tiers">
      {SUPPORT_TIERS.map(tier => (
        <Typography key={tier} variant="body2" paragraph>
          <strong>{SUPPORT_TIER_DEFINITIONS[tier].title}</strong>:{' '}
          {SUPPORT_TIER_DEFINITIONS[tier].summary}
        </Typography>
      ))}
    </InfoCard>
  );
}
