import Grid from '@material-ui/core/Grid';
import { statusLabels, shortEntityName } from '../upgradeWording';
import { FleetReadinessFilter, FleetSecurityFilter } from '../../api';
import { FleetFilters } from './filterOptions';
import { MultiSelectFilter } from './MultiSelectFilter';
import { ReadinessFilter } from './ReadinessFilter';
import { SecurityFilter } from './SecurityFilter';

/** The customer, owner pod, status, readiness and security filters of the fleet table. */
export function FleetFilterBar(props: {
  options: FleetFilters;
  filters: FleetFilters;
  onChange(filters: FleetFilters): void;
  readiness?: FleetReadinessFilter;
  onReadinessChange(readiness?: FleetReadinessFilter): void;
  security: FleetSecurityFilter[];
  onSecurityChange(security: FleetSecurityFilter[]): void;
}) {
  const {
    options,
    filters,
    onChange,
    readiness,
    onReadinessChange,
    security,
    onSecurityChange,
  } = props;
  return (
    <Grid container spacing={2}>
      <Grid item xs={12} md={3}>
        <MultiSelectFilter
          id="fleet-customer-filter"
          label="Customer"
          options={options.customer}
          selected={filters.customer}
          onChange={customer => onChange({ ...filters, customer })}
        />
      </Grid>
      <Grid item xs={12} md={3}>
        <MultiSelectFilter
          id="fleet-owner-filter"
          label="Owner pod"
          options={options.owner}
          selected={filters.owner}
          onChange={owner => onChange({ ...filters, owner })}
          optionLabel={owner => shortEntityName(owner, 'group')}
        />
      </Grid>
      <Grid item xs={12} md={2}>
        <MultiSelectFilter
          id="fleet-status-filter"
          label="Status"
          options={options.status}
          selected={filters.status}
          onChange={status => onChange({ ...filters, status })}
          optionLabel={status => statusLabels[status]}
        />
      </Grid>
      <Grid item xs={12} md={2}>
        <ReadinessFilter value={readiness} onChange={onReadinessChange} />
      </Grid>
      <Grid item xs={12} md={2}>
        <SecurityFilter value={security} onChange={onSecurityChange} />
      </Grid>
    </Grid>
  );
}
