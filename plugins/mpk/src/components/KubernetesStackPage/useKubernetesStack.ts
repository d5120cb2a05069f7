import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import {
  isStackComponentEntity,
  STACK_ENTITIES_FILTER,
  STACK_SYSTEM_TYPE,
  StackComponentEntity,
} from '@mpk-portal/plugin-mpk-common';
import useAsync from 'react-use/esm/useAsync';
import { StackCategory } from '../../stack/stackComponents';
import { readStackCategories } from '../../stack/stackSystem';

/** What the stack page shows, as the catalog holds it. */
export interface KubernetesStack {
  /** Title of the stack System, when the catalog has it. */
  title?: string;
  categories: StackCategory[];
  components: StackComponentEntity[];
}

/** Loads the stack System and every stack component from the catalog. */
export function useKubernetesStack() {
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async (): Promise<KubernetesStack> => {
    // One query for both: the System is found by its type, whatever the stack definition names it.
    const { items } = await catalogApi.getEntities({
      filter: STACK_ENTITIES_FILTER,
    });
    const system = items.find(
      e => e.kind === 'System' && e.spec?.type === STACK_SYSTEM_TYPE,
    );
    return {
      title: system?.metadata.title,
      categories: readStackCategories(system),
      // A component without a valid tier label fits in no column of the matrix.
      components: items.filter(isStackComponentEntity),
    };
  }, [catalogApi]);
}
