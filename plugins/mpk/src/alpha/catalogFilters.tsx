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

/**
 * Above the catalog's filters, for a customer's person: whose clusters the catalog shows them, and
 * why (the catalog hides other customers' clusters).
 * @alpha
 */
export const customerScopeCatalogFilter = CatalogFilterBlueprint.make({
  name: 'customer-scope',
  params: {
    loader: () =>
      import('../components/persona').then(m => <m.CustomerScopeNote />),
  },
});
