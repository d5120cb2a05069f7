import { screen, within } from '@testing-library/react';
import { acmeDesign, globexDesign } from '../../__testUtils__/designResponses';
import { fakeMpkApi } from '../../__testUtils__/mpkResponses';
import { renderWithMpk } from '../../__testUtils__/renderWithMpk';
import { responseError } from '../../__testUtils__/responseError';
import { formatDay } from '../design';
import { OnboardingPage } from './OnboardingPage';

const columns = [
  'Customer',
  'Design',
  'Pod',
  'Team',
  'State',
  'Pod assigned',
  'Design shared',
  'Accepted',
  'Provisioned',
  'First conformance run passed',
];

/** The cells of the row of a design, by column title. */
function rowOf(design: string) {
  const row = screen.getByRole('link', { name: design }).closest('tr')!;
  const cells = within(row).getAllByRole('cell');
  return Object.fromEntries(columns.map((title, i) => [title, cells[i]]));
}

describe('OnboardingPage', () => {
  it("shows each customer's engagement with its team, state and steps", async () => {
    const mpkApi = fakeMpkApi();
    await renderWithMpk(<OnboardingPage />, { mpkApi });

    expect(
      screen.getByRole('heading', { name: 'Onboarding' }),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Engagements' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map(header => header.textContent),
    ).toEqual(columns);
    expect(within(table).getAllByRole('row')).toHaveLength(3);

    const acme = rowOf('acme-platform');
    expect(within(acme.Customer).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/group/acme',
    );
    expect(
      within(acme.Design).getByRole('link', { name: 'acme-platform' }),
    ).toHaveAttribute('href', '/catalog/default/resource/acme-platform');
    expect(acme.Pod).toHaveTextContent('pod-blue');
    expect(acme.Team).toHaveTextContent(
      'Engagement Manager: erin-emLead Architect: leo-laSenior CKA engineer: sam-scka',
    );
    expect(acme.State).toHaveTextContent('Waiting for decision');
    expect(acme['Pod assigned']).toHaveTextContent(
      formatDay(acmeDesign.steps[0].at!),
    );
    expect(acme['Design shared']).toHaveTextContent(
      formatDay(acmeDesign.steps[1].at!),
    );
    expect(acme.Accepted).toHaveTextContent('—');
    expect(acme.Provisioned).toHaveTextContent('—');
    expect(acme['First conformance run passed']).toHaveTextContent('—');

    const globex = rowOf('globex-eu');
    expect(globex.State).toHaveTextContent('Provisioned');
    expect(globex.Accepted).toHaveTextContent(
      formatDay(globexDesign.steps[2].at!),
    );
    expect(globex['First conformance run passed']).toHaveTextContent(
      formatDay(globexDesign.steps[4].at!),
    );
    expect(mpkApi.listDesigns).toHaveBeenCalledTimes(1);
  });

  it('shows only what the backend returns, e.g. the one design of a customer', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.listDesigns.mockResolvedValue({ items: [acmeDesign] });
    await renderWithMpk(<OnboardingPage />, { mpkApi });

    const table = await screen.findByRole('table', { name: 'Engagements' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(
      within(table).queryByRole('link', { name: 'globex-eu' }),
    ).not.toBeInTheDocument();
  });

  it('says when there is no engagement yet', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.listDesigns.mockResolvedValue({ items: [] });
    await renderWithMpk(<OnboardingPage />, { mpkApi });

    expect(await screen.findByText('No engagements yet')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it("shows the server's message when the designs cannot be read", async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.listDesigns.mockRejectedValue(
      await responseError(500, 'Error', 'The database does not answer'),
    );
    await renderWithMpk(<OnboardingPage />, { mpkApi });

    expect(
      await screen.findByText('The database does not answer'),
    ).toBeInTheDocument();
  });

  it('shows progress while the designs load', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.listDesigns.mockReturnValue(new Promise(() => {}));
    await renderWithMpk(<OnboardingPage />, { mpkApi });

    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });
});
