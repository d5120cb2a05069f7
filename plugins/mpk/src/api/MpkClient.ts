import { CompoundEntityRef } from '@backstage/catalog-model';
import {
  DiscoveryApi,
  FetchApi,
  IdentityApi,
} from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { MpkApiClient, mpkData, mpkPath } from '@mpk-portal/plugin-mpk-client';
import {
  ApiSchemas,
  ClusterConformanceResponse,
  ClusterPlatform,
  ClusterSlaResponse,
  ConformanceRun,
  ClusterUpgradeResponse,
  CreditClaimResponse,
  CreditsResponse,
  DeprecatedApiReport,
  Design,
  DesignDecisionRequest,
  DesignList,
  FleetUpgradesResponse,
  MpkPersona,
  SupportedKubernetesVersionsResponse,
  Ticket,
  TicketComment,
  TicketEventType,
  TicketListResponse,
  UpgradePlan,
} from '@mpk-portal/plugin-mpk-common';
import {
  ConformanceUploadRequest,
  FleetUpgradesQuery,
  MpkApi,
  OpenTicketRequest,
  SecurityExceptionRequest,
  TicketsQuery,
  UpgradePlanRequest,
} from './MpkApi';

/**
 * {@link MpkApi} over HTTP, through the backend of the `mpk` plugin.
 * @public
 */
export class MpkClient implements MpkApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;
  private readonly client: MpkApiClient;
  private readonly identityApi?: Pick<IdentityApi, 'getCredentials'>;

  constructor(options: {
    discoveryApi: DiscoveryApi;
    fetchApi: FetchApi;
    /** for uploads, which go through XMLHttpRequest to report their progress */
    identityApi?: Pick<IdentityApi, 'getCredentials'>;
  }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
    this.client = new MpkApiClient(options);
    this.identityApi = options.identityApi;
  }

  async getPersona(): Promise<MpkPersona> {
    return mpkData(await this.client.get('/persona'));
  }

  async getClusterUpgrade(
    cluster: CompoundEntityRef,
  ): Promise<ClusterUpgradeResponse> {
    return mpkData(
      await this.client.get('/clusters/{namespace}/{name}/upgrade', {
        params: { path: pathOf(cluster) },
      }),
    );
  }

  async getFleetUpgrades(
    query: FleetUpgradesQuery = {},
  ): Promise<FleetUpgradesResponse> {
    return mpkData(
      await this.client.get('/fleet/upgrades', {
        params: { query: withoutEmptyLists(query) },
      }),
    );
  }

  async saveUpgradePlan(
    cluster: CompoundEntityRef,
    plan: UpgradePlanRequest,
  ): Promise<UpgradePlan> {
    return mpkData(
      await this.client.put('/clusters/{namespace}/{name}/upgrade-plan', {
        params: { path: pathOf(cluster) },
        body: {
          plannedDate: plan.plannedDate,
          state: plan.state,
          note: plan.note,
        },
      }),
    );
  }

  async getClusterSla(cluster: CompoundEntityRef): Promise<ClusterSlaResponse> {
    return mpkData(
      await this.client.get('/clusters/{namespace}/{name}/sla', {
        params: { path: pathOf(cluster) },
      }),
    );
  }

  async listTickets(query: TicketsQuery = {}): Promise<TicketListResponse> {
    return mpkData(
      await this.client.get('/tickets', {
        params: { query: withoutEmptyLists(query) },
      }),
    );
  }

  async openTicket(
    request: OpenTicketRequest,
    idempotencyKey?: string,
  ): Promise<Ticket> {
    return mpkData(
      await this.client.post('/tickets', {
        params: {
          header: idempotencyKey
            ? { 'Idempotency-Key': idempotencyKey }
            : undefined,
        },
        body: request,
      }),
    );
  }

  async getTicket(ticketId: string): Promise<Ticket> {
    return mpkData(
      await this.client.get('/tickets/{id}', {
        params: { path: { id: ticketId } },
      }),
    );
  }

  async addTicketComment(
    ticketId: string,
    body: string,
    idempotencyKey?: string,
  ): Promise<TicketComment> {
    return mpkData(
      await this.client.post('/tickets/{id}/comments', {
        params: {
          path: { id: ticketId },
          header: idempotencyKey
            ? { 'Idempotency-Key': idempotencyKey }
            : undefined,
        },
        body: { body },
      }),
    );
  }

  async addTicketEvent(
    ticketId: string,
    event: { type: TicketEventType; at: Date },
  ): Promise<Ticket> {
    return mpkData(
      await this.client.post('/tickets/{id}/events', {
        params: { path: { id: ticketId } },
        body: { type: event.type, at: event.at.toISOString() },
      }),
    );
  }

  async getCredits(customer: string, month?: string): Promise<CreditsResponse> {
    return mpkData(
      await this.client.get('/credits', {
        params: { query: { customer, month } },
      }),
    );
  }

  async claimCredit(ticketId: string): Promise<CreditClaimResponse> {
    return mpkData(
      await this.client.post('/credits/claims', { body: { ticketId } }),
    );
  }

  async getClusterConformance(
    cluster: CompoundEntityRef,
  ): Promise<ClusterConformanceResponse> {
    return mpkData(
      await this.client.get('/clusters/{namespace}/{name}/conformance', {
        params: { path: pathOf(cluster) },
      }),
    );
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
    const url = `${await this.discoveryApi.getBaseUrl('mpk')}${mpkPath(
      '/clusters/{namespace}/{name}/conformance',
      pathOf(cluster),
    )}`;
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

  async uploadDeprecatedApiReport(
    cluster: CompoundEntityRef,
    report: Blob & { name?: string },
  ): Promise<DeprecatedApiReport> {
    const form = new FormData();
    form.append('report', report, report.name ?? 'report.json');
    const url = `${await this.discoveryApi.getBaseUrl('mpk')}${mpkPath(
      '/clusters/{namespace}/{name}/deprecated-api-reports',
      pathOf(cluster),
    )}`;
    // The browser sets the multipart Content-Type with its boundary from the form.
    const response = await this.fetchApi.fetch(url, {
      method: 'POST',
      body: form,
    });
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return (await response.json()) as DeprecatedApiReport;
  }

  async getClusterSecurity(
    cluster: CompoundEntityRef,
  ): Promise<ApiSchemas['ClusterSecurityResponse']> {
    return mpkData(
      await this.client.get('/clusters/{namespace}/{name}/security', {
        params: { path: pathOf(cluster) },
      }),
    );
  }

  async uploadSecurityReports(
    cluster: CompoundEntityRef,
    reports: (Blob & { name?: string })[],
  ): Promise<ApiSchemas['SecurityReportUploadResponse']> {
    const form = new FormData();
    reports.forEach((report, index) =>
      form.append('report', report, report.name ?? `report-${index + 1}`),
    );
    const url = `${await this.discoveryApi.getBaseUrl('mpk')}${mpkPath(
      '/clusters/{namespace}/{name}/security-reports',
      pathOf(cluster),
    )}`;
    // The browser sets the multipart Content-Type with its boundary from the form.
    const response = await this.fetchApi.fetch(url, {
      method: 'POST',
      body: form,
    });
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return (await response.json()) as ApiSchemas['SecurityReportUploadResponse'];
  }

  async createSecurityException(
    cluster: CompoundEntityRef,
    exception: SecurityExceptionRequest,
  ): Promise<ApiSchemas['SecurityException']> {
    return mpkData(
      await this.client.post(
        '/clusters/{namespace}/{name}/security/exceptions',
        {
          params: { path: pathOf(cluster) },
          body: exception,
        },
      ),
    );
  }

  async getCustomerDeviations(
    customer: string,
  ): Promise<ApiSchemas['CustomerDeviationsResponse']> {
    return mpkData(
      await this.client.get('/security/deviations', {
        params: { query: { customer: [customer] } },
      }),
    );
  }

  async getSupportedKubernetesVersions(
    platform: ClusterPlatform,
  ): Promise<SupportedKubernetesVersionsResponse> {
    return mpkData(
      await this.client.get('/kubernetes-versions', {
        params: { query: { platform } },
      }),
    );
  }

  async listDesigns(): Promise<DesignList> {
    return mpkData(await this.client.get('/designs'));
  }

  async getDesign(name: string): Promise<Design> {
    return mpkData(
      await this.client.get('/designs/{name}', {
        params: { path: { name } },
      }),
    );
  }

  async decideDesign(
    name: string,
    version: number,
    decision: DesignDecisionRequest,
  ): Promise<Design> {
    return mpkData(
      await this.client.post('/designs/{name}/versions/{version}/decision', {
        params: { path: { name, version } },
        body:
          decision.comment === undefined
            ? { decision: decision.decision }
            : { decision: decision.decision, comment: decision.comment },
      }),
    );
  }
}

function pathOf(cluster: CompoundEntityRef) {
  return { namespace: cluster.namespace, name: cluster.name };
}

/** A query without its empty lists: an empty filter selects everything, as no filter does. */
function withoutEmptyLists<T extends object>(query: T): T {
  return Object.fromEntries(
    Object.entries(query).filter(
      ([, value]) => !(Array.isArray(value) && value.length === 0),
    ),
  ) as T;
}
