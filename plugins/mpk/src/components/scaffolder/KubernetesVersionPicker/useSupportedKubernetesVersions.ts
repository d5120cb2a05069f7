import { useApi } from '@backstage/core-plugin-api';
import { ClusterPlatform } from '@mpk-portal/plugin-mpk-common';
import useAsync from 'react-use/esm/useAsync';
import { mpkApiRef } from '../../../api';

/** The releases a new cluster on the platform may run today; nothing without a platform. */
export function useSupportedKubernetesVersions(platform?: ClusterPlatform) {
  const mpkApi = useApi(mpkApiRef);
  const state = useAsync(
    async () =>
      platform ? mpkApi.getSupportedKubernetesVersions(platform) : undefined,
    [mpkApi, platform],
  );
  // While another platform's releases load, the previous answer (or failure) is still in the
  // state; offering it would let the value snap to a release of the wrong platform.
  return {
    ...state,
    value: state.value?.platform === platform ? state.value : undefined,
    error: state.loading ? undefined : state.error,
  };
}
