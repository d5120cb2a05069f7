import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { mpkApiRef } from '../../api';

/**
 * The security posture of the cluster on the current entity page; `retry` loads it again, e.g.
 * after an upload or a new exception.
 */
export function useClusterSecurity() {
  const mpkApi = useApi(mpkApiRef);
  const { entity } = useEntity();
  // A string, so that a new entity object for the same cluster does not load again.
  const entityRef = stringifyEntityRef(entity);
  return useAsyncRetry(
    () => mpkApi.getClusterSecurity(parseEntityRef(entityRef)),
    [mpkApi, entityRef],
  );
}
