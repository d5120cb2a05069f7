import { Entity } from '@backstage/catalog-model';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { clusters, flux, istio } from '../../__testUtils__/stackEntities';
import { StackComponentCard } from './StackComponentCard';

function renderCard(entity: Entity) {
  return renderInTestApp(
    <TestApiProvider
      apis={[[catalogApiRef, catalogApiMock({ entities: clusters })]]}
    >
      <EntityProvider entity={entity}>
        <StackComponentCard />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('StackComponentCard', () => {
  it('shows the current tier and what it means for support', async () => {
    await renderCard(istio);

    expect(
      screen.getByText('Certified: Tested and deployable by the provider.'),
    ).toBeInTheDocument();
    expect(screen.getByText('What Certified means')).toBeInTheDocument();
    expect(
      screen.getByText('Deployment: Deployed by the provider on request.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Support: Supported by the support pod; the customer owns its configuration.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Ingress and service mesh')).toBeInTheDocument();
    expect(screen.getByText('1.26, 1.27')).toBeInTheDocument();
    expect(
      screen.getByText('AWS Elastic Kubernetes Service (EKS)'),
    ).toBeInTheDocument();
  });

  it('lists the tier history newest first, with reasons', async () => {
    await renderCard(istio);

    const history = screen.getByText('Tier history').nextElementSibling!;
    expect(
      within(history as HTMLElement)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual([
      '2026-01-15: Certified (Certified after the mesh pilot with two customers)',
      '2024-03-01: Catalog',
    ]);
  });

  it('lists the clusters that run the component with their version', async () => {
    await renderCard(istio);

    const table = (
      await screen.findByRole('columnheader', { name: 'Version' })
    ).closest('table')!;
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map(row =>
        within(row)
          .getAllByRole('cell')
          .map(cell => cell.textContent),
      ),
    ).toEqual([
      ['acme-prod', 'acme', 'Production', '1.27.3'],
      ['globex-dev', 'globex', 'Non-production', '1.26.5'],
    ]);
    expect(
      within(rows[0]).getByRole('link', { name: 'acme-prod' }),
    ).toHaveAttribute('href', '/catalog/default/resource/acme-prod');
  });

  it('says so when no cluster runs the component', async () => {
    await renderCard(flux);

    expect(
      await screen.findByText('No managed cluster runs Flux.'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('columnheader', { name: 'Version' }),
    ).not.toBeInTheDocument();
  });
});
