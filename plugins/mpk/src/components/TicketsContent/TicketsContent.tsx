import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import {
  SLA_STATES,
  TICKET_STATUSES,
  TicketStatus,
} from '@mpk-portal/plugin-mpk-common';
import { useCallback, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { mpkApiRef } from '../../api';
import { errorMessage } from '../errorMessage';
import { FilterSelect } from '../sla/FilterSelect';
import { useNow } from '../sla/useNow';
import { OpenTicketButton } from '../Support/OpenTicketButton';
import { TicketsTable } from './TicketsTable';

/** The most tickets one page shows, newest first. */
const pageSize = 200;

type SlaStateFilter = (typeof SLA_STATES)[number] | 'all';
type StatusFilter = TicketStatus | 'all';
const stateOptions: SlaStateFilter[] = ['all', ...SLA_STATES];
const statusOptions: StatusFilter[] = ['all', ...TICKET_STATUSES];

/**
 * Every ticket of the cluster on the current entity page, with its SLA, filters, buttons to
 * record responses, resolutions and reopenings, and one to open a ticket for the cluster; titles
 * link to the tickets' pages.
 */
export function TicketsContent() {
  const mpkApi = useApi(mpkApiRef);
  const alertApi = useApi(alertApiRef);
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const [state, setState] = useState<SlaStateFilter>('all');
  const [status, setStatus] = useState<StatusFilter>('all');
  const now = useNow();
  const tickets = useAsyncRetry(
    () =>
      mpkApi.listTickets({
        cluster: [entityRef],
        state: state === 'all' ? [] : [state],
        status: status === 'all' ? [] : [status],
        limit: pageSize,
      }),
    [mpkApi, entityRef, state, status],
  );
  const { retry } = tickets;
  const onChanged = useCallback(() => retry(), [retry]);
  const onError = useCallback(
    (error: Error) =>
      alertApi.post({ message: errorMessage(error), severity: 'error' }),
    [alertApi],
  );

  let content;
  if (tickets.error) {
    content = (
      <ResponseErrorPanel
        error={tickets.error}
        title={errorMessage(tickets.error)}
      />
    );
  } else if (!tickets.value) {
    content = <Progress />;
  } else if (tickets.value.items.length === 0) {
    content = (
      <Typography variant="body2" color="textSecondary">
        No tickets match.
      </Typography>
    );
  } else {
    content = (
      <>
        <TicketsTable
          tickets={tickets.value.items}
          now={now}
          onChanged={onChanged}
          onError={onError}
        />
        {tickets.value.totalCount > tickets.value.items.length && (
          <Typography variant="caption" color="textSecondary">
            The {tickets.value.items.length} most recent of{' '}
            {tickets.value.totalCount} tickets.
          </Typography>
        )}
      </>
    );
  }

  return (
    <InfoCard title="Tickets" noPadding>
      <Box display="flex" p={2} style={{ gap: 16 }}>
        <FilterSelect<SlaStateFilter>
          id="mpk-tickets-sla-state"
          label="SLA state"
          value={state}
          options={stateOptions}
          onChange={setState}
        />
        <FilterSelect<StatusFilter>
          id="mpk-tickets-status"
          label="Status"
          value={status}
          options={statusOptions}
          onChange={setStatus}
        />
        <Box ml="auto">
          <OpenTicketButton cluster={entityRef} onOpened={onChanged} />
        </Box>
      </Box>
      {tickets.loading && tickets.value && <LinearProgress />}
      <Box px={2} pb={2}>
        {content}
      </Box>
    </InfoCard>
  );
}
