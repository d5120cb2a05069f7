import { Entity } from '@backstage/catalog-model';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router-dom';
import { fakeMpkApi } from '../../__testUtils__/mpkResponses';
import { renderWithMpk } from '../../__testUtils__/renderWithMpk';
import {
  acmeDeviations,
  globexDeviations,
} from '../../__testUtils__/securityResponses';
import { SecurityDeviationsPage } from './SecurityDeviationsPage';

const customer = (name: string, title: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default', title },
  spec: { type: 'customer', children: [] },
});

/** Shows the query string of the current URL, to see what the page keeps there. */
function SearchProbe() {
  return <output aria-label="search">{useLocation().search}</output>;
}

/** The mpk API, answering each customer's deviations. */
function deviationsApi() {
  const mpkApi = fakeMpkApi();
  mpkApi.getCustomerDeviations.mockImplementation(async name =>
    name === 'globex' ? globexDeviations : acmeDeviations,
  );
  return mpkApi;
}

function renderPage(
  options: {
    route?: string;
    customers?: Entity[];
    mpkApi?: ReturnType<typeof fakeMpkApi>;
  } = {},
) {
  const mpkApi = options.mpkApi ?? deviationsApi();
  const rendered = renderWithMpk(
    <>
      <SecurityDeviationsPage />
      <SearchProbe />
    </>,
    {
      mpkApi,
      route: options.route,
      catalogEntities: options.customers ?? [
        customer('globex', 'Globex Corporation'),
        customer('acme', 'Acme Corporation'),
      ],
    },
  );
  return { mpkApi, rendered };
}

function rowTexts(table: HTMLElement) {
  return [...(table as HTMLTableElement).tBodies[0].rows].map(row =>
    [...row.cells].map(cell => cell.textContent),
  );
}

describe('SecurityDeviationsPage', () => {
  it("lists the first customer's open deviations, each cluster linked", async () => {
    const { mpkApi, rendered } = renderPage();
    await rendered;

    expect(
      await screen.findByText('Open deviations of Acme Corporation'),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Open deviations' });
    expect(rowTexts(table)).toEqual([
      [
        'Acme production',
        'Ensure that the --anonymous-auth argument is set to false',
        'cis-1.8 / 4.2.1',
        'the whole cluster',
        '44 days (since 2026-10-01)',
        'High',
        'Set authentication.anonymous.enabled to false in the kubelet config file.',
      ],
      [
        'Acme staging',
        'Containers must run as non-root',
        'pod-security-restricted / require-run-as-nonroot',
        'Deployment shop/web',
        '4 days (since 2026-11-10)',
        'Medium',
        'Set securityContext.runAsNonRoot to true.',
      ],
    ]);
    expect(
      within(table).getByRole('link', { name: 'Acme staging' }),
    ).toHaveAttribute('href', '/catalog/default/resource/acme-staging');
    expect(mpkApi.getCustomerDeviations).toHaveBeenCalledWith('acme');
  });

  it('lists the deviations of the customer chosen, keeping it in the link', async () => {
    const { mpkApi, rendered } = renderPage();
    await rendered;
    await screen.findByText('Open deviations of Acme Corporation');

    fireEvent.mouseDown(
      screen.getByLabelText('Customer', { selector: '[role="button"]' }),
    );
    fireEvent.click(
      within(await screen.findByRole('listbox')).getByText(
        'Globex Corporation',
      ),
    );

    expect(
      await screen.findByText('Open deviations of Globex Corporation'),
    ).toBeInTheDocument();
    expect(mpkApi.getCustomerDeviations).toHaveBeenLastCalledWith('globex');
    await waitFor(() =>
      expect(
        rowTexts(screen.getByRole('table', { name: 'Open deviations' })).map(
          row => row[0],
        ),
      ).toEqual(['Globex development']),
    );
    expect(screen.getByLabelText('search')).toHaveTextContent(
      '?customer=globex',
    );
  });

  it('reads the customer from the link', async () => {
    const { mpkApi, rendered } = renderPage({
      route: '/security?customer=globex',
    });
    await rendered;

    expect(
      await screen.findByText('Open deviations of Globex Corporation'),
    ).toBeInTheDocument();
    expect(mpkApi.getCustomerDeviations).toHaveBeenCalledTimes(1);
    expect(mpkApi.getCustomerDeviations).toHaveBeenCalledWith('globex');
  });

  it('says when a customer has no open deviation', async () => {
    const mpkApi = deviationsApi();
    mpkApi.getCustomerDeviations.mockResolvedValue({ items: [] });
    await renderPage({ mpkApi }).rendered;

    expect(
      await screen.findByText("No open deviation on this customer's clusters."),
    ).toBeInTheDocument();
  });

  it("shows the server's reason when the deviations cannot be read", async () => {
    const mpkApi = deviationsApi();
    mpkApi.getCustomerDeviations.mockRejectedValue(
      new Error('backend is down'),
    );
    await renderPage({ mpkApi }).rendered;

    expect(
      await screen.findByText('Error: backend is down'),
    ).toBeInTheDocument();
  });

  it('explains an empty catalog of customers', async () => {
    const { mpkApi, rendered } = renderPage({ customers: [] });
    await rendered;

    expect(
      await screen.findByText(/^No customers in the catalog/),
    ).toBeInTheDocument();
    expect(mpkApi.getCustomerDeviations).not.toHaveBeenCalled();
  });
});
