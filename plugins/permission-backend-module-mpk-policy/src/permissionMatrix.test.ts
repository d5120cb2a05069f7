import { designContentHash } from '@mpk-portal/plugin-mpk-node';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import request from 'supertest';
import { startPortalBackend } from './__testUtils__/portalBackend';
import {
  pluginHeader,
  staticTokenHeader,
  userHeader,
} from './__testUtils__/testAuth';

jest.setTimeout(180_000);

/**
 * The callers of the matrix, in the order of its columns: the example personas (a developer
 * and the admin of Acme, the admin of Globex, pod Blue's staff, which serves Acme, the Engagement
 * Manager of pod Green, which does not, and the auditor guest), the four static tokens of
 * app-config.yaml with their access restrictions, and no credentials.
 */
const callers = {
  'Acme developer': user('dana-acme'),
  'Acme admin': user('avery-acme'),
  'Globex admin': user('gil-globex'),
  'EM (Blue)': user('erin-em'),
  'LA (Blue)': user('leo-la'),
  'SCKA (Blue)': user('sam-scka'),
  'JCKA (Blue)': user('jo-jcka'),
  'EM of another pod': user('maya-em'),
  'Auditor (guest)': user('guest'),
  'Alertmanager token': token('alertmanager', ['mpk.alertmanager.receive']),
  'Ticketing token': token('ticketing-system', [
    'mpk.cluster.read',
    'mpk.ticket.create',
    'mpk.ticket.respond',
    'mpk.ticket.reopen',
    'mpk.ticket.comment',
  ]),
  'Conformance token': token('conformance-uploader', [
    'mpk.conformance.upload',
    'mpk.deprecated-api-report.upload',
    'mpk.security-report.upload',
  ]),
  'Pipeline token': token('pipeline-trigger', [
    'mpk.pipeline.run',
    'mpk.pipeline.read',
  ]),
  'No credentials': undefined,
};
type Caller = keyof typeof callers;
const columns = Object.keys(callers) as Caller[];

function user(name: string) {
  return userHeader(`user:default/${name}`);
}
function token(subject: string, permissionNames: string[]) {
  return staticTokenHeader(subject, permissionNames);
}

/**
 * What a caller gets: A allowed (the route does its work), F forbidden (403 naming the
 * permission), H hidden (told the cluster, ticket or customer does not exist: 404, or the 400 of
 * an unknown one in a body), U unauthenticated (401). One letter a caller, in column order.
 */
type Outcome = 'A' | 'F' | 'H' | 'U';

const hiddenMessage =
  /^(cluster: no kubernetes-cluster|customer: no customer|ticketId: no ticket)/;

function outcomeOf(response: request.Response): Outcome {
  if (response.status === 401) return 'U';
  if (response.status === 403) return 'F';
  if (response.status === 404) return 'H';
  if (hiddenMessage.test(response.body?.error?.message ?? '')) return 'H';
  return 'A';
}

type Fixtures = {
  acmeTicket: string;
  resolvedAcmeTicket: string;
  breachedAcmeTicket: string;
  /** an Acme design, its version 1 shared */
  sharedDesign: string;
  /** an Acme design, its version 1 accepted */
  acceptedDesign: string;
};
type Agent = ReturnType<typeof request>;

const junit = gunzipSync(
  readFileSync(
    resolve(
      __dirname,
      '../../mpk-backend/src/conformance/__fixtures__/v1.33-eks.junit_01.xml.gz',
    ),
  ),
);
// A real `kubent -o json` output (see the PROVENANCE file next to it).
const kubentReport = readFileSync(
  resolve(
    __dirname,
    '../../mpk-common/src/upgrade/readiness/__fixtures__/kubent-expected-json-output.json',
  ),
);
// A real kube-bench result (see the PROVENANCE file next to it).
const kubeBenchReport = readFileSync(
  resolve(
    __dirname,
    '../../mpk-common/src/security/parsers/__fixtures__/kube-bench_cmd-testdata_result.json',
  ),
);
const daysFromNow = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const hoursAgo = (h: number) =>
  new Date(Date.now() - h * 3600_000).toISOString();
// Opened now: only services date tickets, and the matrix asks people too.
const ticketBody = {
  cluster: 'acme-prod',
  severity: 'normal',
  category: 'technical',
  title: 'Matrix ticket',
};
const notification = {
  version: '4',
  groupKey: '{}:{alertname="KubeAPIDown", cluster="acme-prod"}',
  status: 'firing',
  receiver: 'mpk',
  groupLabels: { alertname: 'KubeAPIDown', cluster: 'acme-prod' },
  commonLabels: {
    alertname: 'KubeAPIDown',
    cluster: 'acme-prod',
    severity: 'warning',
  },
  commonAnnotations: { summary: 'The API server is down' },
  externalURL: 'http://alertmanager.example.com',
  alerts: [
    {
      status: 'firing',
      labels: { alertname: 'KubeAPIDown', cluster: 'acme-prod' },
      annotations: {},
      startsAt: hoursAgo(1),
      endsAt: '0001-01-01T00:00:00Z',
    },
  ],
};

/** A version of an Acme design as its Lead Architect publishes it. */
function designVersion(name: string) {
  const design = {
    name,
    customer: 'acme',
    owner: 'group:default/pod-blue',
    platform: 'eks' as const,
    region: 'us-east-1',
    kubernetesVersion: '1.33',
    environments: [
      {
        name: 'prod',
        class: 'production' as const,
        nodeGroups: [
          {
            name: 'workers',
            instanceType: 'm6i.xlarge',
            minSize: 3,
            desiredSize: 3,
            maxSize: 6,
          },
        ],
      },
    ],
    components: ['cert-manager'],
  };
  return {
    customer: 'acme',
    owner: 'group:default/pod-blue',
    team: {
      engagementManager: 'user:default/erin-em',
      leadArchitect: 'user:default/leo-la',
      seniorCkaEngineer: 'user:default/sam-scka',
    },
    contentHash: designContentHash(design),
    design,
  };
}

/** Each route of /api/mpk, against acme-prod (pod Blue's, Acme's) unless it says otherwise. */
const matrix: Array<{
  route: string;
  call(agent: Agent, f: Fixtures): request.Test;
  expected: string;
}> = [
  {
    route: 'GET /health',
    call: a => a.get('/api/mpk/health'),
    expected: 'AAAAAAAAA FFFF U',
  },
  {
    route: 'GET /persona',
    call: a => a.get('/api/mpk/persona'),
    expected: 'AAAAAAAAA FFFF U',
  },
  {
    route: 'GET /clusters/…/acme-prod/upgrade',
    call: a => a.get('/api/mpk/clusters/default/acme-prod/upgrade'),
    expected: 'AAHAAAAAA FAFF U',
  },
  {
    route: 'GET /clusters/…/globex-prod/upgrade',
    call: a => a.get('/api/mpk/clusters/default/globex-prod/upgrade'),
    expected: 'HHAAAAAAA FAFF U',
  },
  {
    route: 'GET /clusters/…/acme-prod/sla',
    call: a => a.get('/api/mpk/clusters/default/acme-prod/sla'),
    expected: 'AAHAAAAAA FAFF U',
  },
  {
    route: 'GET /clusters/…/acme-prod/conformance',
    call: a => a.get('/api/mpk/clusters/default/acme-prod/conformance'),
    expected: 'AAHAAAAAA FAFF U',
  },
  {
    route: 'GET /fleet/upgrades',
    call: a => a.get('/api/mpk/fleet/upgrades'),
    expected: 'AAAAAAAAA FAFF U',
  },
  {
    route: 'GET /tickets',
    call: a => a.get('/api/mpk/tickets'),
    expected: 'AAAAAAAAA FAFF U',
  },
  {
    route: 'GET /tickets/{id} (an Acme ticket)',
    call: (a, f) => a.get(`/api/mpk/tickets/${f.acmeTicket}`),
    expected: 'AAHAAAAAA FAFF U',
  },
  {
    route: 'POST /tickets',
    call: a => a.post('/api/mpk/tickets').send(ticketBody),
    expected: 'AAHAAAAFF FAFF U',
  },
  {
    route: 'POST /tickets/{id}/events (response, resolution)',
    call: (a, f) =>
      a
        .post(`/api/mpk/tickets/${f.acmeTicket}/events`)
        .send({ type: 'responded', at: new Date().toISOString() }),
    expected: 'FFFAAAAFF FAFF U',
  },
  {
    route: 'POST /tickets/{id}/events (reopening)',
    call: (a, f) =>
      a
        .post(`/api/mpk/tickets/${f.resolvedAcmeTicket}/events`)
        .send({ type: 'reopened', at: new Date().toISOString() }),
    expected: 'AAHAAAAFF FAFF U',
  },
  {
    route: 'POST /tickets/{id}/comments',
    call: (a, f) =>
      a
        .post(`/api/mpk/tickets/${f.acmeTicket}/comments`)
        .send({ body: 'Matrix comment' }),
    expected: 'AAHAAAAFF FAFF U',
  },
  {
    route: 'GET /credits?customer=acme',
    call: a => a.get('/api/mpk/credits?customer=acme'),
    expected: 'AAHAAAAAA FFFF U',
  },
  {
    route: 'POST /credits/claims',
    call: (a, f) =>
      a
        .post('/api/mpk/credits/claims')
        .send({ ticketId: f.breachedAcmeTicket }),
    expected: 'FAHAFFFFF FFFF U',
  },
  {
    route: 'PUT /clusters/…/acme-prod/upgrade-plan',
    call: a =>
      a
        .put('/api/mpk/clusters/default/acme-prod/upgrade-plan')
        .send({ plannedDate: '2027-01-15', state: 'planned' }),
    expected: 'FFFAAAFFF FFFF U',
  },
  {
    route: 'POST /clusters/…/acme-prod/conformance',
    call: a =>
      a
        .post('/api/mpk/clusters/default/acme-prod/conformance')
        .field('kubernetesVersion', 'v1.33.0')
        .attach('results', junit, 'junit_01.xml'),
    expected: 'FFFAAAAFF FFAF U',
  },
  {
    route: 'POST /clusters/…/acme-prod/deprecated-api-reports',
    call: a =>
      a
        .post('/api/mpk/clusters/default/acme-prod/deprecated-api-reports')
        .attach('report', kubentReport, 'kubent.json'),
    expected: 'FFFAAAAFF FFAF U',
  },
  {
    route: 'POST /clusters/…/acme-prod/security-reports',
    call: a =>
      a
        .post('/api/mpk/clusters/default/acme-prod/security-reports')
        .attach('report', kubeBenchReport, 'kube-bench.json'),
    expected: 'FFFAAAAFF FFAF U',
  },
  {
    route: 'GET /clusters/…/acme-prod/security',
    call: a => a.get('/api/mpk/clusters/default/acme-prod/security'),
    expected: 'AAHAAAAAA FAFF U',
  },
  {
    route: 'POST /clusters/…/acme-prod/security/exceptions',
    call: a =>
      a.post('/api/mpk/clusters/default/acme-prod/security/exceptions').send({
        set: 'cis-1.5',
        check: '4.2.6',
        reason: 'Matrix exception',
        expires: daysFromNow(30),
      }),
    expected: 'FFFAAFFFF FFFF U',
  },
  {
    route: 'GET /security/deviations?customer=acme',
    call: a => a.get('/api/mpk/security/deviations?customer=acme'),
    expected: 'AAAAAAAAA FAFF U',
  },
  {
    route: 'GET /kubernetes-versions',
    call: a => a.get('/api/mpk/kubernetes-versions?platform=eks'),
    expected: 'AAAAAAAAA FFFF U',
  },
  {
    route: 'POST /integrations/alertmanager',
    call: a => a.post('/api/mpk/integrations/alertmanager').send(notification),
    expected: 'FFFFFFFFF AFFF U',
  },
  {
    route: 'POST /pipeline/runs',
    call: a =>
      a.post('/api/mpk/pipeline/runs').send({
        design: 'initech-platform',
        environment: 'prod',
        cluster: 'initech-prod',
      }),
    expected: 'FFFFAAFFF FFFA U',
  },
  {
    route: 'GET /pipeline/runs',
    call: a => a.get('/api/mpk/pipeline/runs'),
    expected: 'FFFAAAAAA FFFA U',
  },
  {
    route: 'GET /designs',
    call: a => a.get('/api/mpk/designs'),
    expected: 'AAAAAAAAA FFFF U',
  },
  {
    route: 'GET /designs/{name} (an Acme design)',
    call: (a, f) => a.get(`/api/mpk/designs/${f.sharedDesign}`),
    expected: 'AAHAAAAAA FFFF U',
  },
  {
    route: 'POST /designs/{name}/versions',
    call: (a, f) =>
      a
        .post(`/api/mpk/designs/${f.sharedDesign}/versions`)
        .send(designVersion(f.sharedDesign)),
    expected: 'FFFFAFFFF FFFF U',
  },
  {
    route: 'POST /designs/{name}/versions/{version}/decision',
    call: (a, f) =>
      a
        .post(`/api/mpk/designs/${f.sharedDesign}/versions/1/decision`)
        .send({ decision: 'accept' }),
    expected: 'FAHFFFFFF FFFF U',
  },
  {
    route: 'POST /designs/{name}/versions/{version}/provisioning',
    call: (a, f) =>
      a
        .post(`/api/mpk/designs/${f.acceptedDesign}/versions/1/provisioning`)
        .send({
          contentHash: designVersion(f.acceptedDesign).contentHash,
        }),
    expected: 'FFFFAAFFF FFFF U',
  },
];

/** The README's matrix table: its callers, and one line of letters per route. */
function readmeMatrix() {
  const readme = readFileSync(resolve(__dirname, '../../../README.md'), 'utf8');
  const lines = readme.split('\n');
  const headerAt = lines.findIndex(line => line.startsWith('| route '));
  const table = lines.slice(headerAt, lines.indexOf('', headerAt)).map(line =>
    line
      .split('|')
      .slice(1, -1)
      .map(cell => cell.trim()),
  );
  const symbols: Record<string, string> = {
    '✓': 'A',
    '✗': 'F',
    '∅': 'H',
    '401': 'U',
  };
  return {
    callers: table[0].slice(1),
    rows: Object.fromEntries(
      table
        .slice(2)
        .map(([route, ...cells]) => [
          route.replace(/`/g, ''),
          cells.map(cell => symbols[cell] ?? cell).join(''),
        ]),
    ),
  };
}

describe('the permission matrix', () => {
  let server: Awaited<ReturnType<typeof startPortalBackend>>;
  let fixtures: Fixtures;
  const service = pluginHeader('test');

  beforeAll(async () => {
    server = await startPortalBackend();
    const open = async (body: object) =>
      (
        await request(server)
          .post('/api/mpk/tickets')
          .set('Authorization', service)
          .send({ ...ticketBody, openedAt: hoursAgo(1), ...body })
          .expect(201)
      ).body.id as string;
    const resolvedAcmeTicket = await open({ title: 'Resolved' });
    await request(server)
      .post(`/api/mpk/tickets/${resolvedAcmeTicket}/events`)
      .set('Authorization', service)
      .send({ type: 'resolved', at: new Date().toISOString() })
      .expect(201);
    const publish = async (name: string) => {
      await request(server)
        .post(`/api/mpk/designs/${name}/versions`)
        .set('Authorization', service)
        .send(designVersion(name))
        .expect(201);
      return name;
    };
    const acceptedDesign = await publish('acme-accepted');
    await request(server)
      .post(`/api/mpk/designs/${acceptedDesign}/versions/1/decision`)
      // The customer's decision is a person's: a service may not take it.
      .set('Authorization', callers['Acme admin'])
      .send({ decision: 'accept' })
      .expect(201);
    fixtures = {
      sharedDesign: await publish('acme-shared'),
      acceptedDesign,
      acmeTicket: await open({ title: 'Open' }),
      resolvedAcmeTicket,
      // Urgent, unanswered for two hours: breached, and its credit claimable.
      breachedAcmeTicket: await open({
        severity: 'urgent',
        openedAt: hoursAgo(2),
        title: 'Breached',
      }),
    };
  });

  it.each(matrix.map(row => [row.route, row] as const))(
    '%s',
    async (_, { call, expected }) => {
      const outcomes: string[] = [];
      for (const caller of columns) {
        const test = call(request(server), fixtures);
        const authorization = callers[caller];
        if (authorization) test.set('Authorization', authorization);
        outcomes.push(outcomeOf(await test));
      }
      const [users, tokens, none] = expected.split(' ');
      expect(
        Object.fromEntries(columns.map((c, i) => [c, outcomes[i]])),
      ).toEqual(
        Object.fromEntries(
          columns.map((c, i) => [c, (users + tokens + none)[i]]),
        ),
      );
    },
  );

  it('is the matrix the README lists, caller for caller', () => {
    const readme = readmeMatrix();
    expect(readme.callers).toEqual([...columns.slice(0, -1), 'none']);
    expect(readme.rows).toEqual(
      Object.fromEntries(
        matrix.map(row => [row.route, row.expected.replace(/ /g, '')]),
      ),
    );
  });

  it("shows a customer's people only their customer's clusters, in lists as well", async () => {
    const names = async (path: string, caller: Caller) =>
      (await request(server).get(path).set('Authorization', callers[caller]!))
        .body;
    const fleet = async (caller: Caller) =>
      (await names('/api/mpk/fleet/upgrades', caller)).items
        .map((i: { cluster: { name: string } }) => i.cluster.name)
        .sort();
    expect(await fleet('Acme developer')).toEqual([
      'acme-prod',
      'acme-staging',
    ]);
    expect(await fleet('Globex admin')).toEqual([
      'globex-prod',
      'globex-staging',
    ]);
    expect(await fleet('EM of another pod')).toEqual([
      'acme-prod',
      'acme-staging',
      'globex-prod',
      'globex-staging',
    ]);
    const ticketCustomers = async (caller: Caller) => [
      ...new Set(
        (await names('/api/mpk/tickets?limit=1000', caller)).items.map(
          (t: { customer: string }) => t.customer,
        ),
      ),
    ];
    expect(await ticketCustomers('Acme admin')).toEqual(['acme']);
    expect(await ticketCustomers('Globex admin')).toEqual([]);
    const designCustomers = async (caller: Caller) => [
      ...new Set(
        (await names('/api/mpk/designs', caller)).items.map(
          (d: { customer: string }) => d.customer,
        ),
      ),
    ];
    expect(await designCustomers('Acme developer')).toEqual(['acme']);
    expect(await designCustomers('Globex admin')).toEqual([]);
  });

  it("takes the owning pod's first comment as the response, never a customer's, and refuses another pod's", async () => {
    const ticketId = (
      await request(server)
        .post('/api/mpk/tickets')
        .set('Authorization', service)
        .send({ ...ticketBody, title: 'Conversation', openedAt: hoursAgo(0.1) })
        .expect(201)
    ).body.id as string;
    const comment = (caller: Caller, body: string) =>
      request(server)
        .post(`/api/mpk/tickets/${ticketId}/comments`)
        .set('Authorization', callers[caller]!)
        .send({ body });
    const ticket = async () =>
      (
        await request(server)
          .get(`/api/mpk/tickets/${ticketId}`)
          .set('Authorization', callers['Acme admin']!)
          .expect(200)
      ).body;

    const customer = await comment('Acme developer', 'Is anyone on it?');
    expect(customer.status).toBe(201);
    expect(customer.body).toMatchObject({
      side: 'customer',
      authorName: 'Dana Kim',
      countsAsResponse: false,
    });
    expect((await ticket()).sla.respondedAt).toBeUndefined();

    // Pod Green's Engagement Manager reads every ticket but does not answer pod Blue's.
    const otherPod = await comment('EM of another pod', 'Green here.');
    expect(otherPod.status).toBe(403);
    expect(otherPod.body.error.message).toBe(
      'user:default/maya-em lacks the permission mpk.ticket.comment',
    );
    expect((await ticket()).comments).toHaveLength(1);

    const pod = await comment('JCKA (Blue)', 'Looking into it.');
    expect(pod.status).toBe(201);
    expect(pod.body).toMatchObject({
      side: 'provider',
      authorName: 'Jo Okafor',
      countsAsResponse: true,
    });
    const answered = await ticket();
    expect(answered.sla.respondedAt).toBe(pod.body.createdAt);
    expect(answered.response).toEqual({
      at: pod.body.createdAt,
      by: 'user:default/jo-jcka',
      kind: 'comment',
    });
    // Acme's admin may read Acme's credits: the ticket comes with its (absent) credit.
    expect(answered.credit).toBeNull();
  });

  it('hides the clusters and customer of another customer in the catalog, and templates by role', async () => {
    const catalog = async (caller: Caller, filter: string) =>
      (
        await request(server)
          .get(`/api/catalog/entities?filter=${filter}`)
          .set('Authorization', callers[caller]!)
      ).body
        .map((e: { metadata: { name: string } }) => e.metadata.name)
        .sort();
    const clusters = 'kind=resource,spec.type=kubernetes-cluster';
    expect(await catalog('Acme developer', clusters)).toEqual([
      'acme-prod',
      'acme-staging',
    ]);
    expect(await catalog('Globex admin', clusters)).toEqual([
      'globex-prod',
      'globex-staging',
    ]);
    expect(await catalog('JCKA (Blue)', clusters)).toHaveLength(4);
    expect(
      await catalog('Acme admin', 'kind=group,spec.type=customer'),
    ).toEqual(['acme']);
    const byName = await request(server)
      .get('/api/catalog/entities/by-name/resource/default/globex-prod')
      .set('Authorization', callers['Acme developer']!);
    expect(byName.status).toBe(404);

    const templates = (caller: Caller) => catalog(caller, 'kind=template');
    expect(await templates('LA (Blue)')).toEqual([
      'mpk-detailed-design',
      'mpk-provision-cluster',
    ]);
    expect(await templates('SCKA (Blue)')).toEqual(['mpk-provision-cluster']);
    expect(await templates('EM (Blue)')).toEqual([]);
    expect(await templates('Acme admin')).toEqual([]);
  });
});
