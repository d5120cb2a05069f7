import {
  Content,
  ContentHeader,
  EmptyState,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Paper from '@material-ui/core/Paper';
import TablePagination from '@material-ui/core/TablePagination';
import {
  SLA_STATES,
  TICKET_LIST_SIGNAL_CHANNEL,
  TICKET_STATUSES,
  TicketStatus,
} from '@mpk-portal/plugin-mpk-common';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { mpkApiRef } from '../../api';
import { errorMessage } from '../errorMessage';
import { CustomerScopeNote } from '../persona';
import { FilterSelect } from '../sla/FilterSelect';
import { useReloadCount, useRefreshOnSignal } from '../sla/useRefreshOnSignal';
import { useNow } from '../sla/useNow';
import { OpenTicketButton } from './OpenTicketButton';
import { SupportTicketsTable } from './SupportTicketsTable';

type SlaStateFilter = (typeof SLA_STATES)[number] | 'all';
type StatusFilter = TicketStatus | 'all';
const stateOptions: SlaStateFilter[] = ['all', ...SLA_STATES];
const statusOptions: StatusFilter[] = ['all', ...TICKET_STATUSES];
const pageSizes = [10, 25, 50, 100];
/** Signals within a second make one reload: a burst of new tickets is one request, not many. */
const signalCoalesceMs = 1000;
const defaultPageSize = 25;

const oneOf = <T extends string>(options: readonly T[], value: string | null) =>
  options.find(option => option === value);

/** Filters and page, kept in the link so that a view can be shared and survives a reload. */
function useListParams() {
  const [params, setParams] = useSearchParams();
  const status = oneOf(statusOptions, params.get('status')) ?? 'all';
  const state = oneOf(stateOptions, params.get('state')) ?? 'all';
  const size = Number(params.get('size'));
  const pageSize = pageSizes.includes(size) ? size : defaultPageSize;
  const page = Math.max(0, Math.floor(Number(params.get('page')) || 0));
  const set = (next: {
    status?: StatusFilter;
    state?: SlaStateFilter;
    page?: number;
    pageSize?: number;
  }) => {
    const merged = { status, state, page, pageSize, ...next };
    const search = new URLSearchParams();
    if (merged.status !== 'all') search.set('status', merged.status);
    if (merged.state !== 'all') search.set('state', merged.state);
    if (merged.page > 0) search.set('page', String(merged.page));
    if (merged.pageSize !== defaultPageSize) {
      search.set('size', String(merged.pageSize));
    }
    setParams(search, { replace: true });
  };
  return { status, state, page, pageSize, set };
}

/**
 * The support desk: the tickets the user may see, newest first, a page at a time, with their
 * SLA and filters by status and SLA state, and the button that opens a ticket. It reloads when
 * the backend signals that tickets of the user's customer or pods changed, once for a burst.
 */
export function SupportTicketsPage() {
  const mpkApi = useApi(mpkApiRef);
  const { status, state, page, pageSize, set } = useListParams();
  const [reloads, reload] = useReloadCount();
  const now = useNow();
  const tickets = useAsync(
    () =>
      mpkApi.listTickets({
        status: status === 'all' ? [] : [status],
        state: state === 'all' ? [] : [state],
        limit: pageSize,
        offset: page * pageSize,
      }),
    [mpkApi, status, state, page, pageSize, reloads],
  );
  useRefreshOnSignal(TICKET_LIST_SIGNAL_CHANNEL, reload, {
    coalesceMs: signalCoalesceMs,
  });
  const lastPage = tickets.value
    ? Math.max(0, Math.ceil(tickets.value.totalCount / pageSize) - 1)
    : 0;
  const pastTheEnd =
    tickets.value !== undefined &&
    tickets.value.items.length === 0 &&
    page > lastPage;
  useEffect(() => {
    // Fewer tickets than when the link was made: show the last page there is.
    if (pastTheEnd) set({ page: lastPage });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pastTheEnd, lastPage]);

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
  } else if (tickets.value.totalCount === 0) {
    const filtered = status !== 'all' || state !== 'all';
    content = (
      <EmptyState
        missing="data"
        title={filtered ? 'No ticket matches these filters' : 'No tickets yet'}
        description={
          filtered
            ? 'Choose other filters to see more tickets.'
            : 'The tickets of the clusters you may see appear here once they are opened.'
        }
      />
    );
  } else {
    const { items, totalCount } = tickets.value;
    content = (
      <Paper>
        {tickets.loading && <LinearProgress />}
        <SupportTicketsTable tickets={items} now={now} />
        <TablePagination
          component="div"
          count={totalCount}
          page={Math.min(page, lastPage)}
          rowsPerPage={pageSize}
          rowsPerPageOptions={pageSizes}
          onPageChange={(_, next) => set({ page: next })}
          onRowsPerPageChange={event =>
            set({ page: 0, pageSize: Number(event.target.value) })
          }
        />
      </Paper>
    );
  }

  return (
    <Page themeId="tool">
      <Header
        title="Support"
        subtitle="Tickets of the managed clusters you may see, with their initial-response SLA"
      />
      <Content>
        <ContentHeader title="Tickets">
          <OpenTicketButton />
        </ContentHeader>
        <CustomerScopeNote />
        <Box display="flex" mb={2} style={{ gap: 16 }}>
          <FilterSelect<StatusFilter>
            id="mpk-support-status"
            label="Status"
            value={status}
            options={statusOptions}
            onChange={value => set({ status: value, page: 0 })}
          />
          <FilterSelect<SlaStateFilter>
            id="mpk-support-sla-state"
            label="SLA state"
            value={state}
            options={stateOptions}
            onChange={value => set({ state: value, page: 0 })}
          />
        </Box>
        {content}
      </Content>
    </Page>
  );
}
