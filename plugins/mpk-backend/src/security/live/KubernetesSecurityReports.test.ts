import { mockServices } from '@backstage/backend-test-utils';
import { readFileSync } from 'node:fs';
import {
  createServer,
  IncomingMessage,
  Server,
  ServerResponse,
} from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  KubernetesSecurityReports,
  MAX_BODY_BYTES,
  MAX_PAGES,
} from './KubernetesSecurityReports';

const recordedBytes = (file: string) =>
  readFileSync(join(__dirname, '__fixtures__', file));
const recorded = (file: string): any => {
  const text = recordedBytes(file).toString('utf8');
  return file.endsWith('.json') ? JSON.parse(text) : parse(text);
};

// Recorded real report objects (see __fixtures__/PROVENANCE.md).
const vulnerabilityReport = recorded('vulnerabilityreport_extended.json');
const trivyExport = recorded('all_reports_in_dict.json');
const moreVulnerabilityReports: unknown[] =
  trivyExport['vulnerabilityreports.aquasecurity.github.io'];
const configAuditReport = recorded('configauditreport_many.json');
const clusterComplianceReports: unknown[] = recorded(
  'clustercompliancereport.json',
);
const policyReports: unknown[] = recorded(
  'kyverno_vap_policyreport_list.yaml',
).items;
const openReports: unknown[] = recorded(
  'kyverno_openreports_report_list.yaml',
).items;

/** The List envelope an API server puts around the objects of one page. */
const list = (
  apiVersion: string,
  kind: string,
  items: unknown[],
  continueToken?: string,
) => ({
  apiVersion,
  kind,
  metadata: continueToken ? { continue: continueToken } : {},
  items,
});

const AQUA = '/apis/aquasecurity.github.io/v1alpha1';
const WG = '/apis/wgpolicyk8s.io/v1alpha2';
const OPEN = '/apis/openreports.io/v1alpha1';
const NEXT = 'eyJ2IjoibWV0YS5rOHMuaW8vdjEiLCJydiI6ODM2OTR9';

const vulnerabilityPage1 = list(
  'aquasecurity.github.io/v1alpha1',
  'VulnerabilityReportList',
  [vulnerabilityReport],
  NEXT,
);
const vulnerabilityPage2 = list(
  'aquasecurity.github.io/v1alpha1',
  'VulnerabilityReportList',
  moreVulnerabilityReports,
);
const configAuditList = list(
  'aquasecurity.github.io/v1alpha1',
  'ConfigAuditReportList',
  [configAuditReport],
);
const complianceList = list(
  'aquasecurity.github.io/v1alpha1',
  'ClusterComplianceReportList',
  clusterComplianceReports,
);
const policyReportList = list(
  'wgpolicyk8s.io/v1alpha2',
  'PolicyReportList',
  policyReports,
);
const clusterPolicyReportList = list(
  'wgpolicyk8s.io/v1alpha2',
  'ClusterPolicyReportList',
  [],
);
const reportList = list('openreports.io/v1alpha1', 'ReportList', openReports);
const clusterReportList = list(
  'openreports.io/v1alpha1',
  'ClusterReportList',
  [],
);

/** A Kubernetes API server's refusal. */
const status = (code: number, reason: string, message: string) => ({
  kind: 'Status',
  apiVersion: 'v1',
  metadata: {},
  status: 'Failure',
  message,
  reason,
  code,
});

type Answer =
  | { code: number; json: unknown }
  | { code: number; text: string | Buffer }
  | { stream: number };

/** What each cluster's API server answers, by path and continue token. */
function answer(cluster: string, path: string, token: string): Answer {
  const ok = (json: unknown): Answer => ({ code: 200, json });
  const notServed: Answer = {
    code: 404,
    json: status(
      404,
      'NotFound',
      'the server could not find the requested resource',
    ),
  };
  const served: Record<string, Answer> = {
    [`${AQUA}/vulnerabilityreports`]: ok(
      token === NEXT ? vulnerabilityPage2 : vulnerabilityPage1,
    ),
    [`${AQUA}/configauditreports`]: ok(configAuditList),
    [`${AQUA}/clustercompliancereports`]: ok(complianceList),
    [`${WG}/policyreports`]: ok(policyReportList),
    [`${WG}/clusterpolicyreports`]: ok(clusterPolicyReportList),
    [`${OPEN}/reports`]: ok(reportList),
    [`${OPEN}/clusterreports`]: ok(clusterReportList),
  };
  switch (cluster) {
    case 'acme-prod-eks':
      return served[path] ?? notServed;
    // Trivy Operator only, and a service account that may not list compliance reports.
    case 'trivy-only':
      if (path === `${AQUA}/clustercompliancereports`) {
        return {
          code: 403,
          json: status(
            403,
            'Forbidden',
            'clustercompliancereports.aquasecurity.github.io is forbidden: User "system:serviceaccount:backstage:portal" cannot list resource "clustercompliancereports" in API group "aquasecurity.github.io" at the cluster scope',
          ),
        };
      }
      if (path.startsWith(OPEN)) {
        return { code: 404, text: '404 page not found\n' };
      }
      return path.startsWith(AQUA) ? served[path] : notServed;
    // Config audit reports larger than the reader takes; the rest as on acme-prod-eks.
    case 'huge-reports':
      return path === `${AQUA}/configauditreports`
        ? { stream: MAX_BODY_BYTES + 1024 * 1024 }
        : served[path];
    // Answers that are not lists.
    case 'broken':
      if (path === `${AQUA}/configauditreports`) {
        return {
          code: 200,
          text: recordedBytes('kyverno_vap_policyreport_list.yaml'),
        };
      }
      if (path === `${WG}/policyreports`) {
        return {
          code: 503,
          json: status(
            503,
            'ServiceUnavailable',
            'the server is currently unable to handle the request',
          ),
        };
      }
      return notServed;
    // A list that never ends.
    case 'endless':
      return path === `${AQUA}/vulnerabilityreports`
        ? ok(vulnerabilityPage1)
        : notServed;
    default:
      // The kubernetes plugin's error handler, for a cluster it is not configured with.
      return {
        code: 404,
        json: {
          error: {
            name: 'NotFoundError',
            message: `Cluster '${cluster}' not found`,
          },
          request: { method: 'GET', url: `/proxy${path}` },
          response: { statusCode: 404 },
        },
      };
  }
}

async function streamJunk(res: ServerResponse, bytes: number) {
  res.writeHead(200, { 'content-type': 'application/json' });
  const chunk = Buffer.alloc(1024 * 1024, ' ');
  res.write('{"apiVersion":"aquasecurity.github.io/v1alpha1","items":[');
  for (let sent = 0; sent < bytes && !res.destroyed; sent += chunk.length) {
    if (!res.write(chunk)) {
      await new Promise(resolve => {
        res.once('drain', resolve);
        res.once('close', resolve);
      });
    }
  }
  res.end(']}');
}

describe('KubernetesSecurityReports', () => {
  let server: Server;
  let baseUrl: string;
  const requests: IncomingMessage[] = [];

  // Plays the kubernetes plugin's proxy in front of the clusters above.
  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req);
      res.on('error', () => undefined);
      const url = new URL(req.url ?? '', 'http://proxy');
      const prefix = '/api/kubernetes/proxy';
      const cluster = String(req.headers['backstage-kubernetes-cluster']);
      const given = url.pathname.startsWith(prefix)
        ? answer(
            cluster,
            url.pathname.slice(prefix.length),
            url.searchParams.get('continue') ?? '',
          )
        : { code: 404, text: 'Not Found' };
      if ('stream' in given) {
        void streamJunk(res, given.stream);
        return;
      }
      if ('json' in given) {
        res.writeHead(given.code, { 'content-type': 'application/json' });
        res.end(JSON.stringify(given.json));
        return;
      }
      res.writeHead(given.code, { 'content-type': 'text/plain' });
      res.end(given.text);
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise(resolve => server.close(resolve)));
  beforeEach(() => {
    requests.length = 0;
  });

  function reports(logger = mockServices.logger.mock(), url = baseUrl) {
    return new KubernetesSecurityReports({
      discovery: {
        getBaseUrl: async pluginId => `${url}/api/${pluginId}`,
        getExternalBaseUrl: async pluginId => `${url}/api/${pluginId}`,
      },
      auth: mockServices.auth(),
      logger,
    });
  }

  it('reads every report list of a connected cluster, page by page, as a service', async () => {
    const logger = mockServices.logger.mock();
    const documents = await reports(logger).read('acme-prod-eks');
    expect(documents).toEqual([
      vulnerabilityPage1,
      vulnerabilityPage2,
      configAuditList,
      complianceList,
      policyReportList,
      clusterPolicyReportList,
      reportList,
      clusterReportList,
    ]);
    expect(logger.warn).not.toHaveBeenCalled();
    expect(requests.map(r => r.url)).toEqual([
      `/api/kubernetes/proxy${AQUA}/vulnerabilityreports?limit=500`,
      `/api/kubernetes/proxy${AQUA}/vulnerabilityreports?limit=500&continue=${NEXT}`,
      `/api/kubernetes/proxy${AQUA}/configauditreports?limit=500`,
      `/api/kubernetes/proxy${AQUA}/clustercompliancereports?limit=500`,
      `/api/kubernetes/proxy${WG}/policyreports?limit=500`,
      `/api/kubernetes/proxy${WG}/clusterpolicyreports?limit=500`,
      `/api/kubernetes/proxy${OPEN}/reports?limit=500`,
      `/api/kubernetes/proxy${OPEN}/clusterreports?limit=500`,
    ]);
    for (const request of requests) {
      expect(request.headers.authorization).toMatch(/^Bearer .+/);
      expect(request.headers['backstage-kubernetes-cluster']).toBe(
        'acme-prod-eks',
      );
    }
    // The recorded objects come through whole.
    expect(documents?.[0]).toMatchObject({
      items: [
        {
          kind: 'VulnerabilityReport',
          metadata: { name: 'pod-ubuntu-ubuntu', namespace: 'lbc' },
        },
      ],
    });
    expect((documents?.[4] as { items: unknown[] }).items).toHaveLength(2);
  });

  it('skips a resource the cluster does not serve silently, and one it refuses with a warning', async () => {
    const logger = mockServices.logger.mock();
    expect(await reports(logger).read('trivy-only')).toEqual([
      vulnerabilityPage1,
      vulnerabilityPage2,
      configAuditList,
    ]);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      `Security reports ${AQUA}/clustercompliancereports of Kubernetes cluster trivy-only not read: HTTP 403 Forbidden: clustercompliancereports.aquasecurity.github.io is forbidden: User "system:serviceaccount:backstage:portal" cannot list resource "clustercompliancereports" in API group "aquasecurity.github.io" at the cluster scope`,
    );
  });

  it('skips, with a warning each, answers that are not lists and server errors', async () => {
    const logger = mockServices.logger.mock();
    expect(await reports(logger).read('broken')).toEqual([]);
    expect(logger.warn.mock.calls).toEqual([
      [
        `Security reports ${AQUA}/configauditreports of Kubernetes cluster broken not read: the answer is not a Kubernetes list`,
      ],
      [
        `Security reports ${WG}/policyreports of Kubernetes cluster broken not read: HTTP 503 Service Unavailable: the server is currently unable to handle the request`,
      ],
    ]);
  });

  it('refuses a body over the size bound, however it is sent, and skips that resource', async () => {
    const logger = mockServices.logger.mock();
    const documents = await reports(logger).read('huge-reports');
    expect(documents).toEqual([
      vulnerabilityPage1,
      vulnerabilityPage2,
      complianceList,
      policyReportList,
      clusterPolicyReportList,
      reportList,
      clusterReportList,
    ]);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      `Security reports ${AQUA}/configauditreports of Kubernetes cluster huge-reports not read: body is over the ${MAX_BODY_BYTES} bytes read`,
    );
  });

  it(`stops following continue after ${MAX_PAGES} pages`, async () => {
    const logger = mockServices.logger.mock();
    const documents = await reports(logger).read('endless');
    expect(documents).toHaveLength(MAX_PAGES);
    expect(
      requests.filter(r => r.url?.includes('/vulnerabilityreports')),
    ).toHaveLength(MAX_PAGES);
    expect(logger.warn).toHaveBeenCalledWith(
      `Security reports ${AQUA}/vulnerabilityreports of Kubernetes cluster endless cut at ${MAX_PAGES} pages of 500`,
    );
  });

  it('gives nothing, with one warning, for a cluster the kubernetes plugin does not know', async () => {
    const logger = mockServices.logger.mock();
    expect(await reports(logger).read('nowhere')).toBeUndefined();
    expect(requests).toHaveLength(1);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      `Security reports of Kubernetes cluster nowhere not read through the kubernetes plugin: GET ${AQUA}/vulnerabilityreports: HTTP 404 Cluster 'nowhere' not found`,
    );
  });

  it('gives nothing, with one warning, when the kubernetes plugin cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise(resolve => closed.close(resolve));
    const logger = mockServices.logger.mock();
    expect(
      await reports(logger, `http://127.0.0.1:${port}`).read('acme-prod-eks'),
    ).toBeUndefined();
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn.mock.calls[0][0]).toMatch(
      /^Security reports of Kubernetes cluster acme-prod-eks not read through the kubernetes plugin: GET \/apis\/aquasecurity\.github\.io\/v1alpha1\/vulnerabilityreports: /,
    );
  });
});
