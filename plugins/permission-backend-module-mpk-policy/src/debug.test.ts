import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { startPortalBackend } from './__testUtils__/portalBackend';
jest.setTimeout(120_000);
it('debug', async () => {
  const server = await startPortalBackend();
  for (const who of ['gil-globex', 'dana-acme']) {
    const r = await request(server)
      .get('/api/mpk/clusters/default/acme-prod/upgrade')
      .set('Authorization', mockCredentials.user.header(`user:default/${who}`));
    console.log(who, 'upgrade', r.status, JSON.stringify(r.body).slice(0, 200));
    const c = await request(server)
      .get('/api/catalog/entities/by-name/resource/default/acme-prod')
      .set('Authorization', mockCredentials.user.header(`user:default/${who}`));
    console.log(who, 'catalog', c.status);
    const d = await request(server)
      .post('/api/permission/authorize')
      .set('Authorization', mockCredentials.user.header(`user:default/${who}`))
      .send({
        items: [
          {
            id: '1',
            permission: {
              type: 'resource',
              resourceType: 'mpk-cluster',
              name: 'mpk.cluster.read',
              attributes: { action: 'read' },
            },
          },
        ],
      });
    console.log(who, 'authorize', d.status, JSON.stringify(d.body));
  }
  const n = await request(server).get('/api/mpk/health');
  console.log('none', n.status);
});
