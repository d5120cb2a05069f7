import { EntityProvider } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { ClusterUpgradeResponse } from '@mpk-portal/plugin-mpk-common';
import { screen, within } from '@testing-library/react';
import { mpkApiRef } from '../../api';
import { responseError } from '../../__testUtils__/responseError';
import { productionCluster } from '../../__testUtils__/clusterEntities';
import {
  acmeProdUpgrade,
  controlPlaneEol,
  fakeMpkApi,
  upgradePath,
} from '../../__testUtils__/mpkResponses';
import { UpgradeCard } from './UpgradeCard';

function renderCard(mpkApi = fakeMpkApi()) {
  return renderInTestApp(
    <TestApiProvider apis={[[mpkApiRef, mpkApi]]}>
      <EntityProvider entity={productionCluster}>
        <UpgradeCard />
      </EntityProvider>
    </TestApiProvider>,
  );
}

function rowTexts(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map(row =>
      within(row)
        .getAllByRole('cell')
        .map(cell => cell.textContent),
    );
}

describe('UpgradeCard', () => {
  it('shows the next deadline of the cluster on the page', async () => {
    const mpkApi = fakeMpkApi();
    await renderCard(mpkApi);

    const next = (await screen.findByText('Next deadline')).parentElement!;
    expect(
      within(next).getByText('Kubernetes control plane 1.33'),
    ).toBeInTheDocument();
    expect(within(next).getByText('12 days left')).toBeInTheDocument();
    expect(within(next).getByText('Due soon')).toBeInTheDocument();
    expect(within(next).getByText('Due 2026-11-26')).toBeInTheDocument();
    expect(mpkApi.getClusterUpgrade).toHaveBeenCalledWith({
      kind: 'resource',
      namespace: 'default',
      name: 'acme-prod',
    });
  });

  it('says whether the deadlines are guaranteed', async () => {
    await renderCard();

    expect(
      await screen.findByText(
        "Kubernetes 1.33 is within the supported window (1.33 and 1.34). The customer's environment configuration is qualified: the deadlines are guaranteed.",
      ),
    ).toBeInTheDocument();
  });

  it('lists every obligation with its dates, status and explanation', async () => {
    await renderCard();

    const table = (
      await screen.findByRole('columnheader', { name: 'Explanation' })
    ).closest('table')!;
    expect(rowTexts(table)).toEqual([
      [
        'Kubernetes control plane 1.33',
        '2026-07-29Amazon EKS 1.33 end of life',
        '2026-11-26',
        '12 days left',
        'Due soon',
        controlPlaneEol.explanation,
      ],
      [
        'Upgrade path to Kubernetes 1.36',
        '2026-10-01Amazon EKS 1.36 released',
        '2027-01-29',
        '76 days left',
        'On track',
        upgradePath.explanation,
      ],
      [
        'Monitoring platform 3.5',
        '',
        '',
        '',
        'Unknown',
        'Monitoring platform 3.5: the release calendar has no end-of-life date for version 3.5, so no deadline can be computed.',
      ],
    ]);
  });

  it('shows the recorded plan, who recorded it and when', async () => {
    await renderCard();

    expect(await screen.findByText('2026-11-10')).toBeInTheDocument();
    expect(screen.getByText('Planned')).toBeInTheDocument();
    expect(
      screen.getByText('Maintenance window agreed with the customer'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('guest on 2026-10-20 09:15 UTC'),
    ).toBeInTheDocument();
  });

  it('marks the deadlines of an unqualified customer as not guaranteed', async () => {
    const explanation =
      'Kubernetes 1.33 is within the supported window (1.33 and 1.34). The customer does not have a qualified environment configuration (at least one production and one non-production environment): the provider still supports upgrades, but the deadlines are not guaranteed.';
    const overdue = {
      ...controlPlaneEol,
      daysLeft: -3,
      status: 'not-guaranteed' as const,
    };
    const unqualified: ClusterUpgradeResponse = {
      ...acmeProdUpgrade,
      assessment: {
        ...acmeProdUpgrade.assessment,
        qualified: false,
        obligations: [overdue],
        next: overdue,
        explanation,
      },
      plan: null,
    };
    const mpkApi = fakeMpkApi();
    mpkApi.getClusterUpgrade.mockResolvedValue(unqualified);
    await renderCard(mpkApi);

    const next = (await screen.findByText('Next deadline')).parentElement!;
    expect(within(next).getByText('3 days overdue')).toBeInTheDocument();
    expect(within(next).getByText('Not guaranteed')).toBeInTheDocument();
    expect(screen.getByText(explanation)).toBeInTheDocument();
    expect(
      screen.getByText(
        'No upgrade plan has been recorded for this cluster yet.',
      ),
    ).toBeInTheDocument();
  });

  it('says so when no obligation has a due date', async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getClusterUpgrade.mockResolvedValue({
      ...acmeProdUpgrade,
      assessment: { ...acmeProdUpgrade.assessment, next: undefined },
    });
    await renderCard(mpkApi);

    expect(
      await screen.findByText(
        'No upgrade obligation of this cluster has a due date.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('Next deadline')).not.toBeInTheDocument();
  });

  it("shows the server's message when the cluster cannot be assessed", async () => {
    const mpkApi = fakeMpkApi();
    mpkApi.getClusterUpgrade.mockRejectedValue(
      await responseError(
        400,
        'InputError',
        'The catalog entry of resource:default/acme-prod is incomplete: label mpk.io/platform is missing',
      ),
    );
    await renderCard(mpkApi);

    expect(
      await screen.findByRole('heading', {
        name: 'Error: The catalog entry of resource:default/acme-prod is incomplete: label mpk.io/platform is missing',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Next deadline')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
