import { Entity } from '@backstage/catalog-model';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import {
  stackComponents,
  stackSystem,
} from '../../__testUtils__/stackEntities';
import { KubernetesStackPage } from './KubernetesStackPage';

function renderPage(catalogApi = catalogApiMock({ entities: [] as Entity[] })) {
  return renderInTestApp(
    <TestApiProvider apis={[[catalogApiRef, catalogApi]]}>
      <KubernetesStackPage />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

function cellTexts(row: HTMLElement) {
  return within(row)
    .getAllByRole('cell')
    .map(cell => cell.textContent);
}

describe('KubernetesStackPage', () => {
  it('places each technology in the cell of its category and tier', async () => {
    await renderPage(
      catalogApiMock({ entities: [stackSystem, ...stackComponents] }),
    );

    const matrix = (
      await screen.findByRole('columnheader', { name: 'Category' })
    ).closest('table')!;
    expect(
      within(matrix)
        .getAllByRole('columnheader')
        .map(header => header.textContent),
    ).toEqual(['Category', 'Infrastructure', 'Certified', 'Catalog']);
    const rows = within(matrix).getAllByRole('row').slice(1);
    expect(rows.map(cellTexts)).toEqual([
      ['IaC, CI/CD', 'Argo CD', '', 'Flux'],
      ['Ingress and service mesh', '', 'Istio', ''],
      ['Observability', 'Prometheus', '', ''],
    ]);
    const mesh = rows[1];
    expect(within(mesh).getByRole('link', { name: 'Istio' })).toHaveAttribute(
      'href',
      '/catalog/default/component/istio',
    );
    expect(
      screen.getByText('Managed Platform for Kubernetes stack'),
    ).toBeInTheDocument();
  });

  it('lists the tier changes newest first', async () => {
    await renderPage(
      catalogApiMock({ entities: [stackSystem, ...stackComponents] }),
    );

    const table = (
      await screen.findByRole('columnheader', { name: 'Reason' })
    ).closest('table')!;
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(cellTexts)).toEqual([
      [
        '2026-01-15',
        'Istio',
        'Catalog → Certified',
        'Certified after the mesh pilot with two customers',
      ],
      ['2025-11-20', 'Flux', 'Certified → Catalog', 'Superseded by Argo CD'],
      [
        '2025-09-01',
        'Argo CD',
        'Certified → Infrastructure',
        'Deployed by every cluster build',
      ],
      ['2024-02-01', 'Argo CD', 'Catalog → Certified', ''],
    ]);
  });

  it('explains what each tier means', async () => {
    await renderPage(
      catalogApiMock({ entities: [stackSystem, ...stackComponents] }),
    );

    expect(
      await screen.findByText(/Known to work on the platform; not operated/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Fully integrated into the managed platform/),
    ).toBeInTheDocument();
  });

  it('says the stack definition is not loaded when the catalog has no stack component', async () => {
    await renderPage(catalogApiMock({ entities: [stackSystem] }));

    expect(
      await screen.findByText('The stack definition has not been loaded'),
    ).toBeInTheDocument();
    expect(screen.getByText('mpk.stack.location')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows a catalog failure', async () => {
    await renderPage(
      catalogApiMock.mock({
        getEntities: jest.fn().mockRejectedValue(new Error('catalog is down')),
      }),
    );

    expect(
      await screen.findByText('Error: catalog is down'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
