import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { Ticket } from '@mpk-portal/plugin-mpk-common';
import request from '../__testUtils__/contractRequest';
import { fakeMessaging } from '../__testUtils__/fakeMessaging';
import { startMpkBackend } from '../__testUtils__/mpkTestBackend';

jest.setTimeout(30_000);

const user = mockCredentials.user.header('user:default/sam-scka');
const dana = mockCredentials.user.header('user:default/dana-acme');
// Only systems date their tickets: the tickets of the past these tests need come through the API.
const system = mockCredentials.service.header({
  onBehalfOf: mockCredentials.service('ticketing-system'),
  targetPluginId: 'mpk',
});

const startBackend = startMpkBackend;

const ticketBody = (overrides: Record<string, unknown> = {}) => ({
  cluster: 'resource:default/acme-prod',
  severity: 'normal',
  category: 'technical',
  title: 'Pods evicted on the ingress nodes',
  openedAt: '2026-11-20T16:30:00-08:00',
  ...overrides,
});

describe('ticket endpoints', () => {
  it.each([
    // [what, body overrides, due (UTC), effective severity, clock]
    [
      'normal on Friday 16:30 PT: due Monday 08:30 PT',
      {},
      '2026-11-23T16:30:00.000Z',
      'normal',
      'business-hours',
    ],
    [
      'normal on Saturday: due Monday 09:00 PT',
      { openedAt: '2026-11-21T11:00:00-08:00' },
      '2026-11-23T17:00:00.000Z',
      'normal',
      'business-hours',
    ],
    [
      'low on Tuesday 10:00 PT: due Wednesday 10:00 PT',
      { severity: 'low', openedAt: '2026-11-17T10:00:00-08:00' },
      '2026-11-18T18:00:00.000Z',
      'low',
      'business-hours',
    ],
    [
      'urgent on Saturday night, given in UTC: 15 minutes later',
      { severity: 'urgent', openedAt: '2026-11-22T07:50:00Z' },
      '2026-11-22T08:05:00.000Z',
      'urgent',
      '24x7',
    ],
    [
      'high on a non-production cluster: the normal target',
      {
        cluster: 'acme-staging',
        severity: 'high',
        openedAt: '2026-11-24T16:45:00-08:00',
      },
      '2026-11-25T16:45:00.000Z',
      'normal',
      'business-hours',
    ],
    [
      'normal on the Tuesday before Veterans Day, 16:30: due Thursday 08:30',
      { openedAt: '2026-11-10T16:30:00-08:00' },
      '2026-11-12T16:30:00.000Z',
      'normal',
      'business-hours',
    ],
  ])('opens a ticket: %s', async (_, overrides, dueAt, severity, clock) => {
    const server = await startBackend();
    const response = await request(server)
      .post('/api/mpk/tickets')
      .set('Authorization', system)
      .send(ticketBody(overrides));

    expect(response.status).toBe(201);
    expect(response.body.sla).toMatchObject({
      severity,
      clock,
      dueAt,
      applicable: true,
    });
    expect(response.body.status).toBe('open');
    expect(response.body.response).toBeNull();
  });

  it("opens a person's ticket from the portal, now unless said otherwise, with what they wrote, and tells the owning pod", async () => {
    const messaging = fakeMessaging();
    const server = await startMpkBackend([], messaging);
    const before = Date.now();
    const response = await request(server)
      .post('/api/mpk/tickets')
      .set('Authorization', dana)
      .send({
        cluster: 'acme-prod',
        severity: 'high',
        category: 'technical',
        title: 'Ingress returns 502',
        description:
          '  Since 09:10 every request to shop.acme.example fails.\n  ',
      });
    expect(response.status).toBe(201);
    const ticket: Ticket = response.body;
    expect(ticket).toMatchObject({
      source: 'portal',
      openedBy: 'user:default/dana-acme',
      description: 'Since 09:10 every request to shop.acme.example fails.',
      response: null,
    });
    expect(Date.parse(ticket.openedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(ticket.openedAt)).toBeLessThanOrEqual(Date.now());
    expect(ticket.sla.dueAt).toBe(
      new Date(Date.parse(ticket.openedAt) + 60 * 60_000).toISOString(),
    );

    // Only the desk's; the upgrade reminders run at start too.
    const ticketNotifications = () =>
      messaging.notifications.filter(n => n.payload.topic === 'mpk-ticket');
    expect(ticketNotifications()).toEqual([
      {
        recipients: {
          type: 'entity',
          entityRef: 'group:default/pod-blue',
          excludeEntityRef: 'user:default/dana-acme',
        },
        payload: expect.objectContaining({
          title: 'New high ticket on Acme production: Ingress returns 502',
          severity: 'high',
          link: `/support/tickets/${ticket.id}`,
          topic: 'mpk-ticket',
          scope: `mpk-ticket:${ticket.id}:opened`,
        }),
      },
    ]);
    expect(
      messaging.signals.map(s => [s.channel, s.recipients, s.message]),
    ).toEqual([
      [
        `mpk:ticket:${ticket.id}`,
        { type: 'broadcast' },
        { ticketId: ticket.id, change: 'opened' },
      ],
      // The list signal reaches the ticket's parties only: Acme's people and pod Blue.
      [
        'mpk:tickets',
        {
          type: 'user',
          entityRef: ['group:default/acme', 'group:default/pod-blue'],
        },
        { change: 'opened' },
      ],
    ]);

    // A system opens through the API; a retry under the same externalId tells nobody again.
    const service = mockCredentials.service.header({
      onBehalfOf: mockCredentials.service('ticketing-system'),
      targetPluginId: 'mpk',
    });
    const opened = await request(server)
      .post('/api/mpk/tickets')
      .set('Authorization', service)
      .send(ticketBody({ externalId: 'SD-1', openedAt: undefined }));
    expect(opened.body).toMatchObject({
      source: 'api',
      openedBy: 'ticketing-system',
      description: null,
    });
    const retried = await request(server)
      .post('/api/mpk/tickets')
      .set('Authorization', service)
      .send(ticketBody({ externalId: 'SD-1', openedAt: undefined }));
    expect(retried.status).toBe(200);
    expect(retried.body.id).toBe(opened.body.id);
    expect(ticketNotifications()).toHaveLength(2);

    const tooLong = await request(server)
      .post('/api/mpk/tickets')
      .set('Authorization', user)
      .send(
        ticketBody({ description: 'x'.repeat(20_001), openedAt: undefined }),
      );
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.message).toMatch(
      /^Invalid ticket: description: /,
    );
  });

  it('serves the same ticket for a repeated externalId, and refuses one that names another ticket', async () => {
    const server = await startBackend();
    const first = await request(server)
      .post('/api/mpk/tickets')
      .set('Authorization', system)
      .send(ticketBody({ externalId: 'ZD-4711' }));
    const again = await request(server)
      .post('/api/mpk/tickets')
      .set('Authorization', system)
      .send(ticketBody({ externalId: 'ZD-4711' }));
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);

    const other = await request(server)
      .post('/api/mpk/tickets')
      .set('Authorization', system)
      .send(ticketBody({ externalId: 'ZD-4711', severity: 'urgent' }));
    expect(other.status).toBe(409);
    expect(other.body.error.message).toBe(
      `externalId ZD-4711 already names ticket ${first.body.id}, which differs in severity`,
    );

    const list = await request(server)
      .get('/api/mpk/tickets')
      .set('Authorization', user);
    expect(list.body.totalCount).toBe(1);
  });

  it('lets only systems date and name tickets: a person is refused with a 400 naming the field, and learns of no ticket', async () => {
    const server = await startBackend();
    const named = await request(server)
      .post('/api/mpk/tickets')
      .set('Authorization', system)
      .send(ticketBody({ externalId: 'SD-9' }));
    expect(named.status).toBe(201);

    const post = (body: Record<string, unknown>) =>
      request(server)
        .post('/api/mpk/tickets')
        .set('Authorization', dana)
        .send(body);
    // Backdated two days, the ticket would be born breached, with a credit to claim.
    const backdated = await post(
      ticketBody({ openedAt: new Date(Date.now() - 2 * 86_400_000) }),
    );
    expect(backdated.status).toBe(400);
    expect(backdated.body.error.message).toBe(
      'Invalid ticket: openedAt: only systems opening tickets through the API may date them; a ticket opened in the portal is opened now',
    );
    // Another sender's id gets the same 400 as any id: no 409 that would name its ticket.
    const probing = await post(
      ticketBody({ externalId: 'SD-9', openedAt: undefined }),
    );
    expect(probing.status).toBe(400);
    expect(probing.body.error.message).toBe(
      "Invalid ticket: externalId: only systems opening tickets through the API name them with their own ids; a person's retry sends the same Idempotency-Key header",
    );
    expect(JSON.stringify(probing.body)).not.toContain(named.body.id);
    const both = await post(ticketBody({ externalId: 'SD-10' }));
    expect(both.body.error.message).toMatch(
      /^Invalid ticket: openedAt: .*; externalId: /,
    );

    // A system names its tickets itself: the header is a person's.
    const keyed = await request(server)
      .post('/api/mpk/tickets')
      .set('Authorization', system)
      .set('Idempotency-Key', 'k-1')
      .send(ticketBody());
    expect(keyed.status).toBe(400);
    expect(keyed.body.error.message).toBe(
      'Invalid Idempotency-Key header: a system names its tickets with externalId, which its retries send again',
    );

    const list = await request(server)
      .get('/api/mpk/tickets')
      .set('Authorization', user);
    expect(list.body.totalCount).toBe(1);
  });

  it("serves a person's retry under the same Idempotency-Key the ticket it opened, and refuses the key for another ticket", async () => {
    const messaging = fakeMessaging();
    const server = await startMpkBackend([], messaging);
    const body = {
      cluster: 'acme-prod',
      severity: 'high',
      category: 'technical',
      title: 'Ingress returns 502',
      description: 'Since 09:10.',
    };
    const post = (
      authorization: string,
      sent: Record<string, unknown>,
      key: string,
    ) =>
      request(server)
        .post('/api/mpk/tickets')
        .set('Authorization', authorization)
        .set('Idempotency-Key', key)
        .send(sent);

    const first = await post(dana, body, 'draft-1');
    expect(first.status).toBe(201);
    const retried = await post(dana, body, 'draft-1');
    expect(retried.status).toBe(200);
    expect(retried.body.id).toBe(first.body.id);
    // Opened once, announced once.
    expect(
      messaging.notifications.filter(n => n.payload.scope?.endsWith(':opened')),
    ).toHaveLength(1);

    const changed = await post(
      dana,
      { ...body, title: 'Ingress returns 503' },
      'draft-1',
    );
    expect(changed.status).toBe(409);
    expect(changed.body.error.message).toBe(
      'Idempotency-Key draft-1 was sent with another ticket, which differs in title; a new ticket needs a new key',
    );
    expect(changed.body.error.message).not.toContain(first.body.id);

    // A key is its sender's own: someone else's is another ticket.
    const sams = await post(user, body, 'draft-1');
    expect(sams.status).toBe(201);
    expect(sams.body.id).not.toBe(first.body.id);

    const malformed = await post(dana, body, 'has space');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toMatch(
      /^Invalid Idempotency-Key header: /,
    );
  });

  it.each([
    [
      'an unknown cluster',
      { cluster: 'resource:default/nowhere' },
      'cluster: no kubernetes-cluster resource:default/nowhere in the catalog',
    ],
    [
      'a bad severity',
      { severity: 'critical' },
      'Invalid ticket: severity: Invalid option: expected one of "urgent"|"high"|"normal"|"low"',
    ],
    [
      'a time without an offset',
      { openedAt: '2026-11-20T16:30:00' },
      'Invalid ticket: openedAt: expected an ISO 8601 date and time with an offset, e.g. 2026-11-20T16:30:00-08:00',
    ],
    [
      'a time in the future',
      { openedAt: '2099-01-01T00:00:00Z' },
      'openedAt: 2099-01-01T00:00:00.000Z is in the future',
    ],
    [
      'missing and unknown fields',
      { title: undefined, priority: 'P1' },
      'Invalid ticket: title: Invalid input: expected string, received undefined; ticket: Unrecognized key: "priority"',
    ],
  ])(
    'refuses %s with a 400 naming the field, storing nothing',
    async (_, overrides, message) => {
      const server = await startBackend();
      const response = await request(server)
        .post('/api/mpk/tickets')
        .set('Authorization', system)
        .send(ticketBody(overrides));
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBe(message);

      const list = await request(server)
        .get('/api/mpk/tickets')
        .set('Authorization', user);
      expect(list.body.totalCount).toBe(0);
    },
  );

  it('needs the ticket permissions to write, and the cluster read permission to read', async () => {
    const server = await startBackend([
      mockServices.permissions.factory({ result: AuthorizeResult.DENY }),
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
    ]);
    const response = await request(server)
      .post('/api/mpk/tickets')
      .set('Authorization', user)
      .send(ticketBody());
    expect(response.status).toBe(403);
    expect(response.body.error.message).toBe(
      'user:default/sam-scka lacks the permission mpk.ticket.create',
    );
    // Reading tickets needs the cluster read permission too (issue 12).
    const list = await request(server)
      .get('/api/mpk/tickets')
      .set('Authorization', user);
    expect(list.status).toBe(403);
    expect(list.body.error.message).toBe(
      'user:default/sam-scka lacks the permission mpk.cluster.read',
    );
    const anonymous = await request(server).get('/api/mpk/tickets');
    expect(anonymous.status).toBe(401);
  });

  it('records a response that meets the SLA, and resolves and reopens the ticket', async () => {
    const server = await startBackend();
    const opened: Ticket = (
      await request(server)
        .post('/api/mpk/tickets')
        .set('Authorization', system)
        .send(ticketBody())
    ).body;
    expect(opened.sla.state).toBe('breached');
    const post = (body: object) =>
      request(server)
        .post(`/api/mpk/tickets/${opened.id}/events`)
        .set('Authorization', user)
        .send(body);

    const responded = await post({
      type: 'responded',
      at: '2026-11-23T08:20:00-08:00',
    });
    expect(responded.status).toBe(201);
    expect(responded.body.sla).toMatchObject({
      state: 'met',
      respondedAt: '2026-11-23T16:20:00.000Z',
    });
    expect(responded.body.events).toEqual([
      {
        type: 'responded',
        at: '2026-11-23T16:20:00.000Z',
        recordedAt: expect.any(String),
        recordedBy: 'user:default/sam-scka',
      },
    ]);
    // A retry of the same event changes nothing.
    const retried = await post({
      type: 'responded',
      at: '2026-11-23T16:20:00Z',
    });
    expect(retried.status).toBe(200);
    expect(retried.body.events).toHaveLength(1);

    expect(
      (await post({ type: 'reopened', at: '2026-11-23T17:00:00Z' })).body.error
        .message,
    ).toBe(
      `Ticket ${opened.id} is open: only a resolved ticket can be reopened`,
    );
    const resolved = await post({
      type: 'resolved',
      at: '2026-11-23T18:00:00Z',
    });
    expect(resolved.body.status).toBe('resolved');
    const early = await post({ type: 'reopened', at: '2026-11-23T17:59:00Z' });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toBe(
      "at: 2026-11-23T17:59:00.000Z is before the ticket's last change of status (2026-11-23T18:00:00.000Z)",
    );
    const reopened = await post({
      type: 'reopened',
      at: '2026-11-24T09:00:00Z',
    });
    expect(reopened.body.status).toBe('open');

    const before = await post({
      type: 'responded',
      at: '2026-11-20T16:00:00-08:00',
    });
    expect(before.status).toBe(400);
    expect(before.body.error.message).toBe(
      'at: 2026-11-21T00:00:00.000Z is before the ticket was opened (2026-11-21T00:30:00.000Z)',
    );
    const bad = await post({ type: 'closed', at: 'yesterday' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(
      /^Invalid event: type: Invalid option: .*; at: expected an ISO 8601 date and time with an offset/,
    );

    const fetched = await request(server)
      .get(`/api/mpk/tickets/${opened.id}`)
      .set('Authorization', user);
    expect(fetched.body.events.map((e: { type: string }) => e.type)).toEqual([
      'responded',
      'resolved',
      'reopened',
    ]);
    const missing = await request(server)
      .post('/api/mpk/tickets/nope/events')
      .set('Authorization', user)
      .send({ type: 'responded', at: '2026-11-23T16:20:00Z' });
    expect(missing.status).toBe(404);
  });

  it('takes a resolution before any response as the response, and says so', async () => {
    const server = await startBackend();
    const opened: Ticket = (
      await request(server)
        .post('/api/mpk/tickets')
        .set('Authorization', system)
        .send(ticketBody({ severity: 'urgent' }))
    ).body;
    const resolved = await request(server)
      .post(`/api/mpk/tickets/${opened.id}/events`)
      .set('Authorization', user)
      .send({ type: 'resolved', at: '2026-11-20T16:40:00-08:00' });
    expect(resolved.body.sla.state).toBe('met');
    expect(resolved.body.sla.explanation).toMatch(
      /resolved before anyone responded: the resolution counts as the initial response$/,
    );
  });

  it('applies no SLA on a cluster outside the supported window when the ticket was opened', async () => {
    const server = await startBackend();
    // globex-prod runs RPC-K 1.34; upstream 1.36 came out on 2026-04-22.
    const inside = await request(server)
      .post('/api/mpk/tickets')
      .set('Authorization', system)
      .send(
        ticketBody({
          cluster: 'globex-prod',
          openedAt: '2026-04-21T10:00:00-07:00',
        }),
      );
    const outside = await request(server)
      .post('/api/mpk/tickets')
      .set('Authorization', system)
      .send(
        ticketBody({
          cluster: 'globex-prod',
          openedAt: '2026-11-20T10:00:00-08:00',
        }),
      );

    expect(inside.body.sla).toMatchObject({
      applicable: true,
      state: 'breached',
    });
    expect(outside.body.sla).toMatchObject({
      applicable: false,
      state: 'pending',
    });
    expect(outside.body.supportedWindow).toMatchObject({
      date: '2026-11-20',
      supportedLines: ['1.36', '1.35'],
      within: false,
    });
    expect(outside.body.sla.explanation).toContain(
      'On 2026-11-20 the supported Kubernetes releases were 1.36 and 1.35: 1.34 was outside the window',
    );
  });

  it('lists tickets by cluster, customer, SLA state and opening time, and refuses a bad query', async () => {
    const server = await startBackend();
    const open = (overrides: Record<string, unknown>) =>
      request(server)
        .post('/api/mpk/tickets')
        .set('Authorization', system)
        .send(ticketBody(overrides));
    await open({ title: 'prod, breached' });
    await open({
      title: 'staging, pending',
      cluster: 'acme-staging',
      severity: 'urgent',
      openedAt: new Date(Date.now() - 60_000).toISOString(),
    });
    await open({
      title: 'globex',
      cluster: 'globex-prod',
      openedAt: '2026-11-10T10:00:00-08:00',
    });
    const titles = async (query: string) =>
      (
        await request(server)
          .get(`/api/mpk/tickets?${query}`)
          .set('Authorization', user)
      ).body.items.map((t: Ticket) => t.title);

    expect(await titles('customer=acme')).toEqual([
      'staging, pending',
      'prod, breached',
    ]);
    expect(await titles('cluster=acme-prod&cluster=globex-prod')).toEqual([
      'prod, breached',
      'globex',
    ]);
    expect(await titles('state=pending&customer=acme')).toEqual([
      'staging, pending',
    ]);
    expect(
      await titles(
        'from=2026-11-10T00:00:00-08:00&to=2026-11-20T16:30:00-08:00',
      ),
    ).toEqual(['globex']);
    expect(await titles('limit=1&offset=1')).toEqual(['prod, breached']);

    // Items are summaries: what only a ticket's page shows stays there.
    const [item] = (
      await request(server)
        .get('/api/mpk/tickets?limit=1')
        .set('Authorization', user)
    ).body.items;
    expect(item).toMatchObject({ title: 'staging, pending', status: 'open' });
    for (const field of ['events', 'description', 'supportedWindow']) {
      expect(item).not.toHaveProperty(field);
    }

    const bad = await request(server)
      .get('/api/mpk/tickets?state=late&from=monday&limit=0')
      .set('Authorization', user);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(
      /^Invalid query: state: .*; from: expected an ISO 8601 .*; limit: Too small/,
    );
  });

  it("serves a cluster's open tickets, most urgent first, with its compliance", async () => {
    const server = await startBackend();
    const minutesAgo = (minutes: number) =>
      new Date(Date.now() - minutes * 60_000).toISOString();
    const open = async (overrides: Record<string, unknown>) =>
      (
        await request(server)
          .post('/api/mpk/tickets')
          .set('Authorization', system)
          .send(ticketBody(overrides))
      ).body as Ticket;
    const high = await open({ severity: 'high', openedAt: minutesAgo(10) });
    const urgent = await open({ severity: 'urgent', openedAt: minutesAgo(12) });
    const answered = await open({
      severity: 'urgent',
      openedAt: minutesAgo(40),
    });
    await request(server)
      .post(`/api/mpk/tickets/${answered.id}/events`)
      .set('Authorization', user)
      .send({ type: 'responded', at: minutesAgo(35) });
    const late = await open({ severity: 'urgent', openedAt: minutesAgo(50) });
    await request(server)
      .post(`/api/mpk/tickets/${late.id}/events`)
      .set('Authorization', user)
      .send({ type: 'resolved', at: minutesAgo(20) });

    const response = await request(server)
      .get('/api/mpk/clusters/default/acme-prod/sla')
      .set('Authorization', user);
    expect(response.status).toBe(200);
    expect(response.body.openTickets.map((t: Ticket) => t.id)).toEqual([
      urgent.id,
      high.id,
      answered.id,
    ]);
    const [urgentNow] = response.body.openTickets;
    // 12 of 15 minutes gone: under 25% left.
    expect(urgentNow.sla).toMatchObject({ state: 'pending', atRisk: true });
    expect(response.body.compliance.last30Days).toMatchObject({
      met: 1,
      breached: 1,
      pending: 2,
      percent: 50,
    });

    for (const item of response.body.openTickets) {
      expect(item).not.toHaveProperty('events');
    }

    const missing = await request(server)
      .get('/api/mpk/clusters/default/nowhere/sla')
      .set('Authorization', user);
    expect(missing.status).toBe(404);
  });

  it("judges a cluster's version against the supported window today, as a ticket opened now would be", async () => {
    const server = await startBackend();
    const sla = async (cluster: string) =>
      (
        await request(server)
          .get(`/api/mpk/clusters/default/${cluster}/sla`)
          .set('Authorization', user)
          .expect(200)
      ).body;
    const openedNow = async (cluster: string) =>
      (
        await request(server)
          .post('/api/mpk/tickets')
          .set('Authorization', system)
          .send(ticketBody({ cluster, openedAt: undefined }))
          .expect(201)
      ).body as Ticket;

    for (const cluster of ['acme-prod', 'globex-prod']) {
      expect((await sla(cluster)).supportedWindow).toEqual(
        (await openedNow(cluster)).supportedWindow,
      );
    }
    // globex-prod runs RPC-K 1.34, outside the window since upstream 1.36 came out.
    expect((await sla('globex-prod')).supportedWindow).toMatchObject({
      kubernetesVersion: '1.34',
      within: false,
    });
    expect((await sla('acme-prod')).supportedWindow.within).toBe(true);
  });
});
