import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { mpkApiRef } from '../../api';

/** The upgrade obligations and plan of the cluster on the current entity page. */
export function useClusterUpgrade() {
  const mpkApi = useApi(mpkApiRef);
  const { entity } = useEntity();
  // A string, so that a new entity object for the same cluster does not load again.
  const entityRef = stringifyEntityRef(entity);
  return useAsync(
    () => mpkApi.getClusterUpgrade(parseEntityRef(entityRef)),
    [mpkApi, entityRef],
  );
}
