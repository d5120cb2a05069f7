import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { mpkApiRef } from '../../api';

/**
 * Who the signed-in user is in the service, as the backend says (`GET /persona`): provider staff,
 * a customer's person, or someone the service does not know. `value` is unset while loading.
 */
export function usePersona() {
  const mpkApi = useApi(mpkApiRef);
  return useAsync(() => mpkApi.getPersona(), [mpkApi]);
}
