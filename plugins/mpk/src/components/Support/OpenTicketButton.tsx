import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import AddIcon from '@material-ui/icons/Add';
import {
  mpkTicketCreatePermission,
  Ticket,
} from '@mpk-portal/plugin-mpk-common';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { usePersona } from '../persona';
import { OpenTicketDialog } from './OpenTicketDialog';
import { openingRefusal, openingRefusalForCluster } from './supportWording';
import { useTicketLink } from './ticketLinks';
import { useTicketableClusters } from './useTicketableClusters';

function Refusal(props: { text: string }) {
  return (
    <Typography variant="caption" color="textSecondary">
      {props.text}
    </Typography>
  );
}

/**
 * Opens the form of a new ticket, then goes to the ticket's page (where the support page is
 * mounted; elsewhere it says the ticket was opened and calls `onOpened`).
 */
function useOpenedTicket(onOpened?: (ticket: Ticket) => void) {
  const navigate = useNavigate();
  const alertApi = useApi(alertApiRef);
  const ticketLink = useTicketLink();
  return (ticket: Ticket) => {
    onOpened?.(ticket);
    if (ticketLink) {
      navigate(ticketLink(ticket.id));
    } else {
      alertApi.post({
        message: `Ticket "${ticket.title}" opened`,
        severity: 'success',
        display: 'transient',
      });
    }
  };
}

function TheButton(props: { disabled?: boolean; onClick(): void }) {
  return (
    <Button
      variant="contained"
      color="primary"
      startIcon={<AddIcon />}
      disabled={props.disabled}
      onClick={props.onClick}
    >
      Open a ticket
    </Button>
  );
}

/**
 * "Open a ticket" for any cluster the user may open tickets for: the clusters are asked of the
 * permission policy when the button shows, and a user allowed none gets a disabled button and
 * the reason.
 */
function AnyClusterButton(props: { onOpened?(ticket: Ticket): void }) {
  const [open, setOpen] = useState(false);
  const ticketable = useTicketableClusters();
  const persona = usePersona();
  const opened = useOpenedTicket(props.onOpened);
  const none = ticketable.value?.clusters.length === 0;
  const refusal =
    ticketable.value && none
      ? openingRefusal(persona.value, ticketable.value.catalogCount)
      : undefined;
  return (
    <Box display="flex" flexDirection="column" alignItems="flex-end">
      <TheButton disabled={none} onClick={() => setOpen(true)} />
      {refusal && <Refusal text={refusal} />}
      {open && (
        <OpenTicketDialog
          clusters={ticketable.value?.clusters}
          loadError={ticketable.error}
          refusal={refusal}
          onClose={() => setOpen(false)}
          onOpened={ticket => {
            setOpen(false);
            opened(ticket);
          }}
        />
      )}
    </Box>
  );
}

/** The form with its clusters, loaded when it opens. */
function ClusterDialog(props: {
  cluster: string;
  onClose(): void;
  onOpened(ticket: Ticket): void;
}) {
  const ticketable = useTicketableClusters();
  return (
    <OpenTicketDialog
      cluster={props.cluster}
      clusters={ticketable.value?.clusters}
      loadError={ticketable.error}
      onClose={props.onClose}
      onOpened={props.onOpened}
    />
  );
}

/**
 * "Open a ticket" for one cluster, chosen in the form to begin with; a user the permission policy
 * does not let open tickets for it gets a disabled button and the reason.
 */
function OneClusterButton(props: {
  cluster: string;
  onOpened?(ticket: Ticket): void;
}) {
  const [open, setOpen] = useState(false);
  const { allowed, loading } = usePermission({
    permission: mpkTicketCreatePermission,
    resourceRef: props.cluster,
  });
  const opened = useOpenedTicket(props.onOpened);
  return (
    <Box display="flex" flexDirection="column" alignItems="flex-end">
      <TheButton disabled={!allowed} onClick={() => setOpen(true)} />
      {!loading && !allowed && <Refusal text={openingRefusalForCluster} />}
      {open && (
        <ClusterDialog
          cluster={props.cluster}
          onClose={() => setOpen(false)}
          onOpened={ticket => {
            setOpen(false);
            opened(ticket);
          }}
        />
      )}
    </Box>
  );
}

/**
 * The "Open a ticket" button and its form: for `cluster` (an entity ref) chosen to begin with, or
 * for any cluster the user may open tickets for. After opening, it goes to the ticket's page.
 */
export function OpenTicketButton(props: {
  cluster?: string;
  onOpened?(ticket: Ticket): void;
}) {
  return props.cluster ? (
    <OneClusterButton cluster={props.cluster} onOpened={props.onOpened} />
  ) : (
    <AnyClusterButton onOpened={props.onOpened} />
  );
}
