import { CatalogFilterBlueprint } from '@backstage/plugin-catalog-react/alpha';

/**
 * Support-tier filter on the catalog index page.
 * @alpha
 */
export const supportTierCatalogFilter = CatalogFilterBlueprint.make({
  name: 'support-tier',
  params: {
    loader: () =>
      import('../components/SupportTierPicker').then(m => (
        <m.SupportTierPicker />
      )),
  },
});
