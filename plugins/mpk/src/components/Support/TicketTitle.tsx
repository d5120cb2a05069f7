import Typography from '@material-ui/core/Typography';
import { TicketSummary } from '@mpk-portal/plugin-mpk-common';
import { sourceLabels } from './supportWording';
import { TicketTitleLink } from './ticketLinks';

/**
 * A ticket's title in a list, linking to its page, over a line saying where it came from (with
 * the sender's own id) and its category, then `details`.
 */
export function TicketTitle(props: {
  ticket: TicketSummary;
  details?: string[];
}) {
  const { ticket, details = [] } = props;
  const origin = `${sourceLabels[ticket.source]}${
    ticket.externalId ? ` ${ticket.externalId}` : ''
  }`;
  return (
    <>
      <Typography variant="body2">
        <TicketTitleLink ticket={ticket} />
      </Typography>
      <Typography variant="caption" color="textSecondary">
        {[origin, ticket.category, ...details].join(' · ')}
      </Typography>
    </>
  );
}
