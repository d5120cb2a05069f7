import { parseEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { mpkApiRef } from '../../api';

/**
 * Whether a cluster's version is inside the supported window today, as the server would judge a
 * ticket opened now (`supportedWindow` of its SLA answer): `value` is unset while loading or
 * without a cluster, null when the catalog lacks the cluster's version.
 */
export function useSupportedWindowToday(clusterRef: string | undefined) {
  const mpkApi = useApi(mpkApiRef);
  return useAsync(
    async () =>
      clusterRef
        ? (await mpkApi.getClusterSla(parseEntityRef(clusterRef)))
            .supportedWindow
        : undefined,
    [mpkApi, clusterRef],
  );
}
