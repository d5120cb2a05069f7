import { CompoundEntityRef } from '@backstage/catalog-model';
import {
  DiscoveryApi,
  FetchApi,
  IdentityApi,
} from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  ClusterConformanceResponse,
  ClusterPlatform,
  ClusterSlaResponse,
  ConformanceRun,
  ClusterUpgradeResponse,
  CreditClaimResponse,
  CreditsResponse,
  FleetUpgradesResponse,
  SupportedKubernetesVersionsResponse,
  Ticket,
  TicketEventType,
  TicketListResponse,
  UpgradePlan,
} from '@mpk-portal/plugin-mpk-common';
import {
  ConformanceUploadRequest,
  FleetUpgradesQuery,
  MpkApi,
  TicketsQuery,
  UpgradePlanRequest,
} from './MpkApi';

function clusterPath(cluster: CompoundEntityRef): string {
  return `/clusters/${encodeURIComponent(
    cluster.namespace,
  )}/${encodeURIComponent(cluster.name)}`;
}

/** A query string; a list becomes a repeated parameter, which the backend reads as a list. */
function queryString(
  query: Record<string, string | number | string[] | undefined>,
): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const item of [value ?? []].flat()) {
      params.append(name, String(item));
    }
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
  private readonly identityApi?: Pick<IdentityApi, 'getCredentials'>;

  constructor(options: {
    discoveryApi: DiscoveryApi;
    fetchApi: FetchApi;
    /** for uploads, which go through XMLHttpRequest to report their progress */
    identityApi?: Pick<IdentityApi, 'getCredentials'>;
  }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
    this.identityApi = options.identityApi;
  }

  getClusterUpgrade(
    cluster: CompoundEntityRef,
  ): Promise<ClusterUpgradeResponse> {
    return this.request(`${clusterPath(cluster)}/upgrade`);
  }

  getFleetUpgrades(
    query: FleetUpgradesQuery = {},
  ): Promise<FleetUpgradesResponse> {
    return this.request(
      `/fleet/upgrades${queryString({
        customer: query.customer,
        owner: query.owner,
        status: query.status,
        order: query.order,
      })}`,
    );
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

  getClusterSla(cluster: CompoundEntityRef): Promise<ClusterSlaResponse> {
    return this.request(`${clusterPath(cluster)}/sla`);
  }

  listTickets(query: TicketsQuery = {}): Promise<TicketListResponse> {
    return this.request(
      `/tickets${queryString({
        cluster: query.cluster,
        customer: query.customer,
        state: query.state,
        status: query.status,
        limit: query.limit,
        offset: query.offset,
      })}`,
    );
  }

  addTicketEvent(
    ticketId: string,
    event: { type: TicketEventType; at: Date },
  ): Promise<Ticket> {
    return this.request(`/tickets/${encodeURIComponent(ticketId)}/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: event.type, at: event.at.toISOString() }),
    });
  }

  getCredits(customer: string, month?: string): Promise<CreditsResponse> {
    return this.request(`/credits${queryString({ customer, month })}`);
  }

  claimCredit(ticketId: string): Promise<CreditClaimResponse> {
    return this.request('/credits/claims', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ticketId }),
    });
  }

  getClusterConformance(
    cluster: CompoundEntityRef,
  ): Promise<ClusterConformanceResponse> {
    return this.request(`${clusterPath(cluster)}/conformance`);
  }

  async uploadConformance(
    cluster: CompoundEntityRef,
    upload: ConformanceUploadRequest,
    onProgress?: (sent: number) => void,
  ): Promise<ConformanceRun> {
    const form = new FormData();
    if (upload.kubernetesVersion) {
      form.append('kubernetesVersion', upload.kubernetesVersion);
    }
    if (upload.finishedAt) form.append('finishedAt', upload.finishedAt);
    if (upload.log)
      form.append('log', upload.log, upload.log.name ?? 'e2e.log');
    // Last: the server parses files as they stream in and reads fields at the end.
    form.append('results', upload.results, upload.results.name ?? 'results');
    const url = `${await this.discoveryApi.getBaseUrl('mpk')}${clusterPath(
      cluster,
    )}/conformance`;
    const token = (await this.identityApi?.getCredentials())?.token;
    // fetch() cannot report upload progress; XMLHttpRequest can.
    const response = await new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', url);
      if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
      xhr.upload.onprogress = event => {
        if (event.lengthComputable) onProgress?.(event.loaded / event.total);
      };
      xhr.onload = () =>
        resolve(
          new Response(xhr.responseText, {
            status: xhr.status,
            statusText: xhr.statusText,
            headers: {
              'Content-Type':
                xhr.getResponseHeader('Content-Type') ?? 'application/json',
            },
          }),
        );
      xhr.onerror = () =>
        reject(new Error(`The upload to ${url} failed: no answer`));
      xhr.send(form);
    });
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return (await response.json()) as ConformanceRun;
  }

  getSupportedKubernetesVersions(
    platform: ClusterPlatform,
  ): Promise<SupportedKubernetesVersionsResponse> {
    return this.request(`/kubernetes-versions${queryString({ platform })}`);
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
