import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { CreditsResponse } from '@mpk-portal/plugin-mpk-common';

export const formatUsd = (amount: number) =>
  amount.toLocaleString('en-US', {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
  });

function Figure(props: { label: string; value: string }) {
  return (
    <div>
      <Typography variant="overline">{props.label}</Typography>
      <Typography variant="h5" component="p">
        {props.value}
      </Typography>
    </div>
  );
}

/** A month's credit totals, how they were reached, and the contract terms behind them. */
export function CreditSummary(props: { credits: CreditsResponse }) {
  const { credits } = props;
  const { totals, contract } = credits;
  const breaches = contract.agreementBreaches
    .map(b => `${b.from} to ${b.to}${b.reason ? ` (${b.reason})` : ''}`)
    .join('; ');
  return (
    <InfoCard title={`Credits for ${credits.customer.title}, ${credits.month}`}>
      <Box display="flex" flexWrap="wrap" style={{ gap: 40 }}>
        <Figure label="Payable" value={formatUsd(totals.payableUsd)} />
        <Figure label="Claimed" value={formatUsd(totals.claimedUsd)} />
        <Figure label="Cap" value={formatUsd(totals.capUsd)} />
        <Figure
          label="Missed responses"
          value={`${totals.breaches} (${totals.eligible} eligible)`}
        />
      </Box>
      <Box mt={2}>
        <Typography variant="body2">{credits.explanation}</Typography>
        <Typography variant="caption" color="textSecondary" component="p">
          {formatUsd(credits.terms.perEventUsd)} per missed initial response,
          requested within {credits.terms.claimWindowDays} days, capped at the
          monthly support fee of {formatUsd(contract.monthlySupportFeeUsd)}.
          {contract.onboardingUntil &&
            ` No credits during onboarding (until ${contract.onboardingUntil}).`}
          {breaches &&
            ` No credits while the customer was in breach of the agreement: ${breaches}.`}{' '}
          Months and deadlines in {credits.timeZone}.
        </Typography>
      </Box>
    </InfoCard>
  );
}
