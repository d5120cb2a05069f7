import {
  Content,
  Header,
  InfoCard,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import LinearProgress from '@material-ui/core/LinearProgress';
import {
  FleetUpgradeItem,
  FleetUpgradesResponse,
} from '@mpk-portal/plugin-mpk-common';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { FleetReadinessFilter, FleetSecurityFilter } from '../../api';
import { CustomerScopeNote } from '../persona';
import { CsvExportButton } from './CsvExportButton';
import { DeadlineTimelineChart } from './DeadlineTimelineChart';
import { FleetFilterBar } from './FleetFilterBar';
import {
  addFilterOptions,
  FleetFilters,
  NO_FLEET_FILTERS,
} from './filterOptions';
import { FleetTable } from './FleetTable';
import { PlanDialog } from './PlanDialog';
import { parseReadinessFilter } from './ReadinessFilter';
import { parseSecurityFilter } from './SecurityFilter';
import { useFleetUpgrades } from './useFleetUpgrades';

function FleetOverview(props: {
  fleet: FleetUpgradesResponse;
  refreshing: boolean;
  order: 'asc' | 'desc';
  onToggleOrder(): void;
  onEditPlan(item: FleetUpgradeItem): void;
}) {
  const { fleet, refreshing, order, onToggleOrder, onEditPlan } = props;
  return (
    <>
      <Grid item xs={12}>
        <DeadlineTimelineChart items={fleet.items} today={fleet.today} />
      </Grid>
      <Grid item xs={12}>
        <InfoCard
          title="Clusters"
          subheader={`Days counted from ${fleet.today}`}
          action={<CsvExportButton items={fleet.items} today={fleet.today} />}
          noPadding
        >
          {refreshing && <LinearProgress />}
          <FleetTable
            items={fleet.items}
            order={order}
            onToggleOrder={onToggleOrder}
            onEditPlan={onEditPlan}
          />
        </InfoCard>
      </Grid>
    </>
  );
}

/**
 * The upgrade deadlines of every managed cluster, for Engagement Managers: filtered (the readiness
 * and security filters kept in the URL), sorted by days left, charted by month, exported as CSV,
 * with each cluster's security status and open deviations, its readiness for its next version,
 * the upgrade-path obligations already met, and its upgrade plan editable by the pod that owns
 * it. A customer's person sees their customers' clusters, and is told so.
 */
export function UpgradeFleetPage() {
  const [filters, setFilters] = useState<FleetFilters>(NO_FLEET_FILTERS);
  const [options, setOptions] = useState<FleetFilters>(NO_FLEET_FILTERS);
  const [order, setOrder] = useState<'asc' | 'desc'>('asc');
  const [editing, setEditing] = useState<FleetUpgradeItem>();
  // In the URL, so that a link to the blocked clusters can be shared.
  const [params, setParams] = useSearchParams();
  const readiness = parseReadinessFilter(params.get('readiness'));
  const setReadiness = (value?: FleetReadinessFilter) =>
    setParams(
      current => {
        const next = new URLSearchParams(current);
        if (value) next.set('readiness', value);
        else next.delete('readiness');
        return next;
      },
      { replace: true },
    );
  const securityParam = params.getAll('security').join(',');
  // One array per selection: a new one would load the fleet again.
  const security = useMemo(
    () => parseSecurityFilter(securityParam.split(',')),
    [securityParam],
  );
  const setSecurity = (value: FleetSecurityFilter[]) =>
    setParams(
      current => {
        const next = new URLSearchParams(current);
        next.delete('security');
        value.forEach(status => next.append('security', status));
        return next;
      },
      { replace: true },
    );
  const {
    value: fleet,
    loading,
    error,
    retry,
  } = useFleetUpgrades(filters, order, readiness, security);

  useEffect(() => {
    if (fleet) setOptions(known => addFilterOptions(known, fleet.items));
  }, [fleet]);

  const onSaved = useCallback(() => {
    setEditing(undefined);
    retry();
  }, [retry]);

  let content;
  if (error) {
    content = (
      <Grid item xs={12}>
        <ResponseErrorPanel error={error} />
      </Grid>
    );
  } else if (!fleet) {
    content = (
      <Grid item xs={12}>
        <Progress />
      </Grid>
    );
  } else {
    content = (
      <FleetOverview
        fleet={fleet}
        refreshing={loading}
        order={order}
        onToggleOrder={() => setOrder(order === 'asc' ? 'desc' : 'asc')}
        onEditPlan={setEditing}
      />
    );
  }

  return (
    <Page themeId="tool">
      <Header
        title="Upgrade fleet"
        subtitle="Upgrade deadlines and plans of the managed clusters"
      />
      <Content>
        <Grid container spacing={3}>
          <Grid item xs={12}>
            <CustomerScopeNote />
            <FleetFilterBar
              options={options}
              filters={filters}
              onChange={setFilters}
              readiness={readiness}
              onReadinessChange={setReadiness}
              security={security}
              onSecurityChange={setSecurity}
            />
          </Grid>
          {content}
        </Grid>
        {editing && (
          <PlanDialog
            item={editing}
            onClose={() => setEditing(undefined)}
            onSaved={onSaved}
          />
        )}
      </Content>
    </Page>
  );
}
