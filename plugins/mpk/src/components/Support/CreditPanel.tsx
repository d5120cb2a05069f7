import { InfoCard, Link } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { TicketCredit } from '@mpk-portal/plugin-mpk-common';
import { ClaimChip } from '../SlaCreditsPage/CreditEventsTable';
import { formatInstant } from '../sla/ticketWording';
import { useSlaCreditsLink } from './ticketLinks';

/**
 * The service credit of a ticket whose initial response was missed: when, until when it can be
 * claimed, whether it is eligible and why not, where the claim stands, and a link to the SLA
 * credits page, where it is claimed.
 */
export function CreditPanel(props: { credit: TicketCredit; customer: string }) {
  const { credit, customer } = props;
  const creditsLink = useSlaCreditsLink();
  // The month the server files the breach under, in the contract time zone it is configured with.
  const search = new URLSearchParams({ customer, month: credit.month });
  return (
    <InfoCard title="Service credit">
      <Box display="flex" alignItems="center" style={{ gap: 8 }} mb={1}>
        <ClaimChip status={credit.claimStatus} />
        <Typography variant="body2">
          {credit.eligible ? 'Eligible for a credit' : 'Not eligible'}
        </Typography>
      </Box>
      <Typography variant="body2">
        Initial response missed: due {formatInstant(credit.breachedAt)}
      </Typography>
      <Typography variant="body2">
        Claim by {formatInstant(credit.claimDeadline)}
      </Typography>
      {!credit.eligible && credit.reasons.length > 0 && (
        <Typography variant="body2">
          Why not: {credit.reasons.join('; ')}
        </Typography>
      )}
      <Box mt={1}>
        <Typography variant="body2" color="textSecondary">
          {credit.explanation}
        </Typography>
      </Box>
      {creditsLink && (
        <Box mt={1}>
          <Link to={`${creditsLink()}?${search}`}>
            {credit.claimStatus === 'claimable'
              ? 'Claim it on the SLA credits page'
              : 'See it on the SLA credits page'}
          </Link>
        </Box>
      )}
    </InfoCard>
  );
}
