import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { useEffect } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { mpkApiRef } from '../../api';

/** New tickets arrive at any time; the countdowns tick locally in between. */
const refreshMs = 60_000;

/** The open tickets and compliance of the cluster on the current entity page, kept fresh. */
export function useClusterSla() {
  const mpkApi = useApi(mpkApiRef);
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const state = useAsyncRetry(
    () => mpkApi.getClusterSla(parseEntityRef(entityRef)),
    [mpkApi, entityRef],
  );
  const { retry } = state;
  useEffect(() => {
    const timer = setInterval(retry, refreshMs);
    return () => clearInterval(timer);
  }, [retry]);
  return state;
}
