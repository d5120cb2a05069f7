import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { mpkApiRef } from '../../api';
import { FleetFilters } from './filterOptions';

/**
 * The clusters of the fleet that pass the filters, sorted by days left. While a new selection
 * loads, the previous result stays in `value`.
 */
export function useFleetUpgrades(filters: FleetFilters, order: 'asc' | 'desc') {
  const mpkApi = useApi(mpkApiRef);
  return useAsyncRetry(
    () => mpkApi.getFleetUpgrades({ ...filters, order }),
    [mpkApi, filters, order],
  );
}
