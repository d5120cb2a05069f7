import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  productionCluster,
  stagingCluster,
} from '../../__testUtils__/clusterEntities';
import { fakeMpkApi } from '../../__testUtils__/mpkResponses';
import {
  breachedTicket,
  urgentTicket,
} from '../../__testUtils__/ticketResponses';
import {
  mpkTicketReopenPermission,
  mpkTicketRespondPermission,
} from '@mpk-portal/plugin-mpk-common';
import {
  PermissionAnswer,
  renderWithMpk,
} from '../../__testUtils__/renderWithMpk';
import { TicketsContent } from './TicketsContent';

function renderContent(
  mpkApi = fakeMpkApi(),
  authorize: PermissionAnswer = AuthorizeResult.ALLOW,
) {
  return renderWithMpk(<TicketsContent />, {
    mpkApi,
    authorize,
    entity: productionCluster,
    catalogEntities: [productionCluster, stagingCluster],
  });
}

const rowOf = (title: string) => screen.getByText(title).closest('tr')!;

describe('TicketsContent', () => {
  it("lists the cluster's tickets with their severity, response and SLA", async () => {
    const mpkApi = fakeMpkApi();
    await renderContent(mpkApi);
    await screen.findByRole('table', { name: 'Tickets' });

    const breached = within(rowOf('Autoscaler does not add nodes'));
    expect(breached.getByText('answered after 31:00')).toBeInTheDocument();
    expect(breached.getByText('Breached')).toBeInTheDocument();
    const staging = within(rowOf('Helm release stuck'));
    expect(staging.getByText('Normal (asked: high)')).toBeInTheDocument();
    expect(
      staging.getByText(
        /on a non-production cluster the normal target applies/,
      ),
    ).toBeInTheDocument();
    expect(mpkApi.listTickets).toHaveBeenCalledWith({
      cluster: ['resource:default/acme-prod'],
      state: [],
      status: [],
      limit: 200,
    });
  });

  it("links each title to the ticket's page", async () => {
    await renderContent();

    expect(
      await screen.findByRole('link', { name: urgentTicket.title }),
    ).toHaveAttribute('href', `/support/tickets/${urgentTicket.id}`);
  });

  it('opens a ticket with this cluster chosen to begin with', async () => {
    await renderContent();
    const button = await screen.findByRole('button', { name: 'Open a ticket' });
    await waitFor(() => expect(button).toBeEnabled());

    await userEvent.click(button);

    const dialog = await screen.findByRole('dialog', { name: 'Open a ticket' });
    expect(
      await within(dialog).findByRole('combobox', { name: /Cluster/ }),
    ).toHaveValue('resource:default/acme-prod');
    expect(
      within(dialog).getByRole('status', { name: 'Response target' }),
    ).toHaveTextContent('Choose a severity to see the response target.');
  });

  it('filters by SLA state on the server', async () => {
    const mpkApi = fakeMpkApi();
    await renderContent(mpkApi);
    await screen.findByRole('table', { name: 'Tickets' });

    await userEvent.click(
      screen.getByRole('button', { name: 'SLA state all' }),
    );
    await userEvent.click(
      await screen.findByRole('option', { name: 'breached' }),
    );

    await waitFor(() =>
      expect(mpkApi.listTickets).toHaveBeenLastCalledWith(
        expect.objectContaining({ state: ['breached'] }),
      ),
    );
  });

  it('records a response now and reloads the list', async () => {
    const mpkApi = fakeMpkApi();
    await renderContent(mpkApi);
    await screen.findByRole('table', { name: 'Tickets' });
    expect(
      within(rowOf('Autoscaler does not add nodes')).queryByText(
        'Record response',
      ),
    ).not.toBeInTheDocument();

    await userEvent.click(
      await screen.findByRole('button', {
        name: `Record response: ${urgentTicket.title}`,
      }),
    );

    const before = Date.now();
    expect(mpkApi.addTicketEvent).toHaveBeenCalledWith(urgentTicket.id, {
      type: 'responded',
      at: expect.any(Date),
    });
    const [, { at }] = mpkApi.addTicketEvent.mock.calls[0];
    expect(Math.abs(at.getTime() - before)).toBeLessThan(10_000);
    await waitFor(() => expect(mpkApi.listTickets).toHaveBeenCalledTimes(2));
  });

  it('offers no actions without the permissions, and says who records them', async () => {
    const authorize = jest.fn((): AuthorizeResult.DENY => AuthorizeResult.DENY);
    await renderContent(fakeMpkApi(), authorize);
    await screen.findByRole('table', { name: 'Tickets' });

    for (const title of [urgentTicket.title, breachedTicket.title]) {
      expect(
        await within(rowOf(title)).findByText(
          'Only the support pod of this cluster records responses',
        ),
      ).toBeInTheDocument();
    }
    expect(screen.queryByRole('button', { name: /^Resolve/ })).toBeNull();
    expect(
      screen.queryByRole('button', { name: /^Record response/ }),
    ).toBeNull();
    expect(
      screen.getByText(
        'Only the support pod or the customer of this cluster opens tickets for it',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Open a ticket' }),
    ).toBeDisabled();
    expect(authorize).toHaveBeenCalledWith(
      expect.objectContaining({
        permission: mpkTicketRespondPermission,
        resourceRef: 'resource:default/acme-prod',
      }),
    );
  });

  it("lets a cluster's customer reopen a resolved ticket, and nothing else", async () => {
    const mpkApi = fakeMpkApi();
    const resolved = { ...breachedTicket, status: 'resolved' as const };
    mpkApi.listTickets.mockResolvedValue({
      now: '2026-11-25T20:05:00.000Z',
      items: [urgentTicket, resolved],
      totalCount: 2,
    });
    await renderContent(mpkApi, ({ permission }) =>
      permission.name === mpkTicketReopenPermission.name
        ? AuthorizeResult.ALLOW
        : AuthorizeResult.DENY,
    );
    await screen.findByRole('table', { name: 'Tickets' });

    expect(
      await within(rowOf(resolved.title)).findByRole('button', {
        name: `Reopen: ${resolved.title}`,
      }),
    ).toBeInTheDocument();
    expect(
      within(rowOf(urgentTicket.title)).getByText(
        'Only the support pod of this cluster records responses',
      ),
    ).toBeInTheDocument();
    expect(within(rowOf(urgentTicket.title)).queryByRole('button')).toBeNull();
  });

  it('says who reopens a resolved ticket to a user who may not', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.listTickets.mockResolvedValue({
      now: '2026-11-25T20:05:00.000Z',
      items: [{ ...breachedTicket, status: 'resolved' }],
      totalCount: 1,
    });
    await renderContent(mpkApi, AuthorizeResult.DENY);

    expect(
      await screen.findByText(
        'Only the support pod or the customer of this cluster reopens tickets',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Reopen/ })).toBeNull();
  });

  it('says so when no ticket matches', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.listTickets.mockResolvedValue({
      now: '2026-11-25T20:05:00.000Z',
      items: [],
      totalCount: 0,
    });
    await renderContent(mpkApi);

    expect(await screen.findByText('No tickets match.')).toBeInTheDocument();
  });

  it('offers only resolving for a ticket already answered', async () => {
    await renderContent();
    await screen.findByRole('table', { name: 'Tickets' });

    // The actions appear once the permission check has answered.
    await screen.findAllByRole('button', { name: /^Resolve/ });
    const buttons = within(rowOf(breachedTicket.title)).getAllByRole('button');
    expect(buttons.map(b => b.textContent)).toEqual(['Resolve']);
  });
});
