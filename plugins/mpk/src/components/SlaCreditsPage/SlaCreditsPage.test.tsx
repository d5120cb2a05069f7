import { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeMpkApi } from '../../__testUtils__/mpkResponses';
import { acmeCredits } from '../../__testUtils__/ticketResponses';
import { acmeDeveloper } from '../../__testUtils__/personas';
import { mpkCreditClaimPermission } from '@mpk-portal/plugin-mpk-common';
import {
  PermissionAnswer,
  renderWithMpk,
} from '../../__testUtils__/renderWithMpk';
import { SlaCreditsPage } from './SlaCreditsPage';

const customer = (name: string, title: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default', title },
  spec: { type: 'customer', children: [] },
});

function renderPage(
  options: {
    mpkApi?: ReturnType<typeof fakeMpkApi>;
    authorize?: PermissionAnswer;
    route?: string;
    customers?: Entity[];
  } = {},
) {
  return renderWithMpk(<SlaCreditsPage />, {
    mpkApi: options.mpkApi,
    authorize: options.authorize,
    route: options.route ?? '/sla-credits',
    catalogEntities: options.customers ?? [
      customer('globex', 'Globex Corporation'),
      customer('acme', 'Acme Corporation'),
    ],
  });
}

describe('SlaCreditsPage', () => {
  it("shows the first customer's current month when nothing is chosen", async () => {
    const mpkApi = fakeMpkApi();
    await renderPage({ mpkApi });

    expect(
      await screen.findByText('Credits for Acme Corporation, 2026-11'),
    ).toBeInTheDocument();
    expect(mpkApi.getCredits).toHaveBeenCalledWith('acme', undefined);
    expect(screen.getByText(acmeCredits.explanation)).toBeInTheDocument();
    expect(screen.getByText('$12,000')).toBeInTheDocument();
  });

  it('reads the customer and month from the link', async () => {
    const mpkApi = fakeMpkApi();
    await renderPage({
      mpkApi,
      route: '/sla-credits?customer=globex&month=2026-10',
    });

    await waitFor(() =>
      expect(mpkApi.getCredits).toHaveBeenCalledWith('globex', '2026-10'),
    );
  });

  it('lists each missed response with its credit and why', async () => {
    await renderPage();
    const table = await screen.findByRole('table', {
      name: 'Missed initial responses',
    });

    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map(row => within(row).getAllByRole('cell')[4].textContent),
    ).toEqual(['Expired', 'Claimable', 'No credit']);
    expect(
      within(rows[2]).getByText(
        'No credit: caused by a party other than the provider.',
      ),
    ).toBeInTheDocument();
  });

  it('claims a credit and shows the month again', async () => {
    const mpkApi = fakeMpkApi();
    await renderPage({ mpkApi });

    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Claim credit: Webhook timeouts block deployments',
      }),
    );

    expect(screen.queryByText(/can request it$/)).toBeNull();
    expect(mpkApi.claimCredit).toHaveBeenCalledWith('breached-2');
    await waitFor(() => expect(mpkApi.getCredits).toHaveBeenCalledTimes(2));
    // The only claimable breach gets the one button.
    expect(
      screen.getAllByRole('button', { name: /^Claim credit/ }),
    ).toHaveLength(1);
  });

  it('offers no claim without the permission, and says who can request it', async () => {
    const authorize = jest.fn((): AuthorizeResult.DENY => AuthorizeResult.DENY);
    await renderPage({ authorize });
    const table = await screen.findByRole('table', {
      name: 'Missed initial responses',
    });

    const claimable = within(table)
      .getByText('Webhook timeouts block deployments')
      .closest('tr')!;
    expect(
      await within(claimable).findByText(
        "Only Acme Corporation's admin or the Engagement Manager can request it",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Claim credit/ })).toBeNull();
    // Only the claimable breach says so: an expired one has nothing to request.
    expect(within(table).getAllByText(/can request it$/)).toHaveLength(1);
    expect(authorize).toHaveBeenCalledWith(
      expect.objectContaining({
        permission: mpkCreditClaimPermission,
        resourceRef: 'resource:default/acme-prod',
      }),
    );
  });

  it("lists a customer's person only their own customer, and tells them so", async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getPersona.mockResolvedValue(acmeDeveloper);
    // The catalog hides the other customers' groups from a customer's person.
    await renderPage({
      mpkApi,
      customers: [customer('acme', 'Acme Corporation')],
      authorize: AuthorizeResult.DENY,
    });

    expect(
      await screen.findByText(
        "You see Acme Corporation's clusters only: you are a customer developer of Acme Corporation.",
      ),
    ).toBeInTheDocument();
    expect(mpkApi.getCredits).toHaveBeenCalledWith('acme', undefined);
    await userEvent.click(screen.getByRole('button', { name: /Customer/ }));
    expect(
      within(await screen.findByRole('listbox'))
        .getAllByRole('option')
        .map(option => option.textContent),
    ).toEqual(['Acme Corporation']);
  });

  it('charts the compliance of each month', async () => {
    await renderPage();

    const chart = await screen.findByRole('list', {
      name: 'Compliance by month',
    });
    const months = within(chart).getAllByRole('listitem');
    expect(months).toHaveLength(12);
    expect(months[11]).toHaveAccessibleName(
      '2026-11: 50% on time (3 met, 3 breached, 0 waiting)',
    );
    expect(months[0]).toHaveAccessibleName(
      '2025-12: no response decided yet (0 met, 0 breached, 0 waiting)',
    );
  });

  it('says so when a month had no missed response', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getCredits.mockResolvedValue({ ...acmeCredits, events: [] });
    await renderPage({ mpkApi });

    expect(
      await screen.findByText('No missed initial responses in 2026-11.'),
    ).toBeInTheDocument();
  });

  it('explains an empty catalog of customers', async () => {
    await renderPage({ customers: [] });

    expect(
      await screen.findByText(/^No customers in the catalog/),
    ).toBeInTheDocument();
  });
});
