import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { CUSTOMER_GROUP_TYPE } from '@mpk-portal/plugin-mpk-common';

/** A customer of the catalog: its group's name and title. */
export interface CatalogCustomer {
  name: string;
  title: string;
}

/** The customers of the catalog (groups of type `customer`), by title. */
export function useCustomers() {
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async (): Promise<CatalogCustomer[]> => {
    const { items } = await catalogApi.getEntities({
      filter: { kind: 'Group', 'spec.type': CUSTOMER_GROUP_TYPE },
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
