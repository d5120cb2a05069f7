import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';

/** The customers of the catalog (groups of type `customer`), by title. */
export function useCustomers() {
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async () => {
    const { items } = await catalogApi.getEntities({
      filter: { kind: 'Group', 'spec.type': 'customer' },
      fields: ['metadata.name', 'metadata.title'],
    });
    return items
      .map(entity => ({
        name: entity.metadata.name,
        title: entity.metadata.title ?? entity.metadata.name,
      }))
      .sort((a, b) => a.title.localeCompare(b.title));
  }, [catalogApi]);
}
