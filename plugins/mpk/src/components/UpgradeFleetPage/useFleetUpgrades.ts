import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { FleetReadinessFilter, mpkApiRef } from '../../api';
import { FleetFilters } from './filterOptions';

/**
 * The clusters of the fleet that pass the filters, sorted by days left. While a new selection
 * loads, the previous result stays in `value`.
 */
export function useFleetUpgrades(
  filters: FleetFilters,
  order: 'asc' | 'desc',
  readiness?: FleetReadinessFilter,
) {
  const mpkApi = useApi(mpkApiRef);
  return useAsyncRetry(
    () =>
      mpkApi.getFleetUpgrades({
        ...filters,
        ...(readiness ? { readiness } : {}),
        order,
      }),
    [mpkApi, filters, order, readiness],
  );
}
