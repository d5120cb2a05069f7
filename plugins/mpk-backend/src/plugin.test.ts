import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import request from 'supertest';
import { mpkPlugin } from './plugin';

describe('mpk backend plugin', () => {
  it('answers GET /api/mpk/health for a signed-in user, with its database round trip', async () => {
    const { server } = await startTestBackend({ features: [mpkPlugin] });

    const response = await request(server)
      .get('/api/mpk/health')
      .set('Authorization', mockCredentials.user.header());

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      status: 'ok',
      database: {
        status: 'ok',
        client: 'better-sqlite3',
        latencyMs: expect.any(Number),
      },
    });
  });

  it('answers a calling backend service too', async () => {
    const { server } = await startTestBackend({ features: [mpkPlugin] });

    const response = await request(server)
      .get('/api/mpk/health')
      .set('Authorization', mockCredentials.service.header());

    expect(response.status).toBe(200);
  });

  it('refuses an unauthenticated caller', async () => {
    const { server } = await startTestBackend({
      features: [
        mpkPlugin,
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
      ],
    });

    const response = await request(server).get('/api/mpk/health');

    expect(response.status).toBe(401);
  });
});
