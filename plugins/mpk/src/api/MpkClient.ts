import { CompoundEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  ClusterUpgradeResponse,
  FleetUpgradesResponse,
  UpgradePlan,
} from '@mpk-portal/plugin-mpk-common';
import { FleetUpgradesQuery, MpkApi, UpgradePlanRequest } from './MpkApi';

function clusterPath(cluster: CompoundEntityRef): string {
  return `/clusters/${encodeURIComponent(
    cluster.namespace,
  )}/${encodeURIComponent(cluster.name)}`;
}

function fleetQueryString(query: FleetUpgradesQuery): string {
  const params = new URLSearchParams();
  // The backend reads a repeated parameter as a list of accepted values.
  for (const customer of query.customer ?? []) {
    params.append('customer', customer);
  }
  for (const owner of query.owner ?? []) {
    params.append('owner', owner);
  }
  for (const status of query.status ?? []) {
    params.append('status', status);
  }
  if (query.order) {
    params.set('order', query.order);
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

/**
 * {@link MpkApi} over HTTP, through the backend of the `mpk` plugin.
 * @public
 */
export class MpkClient implements MpkApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  getClusterUpgrade(
    cluster: CompoundEntityRef,
  ): Promise<ClusterUpgradeResponse> {
    return this.request(`${clusterPath(cluster)}/upgrade`);
  }

  getFleetUpgrades(
    query: FleetUpgradesQuery = {},
  ): Promise<FleetUpgradesResponse> {
    return this.request(`/fleet/upgrades${fleetQueryString(query)}`);
  }

  saveUpgradePlan(
    cluster: CompoundEntityRef,
    plan: UpgradePlanRequest,
  ): Promise<UpgradePlan> {
    return this.request(`${clusterPath(cluster)}/upgrade-plan`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        plannedDate: plan.plannedDate,
        state: plan.state,
        note: plan.note,
      }),
    });
  }

  private async request<T>(path: string, init?: RequestInit): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('mpk');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
