import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import {
  FleetReadinessFilter,
  FleetSecurityFilter,
  mpkApiRef,
} from '../../api';
import { FleetFilters } from './filterOptions';

/**
 * The clusters of the fleet that pass the filters, sorted by days left. While a new selection
 * loads, the previous result stays in `value`.
 */
export function useFleetUpgrades(
  filters: FleetFilters,
  order: 'asc' | 'desc',
  readiness?: FleetReadinessFilter,
  /** the same array while the selection is the same: a new one loads again */
  security: FleetSecurityFilter[] = [],
) {
  const mpkApi = useApi(mpkApiRef);
  return useAsyncRetry(
    () =>
      mpkApi.getFleetUpgrades({
        ...filters,
        ...(readiness ? { readiness } : {}),
        ...(security.length > 0 ? { security } : {}),
        order,
      }),
    [mpkApi, filters, order, readiness, security],
  );
}
