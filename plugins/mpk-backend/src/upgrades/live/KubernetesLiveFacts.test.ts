import { mockServices } from '@backstage/backend-test-utils';
import { readFileSync } from 'node:fs';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { KubernetesLiveFacts } from './KubernetesLiveFacts';

const recorded = (file: string) =>
  readFileSync(join(__dirname, '__fixtures__', file));

describe('KubernetesLiveFacts', () => {
  let server: Server;
  let baseUrl: string;
  const requests: IncomingMessage[] = [];

  // Plays the kubernetes plugin's proxy for one configured cluster, with recorded real answers.
  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req);
      const answers: Record<string, string> = {
        '/api/kubernetes/proxy/version': 'version.json',
        '/api/kubernetes/proxy/api/v1/nodes': 'nodes.json',
        '/api/kubernetes/proxy/metrics': 'metrics-deprecated-apis.prom',
      };
      const cluster = req.headers['backstage-kubernetes-cluster'];
      // The second cluster's service account may not read /metrics.
      const known =
        cluster === 'acme-prod-eks' ||
        (cluster === 'no-metrics' && !req.url?.endsWith('/metrics'));
      const file = known ? answers[req.url ?? ''] : undefined;
      const body = file ? recorded(file) : undefined;
      res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
      res.end(
        body ??
          '{"error":{"name":"NotFoundError","message":"Cluster not found"}}',
      );
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise(resolve => server.close(resolve)));

  function liveFacts(logger = mockServices.logger.mock()) {
    return new KubernetesLiveFacts({
      discovery: {
        getBaseUrl: async pluginId => `${baseUrl}/api/${pluginId}`,
        getExternalBaseUrl: async pluginId => `${baseUrl}/api/${pluginId}`,
      },
      auth: mockServices.auth(),
      logger,
    });
  }

  it('reads the server and kubelet versions and the deprecated APIs requested through the kubernetes plugin, as a service', async () => {
    const facts = await liveFacts().read('acme-prod-eks');
    expect(facts).toMatchObject({
      serverVersion: '1.19',
      kubeletVersions: ['1.19'],
    });
    expect(facts?.deprecatedApiUsage?.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          apiVersion: 'policy/v1beta1',
          removedIn: '1.25',
        }),
        expect.objectContaining({
          apiVersion: 'storage.k8s.io/v1beta1',
          removedIn: '1.27',
        }),
      ]),
    );
    const last = requests[requests.length - 1];
    expect(last.headers.authorization).toMatch(/^Bearer .+/);
    expect(last.headers['backstage-kubernetes-cluster']).toBe('acme-prod-eks');
  });

  it('still gives the versions of a cluster whose metrics it may not read', async () => {
    const logger = mockServices.logger.mock();
    const facts = await liveFacts(logger).read('no-metrics');
    expect(facts).toEqual({ serverVersion: '1.19', kubeletVersions: ['1.19'] });
    expect(logger.warn).toHaveBeenCalledWith(
      'Deprecated-API metric of Kubernetes cluster no-metrics not read: GET /metrics: HTTP 404 Not Found',
    );
  });

  it('logs and gives nothing for a cluster the plugin cannot reach', async () => {
    const logger = mockServices.logger.mock();
    expect(await liveFacts(logger).read('nowhere')).toBeUndefined();
    expect(logger.warn).toHaveBeenCalledWith(
      'Kubernetes cluster nowhere not read through the kubernetes plugin: GET /version: HTTP 404 Not Found',
    );
  });
});
