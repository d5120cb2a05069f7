import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { mpkApiRef } from '../../api';

/** The conformance status, latest run and history of the cluster on the current entity page. */
export function useClusterConformance() {
  const mpkApi = useApi(mpkApiRef);
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  return useAsyncRetry(
    () => mpkApi.getClusterConformance(parseEntityRef(entityRef)),
    [mpkApi, entityRef],
  );
}
