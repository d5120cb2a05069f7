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
      };
      const known =
        req.headers['backstage-kubernetes-cluster'] === 'acme-prod-eks';
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

  it('reads the server and kubelet versions through the kubernetes plugin, as a service', async () => {
    expect(await liveFacts().read('acme-prod-eks')).toEqual({
      serverVersion: '1.19',
      kubeletVersions: ['1.19'],
    });
    const last = requests[requests.length - 1];
    expect(last.headers.authorization).toMatch(/^Bearer .+/);
    expect(last.headers['backstage-kubernetes-cluster']).toBe('acme-prod-eks');
  });

  it('logs and gives nothing for a cluster the plugin cannot reach', async () => {
    const logger = mockServices.logger.mock();
    expect(await liveFacts(logger).read('nowhere')).toBeUndefined();
    expect(logger.warn).toHaveBeenCalledWith(
      'Kubernetes cluster nowhere not read through the kubernetes plugin: GET /version: HTTP 404 Not Found',
    );
  });
});
