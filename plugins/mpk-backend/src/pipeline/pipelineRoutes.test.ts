import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from '../__testUtils__/contractRequest';
import { mpkPlugin } from '../plugin';

describe('the local pipeline', () => {
  it('records the deployment runs it is asked for and lists them by design', async () => {
    const { server } = await startTestBackend({
      features: [mpkPlugin, catalogServiceMock.factory({ entities: [] })],
    });
    const trigger = mockCredentials.service.header({
      onBehalfOf: mockCredentials.service('pipeline-trigger'),
      targetPluginId: 'mpk',
    });
    const run = (body: object) =>
      request(server)
        .post('/api/mpk/pipeline/runs')
        .set('Authorization', trigger)
        .send(body);

    const first = await run({
      design: 'initech-platform',
      environment: 'prod',
      cluster: 'initech-prod',
      repository: 'initech-platform',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      design: 'initech-platform',
      cluster: 'initech-prod',
      requestedBy: 'pipeline-trigger',
    });
    await run({
      design: 'hooli-edge',
      environment: 'prod',
      cluster: 'hooli-prod',
    });

    const list = await request(server)
      .get('/api/mpk/pipeline/runs?design=initech-platform')
      .set('Authorization', mockCredentials.user.header());
    expect(list.body.items.map((r: { id: string }) => r.id)).toEqual([
      first.body.id,
    ]);

    const bad = await run({ design: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe(
      'Invalid pipeline run: environment: Invalid input: expected string, received undefined; cluster: Invalid input: expected string, received undefined',
    );
  });
});
