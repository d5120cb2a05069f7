import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from './__testUtils__/contractRequest';
import { exampleClusters, exampleStack } from './__testUtils__/exampleCatalog';
import { mpkPlugin } from './plugin';
import { supportedLines } from '@mpk-portal/plugin-mpk-common';
import { ReleaseCalendars } from './releases/ReleaseCalendars';

const catalog = catalogServiceMock.factory({
  entities: [...exampleClusters(), ...exampleStack()],
});

describe('mpk backend plugin', () => {
  it('answers GET /api/mpk/health for a signed-in user, with its database round trip', async () => {
    const { server } = await startTestBackend({
      features: [mpkPlugin, catalog],
    });

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
    const { server } = await startTestBackend({
      features: [mpkPlugin, catalog],
    });

    const response = await request(server)
      .get('/api/mpk/health')
      .set('Authorization', mockCredentials.service.header());

    expect(response.status).toBe(200);
  });

  it('refuses an unauthenticated caller', async () => {
    const { server } = await startTestBackend({
      features: [
        mpkPlugin,
        catalog,
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
      ],
    });

    const response = await request(server).get('/api/mpk/health');

    expect(response.status).toBe(401);
  });

  it('serves the upgrade obligations of a cluster of the catalog', async () => {
    const { server } = await startTestBackend({
      features: [mpkPlugin, catalog],
    });

    const response = await request(server)
      .get('/api/mpk/clusters/default/acme-prod/upgrade')
      .set('Authorization', mockCredentials.user.header());

    expect(response.status).toBe(200);
    expect(response.body.cluster.entityRef).toBe('resource:default/acme-prod');
    // EKS 1.35 ends standard support on 2027-03-27; the contract adds 120 days.
    expect(
      response.body.assessment.obligations.find(
        (o: { id: string }) => o.id === 'kubernetes-eol',
      ).dueDate,
    ).toBe('2027-07-25');
  });

  it('answers 404 for a cluster the catalog does not have', async () => {
    const { server } = await startTestBackend({
      features: [mpkPlugin, catalog],
    });
    const response = await request(server)
      .get('/api/mpk/clusters/default/nowhere/upgrade')
      .set('Authorization', mockCredentials.user.header());
    expect(response.status).toBe(404);
    expect(response.body.error.message).toBe(
      'No kubernetes-cluster resource:default/nowhere in the catalog',
    );
  });

  it('lists the fleet, filtered by the query', async () => {
    const { server } = await startTestBackend({
      features: [mpkPlugin, catalog],
    });

    const all = await request(server)
      .get('/api/mpk/fleet/upgrades')
      .set('Authorization', mockCredentials.user.header());
    expect(all.status).toBe(200);
    expect(all.body.items).toHaveLength(exampleClusters().length);

    const acme = await request(server)
      .get(
        '/api/mpk/fleet/upgrades?customer=acme&owner=group:default/pod-blue&order=desc',
      )
      .set('Authorization', mockCredentials.user.header());
    expect(
      acme.body.items
        .map((i: { cluster: { name: string } }) => i.cluster.name)
        .sort(),
    ).toEqual(['acme-prod', 'acme-staging']);

    const bad = await request(server)
      .get('/api/mpk/fleet/upgrades?status=late&order=up')
      .set('Authorization', mockCredentials.user.header());
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(
      /^Invalid query: status: .*; order: /,
    );
  });

  it('records an upgrade plan as the signed-in user, and refuses a malformed one', async () => {
    const { server } = await startTestBackend({
      features: [mpkPlugin, catalog],
    });
    // A Saturday, when acme-prod's maintenance window opens, after its holiday freeze.
    const plan = {
      plannedDate: '2027-01-16',
      state: 'in-progress',
      note: 'Blue/green to 1.36',
    };

    const saved = await request(server)
      .put('/api/mpk/clusters/default/acme-prod/upgrade-plan')
      .set('Authorization', mockCredentials.user.header('user:default/erin-em'))
      .send(plan);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      ...plan,
      updatedBy: 'user:default/erin-em',
    });

    const upgrade = await request(server)
      .get('/api/mpk/clusters/default/acme-prod/upgrade')
      .set('Authorization', mockCredentials.user.header());
    expect(upgrade.body.plan).toMatchObject(plan);

    const bad = await request(server)
      .put('/api/mpk/clusters/default/acme-prod/upgrade-plan')
      .set('Authorization', mockCredentials.user.header())
      .send({ plannedDate: '2027-02-30', state: 'started', extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe(
      'Invalid upgrade plan: plannedDate: is not a calendar date; state: Invalid option: expected one of "planned"|"in-progress"|"done"; upgrade plan: Unrecognized key: "extra"',
    );

    const byService = await request(server)
      .put('/api/mpk/clusters/default/acme-prod/upgrade-plan')
      .set('Authorization', mockCredentials.service.header())
      .send(plan);
    expect(byService.status).toBe(403);
  });

  it('offers the Kubernetes releases a new cluster may run, and refuses an unknown platform', async () => {
    const { server } = await startTestBackend({
      features: [mpkPlugin, catalog],
    });
    const response = await request(server)
      .get('/api/mpk/kubernetes-versions?platform=eks')
      .set('Authorization', mockCredentials.user.header());
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      platform: 'eks',
      calendar: { product: 'amazon-eks', title: 'Amazon EKS' },
      today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    const shipped = await ReleaseCalendars.create({
      logger: mockServices.logger.mock(),
    });
    // Of the supported releases, those the example stack certifies on EKS (all of them).
    expect(response.body.supportedLines).toEqual(
      supportedLines(shipped.get()['amazon-eks'], response.body.today),
    );
    expect(response.body.supportedLines.length).toBeGreaterThan(0);
    expect(
      response.body.certified.map((c: { version: string }) => c.version),
    ).toEqual(['1.36', '1.35', '1.34']);

    const rpcK = await request(server)
      .get('/api/mpk/kubernetes-versions?platform=rpc-k')
      .set('Authorization', mockCredentials.user.header());
    // The example stack has not certified 1.36 on RPC-K.
    expect(rpcK.body.supportedLines).not.toContain('1.36');
    expect(rpcK.body.notYetCertified).toEqual([
      expect.objectContaining({
        version: '1.36',
        message: expect.stringMatching(
          /^Kubernetes 1\.36 .* is not yet certified on RPC-K/,
        ),
      }),
    ]);

    const bad = await request(server)
      .get('/api/mpk/kubernetes-versions?platform=gke')
      .set('Authorization', mockCredentials.user.header());
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^Invalid query: platform: /);
  });
});
