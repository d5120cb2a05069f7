import {
  catalogApiRef,
  EntityListProvider,
  MockEntityListContextProvider,
  useEntityList,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clusters, stackComponents } from '../../__testUtils__/stackEntities';
import { SupportTierFilters } from './SupportTierFilter';
import { SupportTierPicker } from './SupportTierPicker';

function ListedEntities() {
  const { entities } = useEntityList();
  return (
    <ul aria-label="listed entities">
      {entities.map(entity => (
        <li key={entity.metadata.name}>{entity.metadata.name}</li>
      ))}
    </ul>
  );
}

function renderCatalogList(location: string) {
  const catalogApi = catalogApiMock({
    entities: [...stackComponents, ...clusters],
  });
  return renderInTestApp(
    <TestApiProvider apis={[[catalogApiRef, catalogApi]]}>
      <EntityListProvider>
        <SupportTierPicker />
        <ListedEntities />
      </EntityListProvider>
    </TestApiProvider>,
    { routeEntries: [location] },
  );
}

async function listedNames() {
  const list = await screen.findByRole('list', { name: 'listed entities' });
  return Array.from(list.querySelectorAll('li')).map(li => li.textContent);
}

async function toggleTier(title: string) {
  // The list stays open after a selection, and the expand button would close it.
  if (!screen.queryByRole('listbox')) {
    await userEvent.click(screen.getByTestId('support-tier-picker-expand'));
  }
  await userEvent.click(screen.getByRole('option', { name: title }));
}

describe('SupportTierPicker', () => {
  it('restores the tiers named in the URL and lists only their components', async () => {
    await renderCatalogList('/catalog?filters[supportTier]=certified');

    await waitFor(async () => expect(await listedNames()).toEqual(['istio']));
    expect(
      screen.getByRole('button', { name: 'Certified' }),
    ).toBeInTheDocument();
  });

  it('filters the list on the selected tiers and keeps them in the URL', async () => {
    await renderCatalogList('/catalog');

    await toggleTier('Catalog');
    await toggleTier('Certified');

    await waitFor(async () =>
      expect((await listedNames()).sort()).toEqual(['flux', 'istio']),
    );
    // Tier order, not click order, so the same selection always gives the same link.
    await waitFor(() =>
      expect(decodeURIComponent(window.location.search)).toBe(
        '?filters[supportTier]=certified&filters[supportTier]=catalog',
      ),
    );
  });

  it('removes the filter when no tier is selected', async () => {
    const updateFilters = jest.fn();
    await renderInTestApp(
      <MockEntityListContextProvider<SupportTierFilters>
        value={{ updateFilters, queryParameters: { supportTier: 'catalog' } }}
      >
        <SupportTierPicker />
      </MockEntityListContextProvider>,
    );
    await waitFor(() =>
      expect(updateFilters).toHaveBeenLastCalledWith({
        supportTier: expect.objectContaining({ values: ['catalog'] }),
      }),
    );

    await toggleTier('Catalog');

    expect(updateFilters).toHaveBeenLastCalledWith({ supportTier: undefined });
  });
});
