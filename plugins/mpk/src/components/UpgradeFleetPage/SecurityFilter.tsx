import { FleetSecurityFilter } from '../../api';
import { SECURITY_STATUS_ORDER, securityStatusLabels } from '../security';
import { MultiSelectFilter } from './MultiSelectFilter';

/**
 * Reads the security filter from its repeated URL parameter, in the order the filter offers the
 * statuses; anything else is dropped.
 */
export function parseSecurityFilter(values: string[]): FleetSecurityFilter[] {
  return SECURITY_STATUS_ORDER.filter(status => values.includes(status));
}

/** The clusters with the chosen security statuses; none chosen selects every cluster. */
export function SecurityFilter(props: {
  value: FleetSecurityFilter[];
  onChange(value: FleetSecurityFilter[]): void;
}) {
  return (
    <MultiSelectFilter
      id="fleet-security-filter"
      label="Security"
      options={SECURITY_STATUS_ORDER}
      selected={props.value}
      onChange={props.onChange}
      optionLabel={status => securityStatusLabels[status]}
    />
  );
}
