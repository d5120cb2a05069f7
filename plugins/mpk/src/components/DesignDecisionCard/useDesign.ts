import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { mpkApiRef } from '../../api';

/** A design with its versions and steps; `retry` reads it again, keeping the last value meanwhile. */
export function useDesign(name: string) {
  const mpkApi = useApi(mpkApiRef);
  return useAsyncRetry(() => mpkApi.getDesign(name), [mpkApi, name]);
}
