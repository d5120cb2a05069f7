import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';

/** The titles of customers, from their catalog groups; a customer the catalog does not give keeps its name. */
export function useCustomerTitles(customers: string[]) {
  const catalogApi = useApi(catalogApiRef);
  const key = customers.join('\n');
  return useAsync(
    () =>
      Promise.all(
        customers.map(async name => {
          const group = await catalogApi
            .getEntityByRef(
              stringifyEntityRef({ kind: 'Group', namespace: 'default', name }),
            )
            .catch(() => undefined);
          return group?.metadata.title ?? name;
        }),
      ),
    // The list is new on every render; its names are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [catalogApi, key],
  );
}

/** The title of one customer, its name until the catalog answers (and when it does not know it). */
export function useCustomerTitle(customer: string): string {
  const { value } = useCustomerTitles([customer]);
  return value?.[0] ?? customer;
}
