import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import { useTheme } from '@material-ui/core/styles';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import {
  CreditClaimStatus,
  CreditEvent,
  mpkCreditClaimPermission,
} from '@mpk-portal/plugin-mpk-common';
import { formatInstant } from '../sla/ticketWording';

const claimLabels: Record<CreditClaimStatus, string> = {
  claimed: 'Claimed',
  claimable: 'Claimable',
  expired: 'Expired',
  ineligible: 'No credit',
};

/** Where the credit of a missed response stands, as a chip in its colour. */
export function ClaimChip(props: { status: CreditClaimStatus }) {
  const { palette } = useTheme();
  const colors: Record<CreditClaimStatus, string> = {
    claimed: palette.success.main,
    claimable: palette.info.main,
    expired: palette.grey[500],
    ineligible: palette.grey[500],
  };
  const color = colors[props.status];
  return (
    <Chip
      size="small"
      label={claimLabels[props.status]}
      style={{ backgroundColor: color, color: palette.getContrastText(color) }}
    />
  );
}

/**
 * The claim of one breach, for users the permission policy allows to claim on its cluster; the
 * others are told who can.
 */
function ClaimButton(props: {
  event: CreditEvent;
  customerTitle: string;
  disabled: boolean;
  onClaim(event: CreditEvent): void;
}) {
  const { event, customerTitle, disabled, onClaim } = props;
  const { allowed, loading } = usePermission({
    permission: mpkCreditClaimPermission,
    resourceRef: event.ticket.cluster,
  });
  if (loading) return null;
  if (!allowed) {
    // Who the access matrix lets claim: the customer's admin, and the EM on their behalf.
    return (
      <Typography variant="caption" color="textSecondary">
        {`Only ${customerTitle}'s admin or the Engagement Manager can request it`}
      </Typography>
    );
  }
  return (
    <Button
      size="small"
      color="primary"
      variant="outlined"
      disabled={disabled}
      onClick={() => onClaim(event)}
      aria-label={`Claim credit: ${event.ticket.title}`}
    >
      Claim credit
    </Button>
  );
}

/**
 * The missed initial responses of a month: what each earns and why, with a button to request the
 * credit while it can be, for users the permission policy allows to.
 */
export function CreditEventsTable(props: {
  /** the customer's title, e.g. `Acme Corporation` */
  customerTitle: string;
  month: string;
  events: CreditEvent[];
  claiming?: string;
  onClaim(event: CreditEvent): void;
}) {
  const { customerTitle, month, events, claiming, onClaim } = props;
  return (
    <InfoCard title="Missed initial responses" noPadding>
      {events.length === 0 ? (
        <Typography
          variant="body2"
          color="textSecondary"
          style={{ padding: 16 }}
        >
          No missed initial responses in {month}.
        </Typography>
      ) : (
        <Table size="small" aria-label="Missed initial responses">
          <TableHead>
            <TableRow>
              <TableCell>Ticket</TableCell>
              <TableCell>Cluster</TableCell>
              <TableCell>Severity</TableCell>
              <TableCell>Breached</TableCell>
              <TableCell>Credit</TableCell>
              <TableCell>Why</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {events.map(event => (
              <TableRow key={event.ticket.id}>
                <TableCell>{event.ticket.title}</TableCell>
                <TableCell>
                  <EntityRefLink entityRef={event.ticket.cluster} />
                </TableCell>
                <TableCell style={{ whiteSpace: 'nowrap' }}>
                  {event.ticket.severity}
                </TableCell>
                <TableCell style={{ whiteSpace: 'nowrap' }}>
                  {formatInstant(event.breachedAt)}
                </TableCell>
                <TableCell>
                  <ClaimChip status={event.claimStatus} />
                </TableCell>
                <TableCell>{event.explanation}</TableCell>
                <TableCell>
                  {event.claimStatus === 'claimable' && (
                    <ClaimButton
                      event={event}
                      customerTitle={customerTitle}
                      disabled={claiming !== undefined}
                      onClaim={onClaim}
                    />
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </InfoCard>
  );
}
