import { Entity } from '@backstage/catalog-model';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TICKET_LIST_SIGNAL_CHANNEL } from '@mpk-portal/plugin-mpk-common';
import { Route, Routes } from 'react-router-dom';
import { productionCluster } from '../../__testUtils__/clusterEntities';
import { fakeMpkApi } from '../../__testUtils__/mpkResponses';
import { acmeDeveloper } from '../../__testUtils__/personas';
import {
  fakeSignalApi,
  renderWithMpk,
} from '../../__testUtils__/renderWithMpk';
import { responseError } from '../../__testUtils__/responseError';
import {
  breachedTicket,
  conversationTicket,
  stagingTicket,
  urgentTicket,
} from '../../__testUtils__/ticketResponses';
import { SupportPage } from './SupportPage';

const acmeGroup: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'acme', namespace: 'default', title: 'Acme Corporation' },
  spec: { type: 'customer', children: [] },
};

function renderSupport(
  mpkApi = fakeMpkApi(),
  options: { route?: string; signals?: ReturnType<typeof fakeSignalApi> } = {},
) {
  return renderWithMpk(
    <Routes>
      <Route path="/support/*" element={<SupportPage />} />
    </Routes>,
    {
      mpkApi,
      route: options.route ?? '/support',
      catalogEntities: [productionCluster, acmeGroup],
      signalApi: options.signals?.api,
    },
  );
}

const rowOf = (title: string) =>
  screen.getByRole('link', { name: title }).closest('tr')!;

// Pages with many panels are slow to render when the whole suite runs at once.
jest.setTimeout(20_000);

describe('SupportPage', () => {
  it('lists the tickets with links to their pages and clusters, and their SLA', async () => {
    const mpkApi = fakeMpkApi();
    await renderSupport(mpkApi);

    expect(
      await screen.findByRole('link', { name: urgentTicket.title }),
    ).toHaveAttribute('href', `/support/tickets/${urgentTicket.id}`);
    const staging = within(rowOf(stagingTicket.title));
    expect(staging.getByRole('link', { name: 'acme-staging' })).toHaveAttribute(
      'href',
      '/catalog/default/resource/acme-staging',
    );
    expect(staging.getByText('acme')).toBeInTheDocument();
    expect(staging.getByText('Normal (asked: high)')).toBeInTheDocument();
    expect(staging.getByText('open')).toBeInTheDocument();
    const breached = within(rowOf(breachedTicket.title));
    expect(breached.getByText('Breached')).toBeInTheDocument();
    expect(breached.getByText('answered after 31:00')).toBeInTheDocument();
    expect(mpkApi.listTickets).toHaveBeenCalledWith({
      status: [],
      state: [],
      limit: 25,
      offset: 0,
    });
    expect(
      screen.getByRole('heading', { name: 'Support' }),
    ).toBeInTheDocument();
  });

  it('marks a pending ticket at risk and counts down to its due time', async () => {
    jest
      .spyOn(Date, 'now')
      .mockReturnValue(Date.parse('2026-11-25T20:12:00.000Z'));
    try {
      await renderSupport();
      await screen.findByRole('link', { name: urgentTicket.title });

      const urgent = within(rowOf(urgentTicket.title));
      expect(urgent.getByText('At risk')).toBeInTheDocument();
      expect(urgent.getByText('due in 03:00')).toBeInTheDocument();
      expect(urgent.getByText(/^due /, { selector: 'span' })).toBeVisible();
    } finally {
      jest.restoreAllMocks();
    }
  });

  it('asks the server for the next page', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.listTickets.mockResolvedValue({
      now: '2026-11-25T20:05:00.000Z',
      items: [urgentTicket, stagingTicket, breachedTicket],
      totalCount: 60,
    });
    await renderSupport(mpkApi);
    expect(await screen.findByText('1-25 of 60')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));

    await waitFor(() =>
      expect(mpkApi.listTickets).toHaveBeenLastCalledWith(
        expect.objectContaining({ limit: 25, offset: 25 }),
      ),
    );
    expect(await screen.findByText('26-50 of 60')).toBeInTheDocument();
  });

  it('filters by status and SLA state on the server, from the first page', async () => {
    const mpkApi = fakeMpkApi();
    await renderSupport(mpkApi, { route: '/support?page=1' });
    await screen.findByRole('link', { name: urgentTicket.title });

    await userEvent.click(screen.getByRole('button', { name: 'Status all' }));
    await userEvent.click(await screen.findByRole('option', { name: 'open' }));
    await waitFor(() =>
      expect(mpkApi.listTickets).toHaveBeenLastCalledWith({
        status: ['open'],
        state: [],
        limit: 25,
        offset: 0,
      }),
    );

    await userEvent.click(
      screen.getByRole('button', { name: 'SLA state all' }),
    );
    await userEvent.click(
      await screen.findByRole('option', { name: 'breached' }),
    );
    await waitFor(() =>
      expect(mpkApi.listTickets).toHaveBeenLastCalledWith({
        status: ['open'],
        state: ['breached'],
        limit: 25,
        offset: 0,
      }),
    );
  });

  it('says so when no ticket matches the filters', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.listTickets.mockResolvedValue({
      now: '2026-11-25T20:05:00.000Z',
      items: [],
      totalCount: 0,
    });
    await renderSupport(mpkApi, { route: '/support?state=breached' });

    expect(
      await screen.findByText('No ticket matches these filters'),
    ).toBeInTheDocument();
    expect(mpkApi.listTickets).toHaveBeenCalledWith(
      expect.objectContaining({ state: ['breached'] }),
    );
  });

  it('shows why the tickets could not be read', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.listTickets.mockRejectedValue(
      await responseError(400, 'InputError', 'Invalid query: limit: too big'),
    );
    await renderSupport(mpkApi);

    expect(
      await screen.findByText('Invalid query: limit: too big'),
    ).toBeInTheDocument();
  });

  it("tells a customer's person whose tickets they see", async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getPersona.mockResolvedValue(acmeDeveloper);
    await renderSupport(mpkApi);

    expect(
      await screen.findByText(
        "You see Acme Corporation's clusters only: you are a customer developer of Acme Corporation.",
      ),
    ).toBeInTheDocument();
  });

  it('reads the list again when tickets change, once for a burst of changes', async () => {
    const mpkApi = fakeMpkApi();
    const signals = fakeSignalApi();
    await renderSupport(mpkApi, { signals });
    await screen.findByRole('link', { name: urgentTicket.title });
    expect(mpkApi.listTickets).toHaveBeenCalledTimes(1);

    // An Alertmanager storm: many tickets opened within a second.
    act(() => {
      for (let i = 0; i < 5; i++) {
        signals.send(TICKET_LIST_SIGNAL_CHANNEL, { change: 'opened' });
      }
    });
    expect(mpkApi.listTickets).toHaveBeenCalledTimes(1);
    await act(() => new Promise(resolve => setTimeout(resolve, 1500)));
    expect(mpkApi.listTickets).toHaveBeenCalledTimes(2);

    // A change after the burst is read again too.
    act(() => signals.send(TICKET_LIST_SIGNAL_CHANNEL, { change: 'resolved' }));
    await act(() => new Promise(resolve => setTimeout(resolve, 1500)));
    expect(mpkApi.listTickets).toHaveBeenCalledTimes(3);
  });

  it("opens a ticket's page from its title", async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.listTickets.mockResolvedValue({
      now: '2026-11-25T20:05:00.000Z',
      items: [conversationTicket],
      totalCount: 1,
    });
    await renderSupport(mpkApi);

    await userEvent.click(
      await screen.findByRole('link', { name: conversationTicket.title }),
    );

    expect(
      await screen.findByRole('list', { name: 'Conversation' }),
    ).toBeInTheDocument();
    expect(mpkApi.getTicket).toHaveBeenCalledWith(conversationTicket.id);
    expect(screen.getByRole('link', { name: 'Support' })).toHaveAttribute(
      'href',
      '/support',
    );
  });

  it('says a page under it that does not exist is not found', async () => {
    await renderSupport(fakeMpkApi(), { route: '/support/nothing-here' });

    expect(
      await screen.findByText('ERROR 404: This support page does not exist'),
    ).toBeInTheDocument();
  });
});
