import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import {
  isStackComponentEntity,
  STACK_COMPONENT_TYPE,
} from '@mpk-portal/plugin-mpk-common';
import useAsync from 'react-use/esm/useAsync';

/** Every technology of the stack, as the catalog holds them. */
export function useStackComponents() {
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async () => {
    const { items } = await catalogApi.getEntities({
      filter: { kind: 'Component', 'spec.type': STACK_COMPONENT_TYPE },
    });
    // Without a valid tier label a technology fits in no group of the picker.
    return items.filter(isStackComponentEntity);
  }, [catalogApi]);
}
