import {
  Content,
  ErrorPage,
  Header,
  InfoCard,
  Page,
  Progress,
  ResponseErrorPanel,
  WarningPanel,
} from '@backstage/core-components';
import { alertApiRef, useApi, useRouteRef } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import LinearProgress from '@material-ui/core/LinearProgress';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { Ticket, ticketSignalChannel } from '@mpk-portal/plugin-mpk-common';
import { ReactNode, useCallback, useRef } from 'react';
import { useParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { mpkApiRef } from '../../api';
import { supportRouteRef } from '../../routes';
import { errorMessage } from '../errorMessage';
import { describeSeverity, formatInstant } from '../sla/ticketWording';
import { useReloadCount, useRefreshOnSignal } from '../sla/useRefreshOnSignal';
import { useNow } from '../sla/useNow';
import { TicketActions } from '../TicketsContent/TicketActions';
import { CommentForm } from './CommentForm';
import { Conversation } from './Conversation';
import { CreditPanel } from './CreditPanel';
import { Principal } from './Principal';
import { SlaClockPanel } from './SlaClockPanel';
import { sourceLabels } from './supportWording';
import { TicketTimeline } from './TicketTimeline';

function Fact(props: { label: string; children: ReactNode }) {
  return (
    <TableRow>
      <TableCell
        component="th"
        scope="row"
        style={{ width: '30%', verticalAlign: 'top' }}
      >
        {props.label}
      </TableCell>
      <TableCell>{props.children}</TableCell>
    </TableRow>
  );
}

/** What the ticket is about: its facts, its description as written, and the actions on it. */
function TicketDetails(props: {
  ticket: Ticket;
  onChanged(): void;
  onError(error: Error): void;
}) {
  const { ticket, onChanged, onError } = props;
  return (
    <InfoCard title="Ticket">
      <Table size="small" aria-label="Ticket facts">
        <TableBody>
          <Fact label="Cluster">
            <EntityRefLink entityRef={ticket.cluster} />
          </Fact>
          <Fact label="Customer">{ticket.customer}</Fact>
          <Fact label="Severity">
            {describeSeverity(ticket)}
            {ticket.sla.severity !== ticket.severity && (
              <Typography
                variant="caption"
                color="textSecondary"
                component="div"
              >
                Asked as {ticket.severity}; the target of {ticket.sla.severity}{' '}
                applies on this cluster.
              </Typography>
            )}
          </Fact>
          <Fact label="Category">{ticket.category}</Fact>
          <Fact label="Status">{ticket.status}</Fact>
          <Fact label="Source">
            {sourceLabels[ticket.source]}
            {ticket.externalId ? ` (${ticket.externalId})` : ''}
          </Fact>
          <Fact label="Opened">
            {formatInstant(ticket.openedAt)}
            {ticket.openedBy && (
              <>
                {' by '}
                <Principal principalRef={ticket.openedBy} />
              </>
            )}
          </Fact>
          {ticket.causedByThirdParty && (
            <Fact label="Cause">a party other than the provider</Fact>
          )}
        </TableBody>
      </Table>
      <Box mt={2}>
        <Typography variant="subtitle2" gutterBottom>
          Description
        </Typography>
        {ticket.description ? (
          <Typography
            variant="body2"
            component="div"
            aria-label="Description"
            style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
          >
            {ticket.description}
          </Typography>
        ) : (
          <Typography variant="body2" color="textSecondary">
            No description.
          </Typography>
        )}
      </Box>
      <Box mt={2} display="flex" alignItems="center" style={{ gap: 8 }}>
        <TicketActions
          ticket={ticket}
          onChanged={onChanged}
          onError={onError}
        />
      </Box>
    </InfoCard>
  );
}

const isNotFound = (error: Error) =>
  ResponseError.is(error) && error.statusCode === 404;

/**
 * One ticket: its facts and description, the initial-response clock, the service credit when
 * the response was missed, the conversation with a comment form, the timeline, and the actions
 * on it. It reloads whenever the backend signals a change to the ticket
 * (`mpk:ticket:<id>`), so replies appear without reloading the page. A ticket that does not
 * exist, or that the user may not see, is not found.
 */
export function TicketPage() {
  const { id = '' } = useParams();
  const mpkApi = useApi(mpkApiRef);
  const alertApi = useApi(alertApiRef);
  const supportLink = useRouteRef(supportRouteRef);
  const now = useNow();
  const [reloads, reload] = useReloadCount();
  const ticket = useAsync(() => mpkApi.getTicket(id), [mpkApi, id, reloads]);
  useRefreshOnSignal(ticketSignalChannel(id), reload);
  const onError = useCallback(
    (error: Error) =>
      alertApi.post({ message: errorMessage(error), severity: 'error' }),
    [alertApi],
  );

  // A reload that fails keeps the ticket as last read on screen, under a warning.
  const lastRead = useRef<Ticket>();
  if (ticket.value?.id === id) lastRead.current = ticket.value;
  const shown = lastRead.current?.id === id ? lastRead.current : undefined;

  if (ticket.error && isNotFound(ticket.error)) {
    return (
      <ErrorPage
        status="404"
        statusMessage={`Ticket ${id} was not found`}
        additionalInfo="It does not exist, or it belongs to a cluster you may not see."
      />
    );
  }

  let content;
  if (!shown) {
    content = ticket.error ? (
      <ResponseErrorPanel
        error={ticket.error}
        title={errorMessage(ticket.error)}
      />
    ) : (
      <Progress />
    );
  } else {
    content = (
      <Grid container spacing={3}>
        {ticket.error && (
          <Grid item xs={12}>
            <WarningPanel
              title="The ticket could not be read again; it is shown as it was"
              message={errorMessage(ticket.error)}
            />
          </Grid>
        )}
        <Grid item xs={12} md={8}>
          {ticket.loading && <LinearProgress />}
          <TicketDetails ticket={shown} onChanged={reload} onError={onError} />
          <Box mt={3}>
            <InfoCard title="Conversation">
              <Conversation comments={shown.comments ?? []} />
              <CommentForm ticket={shown} onSent={reload} />
            </InfoCard>
          </Box>
        </Grid>
        <Grid item xs={12} md={4}>
          <SlaClockPanel ticket={shown} now={now} />
          {shown.credit && (
            <Box mt={3}>
              <CreditPanel credit={shown.credit} customer={shown.customer} />
            </Box>
          )}
          <Box mt={3}>
            <TicketTimeline ticket={shown} />
          </Box>
        </Grid>
      </Grid>
    );
  }

  return (
    <Page themeId="tool">
      <Header
        title={shown?.title ?? 'Ticket'}
        pageTitleOverride={shown?.title ?? `Ticket ${id}`}
        type="Support"
        typeLink={supportLink()}
        subtitle={shown ? `${shown.status} · ${shown.customer}` : undefined}
      />
      <Content>{content}</Content>
    </Page>
  );
}
