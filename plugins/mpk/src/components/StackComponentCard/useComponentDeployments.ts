import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { CLUSTER_RESOURCE_TYPE } from '@mpk-portal/plugin-mpk-common';
import useAsync from 'react-use/esm/useAsync';
import { compareDeployments, describeDeployment } from './componentDeployments';

/**
 * The clusters that run a stack component. The catalog relates each cluster to the components in
 * its `spec.installedComponents` (`dependsOn`), so the catalog can select them.
 */
export function useComponentDeployments(component: Entity) {
  const catalogApi = useApi(catalogApiRef);
  const componentRef = stringifyEntityRef(component);
  const componentName = component.metadata.name;
  return useAsync(async () => {
    const { items } = await catalogApi.getEntities({
      filter: {
        kind: 'resource',
        'spec.type': CLUSTER_RESOURCE_TYPE,
        'relations.dependsOn': componentRef,
      },
    });
    return items
      .map(cluster => describeDeployment(cluster, componentName))
      .sort(compareDeployments);
  }, [catalogApi, componentRef, componentName]);
}
