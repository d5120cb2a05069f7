import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { monthIn, Ticket, TicketComment } from '@mpk-portal/plugin-mpk-common';
import request from '../__testUtils__/contractRequest';
import { fakeMessaging } from '../__testUtils__/fakeMessaging';
import { startMpkBackend } from '../__testUtils__/mpkTestBackend';

jest.setTimeout(30_000);

// The example organisation: Sam is a Senior CKA engineer of pod Blue, Dana a developer of Acme.
const sam = mockCredentials.user.header('user:default/sam-scka');
const dana = mockCredentials.user.header('user:default/dana-acme');
const ticketingSystem = mockCredentials.service.header({
  onBehalfOf: mockCredentials.service('ticketing-system'),
  targetPluginId: 'mpk',
});

const minutesAgo = (minutes: number) =>
  new Date(Date.now() - minutes * 60_000).toISOString();

async function startBackend(
  extraFeatures: Parameters<typeof startMpkBackend>[0] = [],
) {
  const messaging = fakeMessaging();
  const server = await startMpkBackend(extraFeatures, messaging);
  // Opened minutes ago, as only a system may date a ticket: the service desk Dana called.
  const open = async (overrides: Record<string, unknown> = {}) =>
    (
      await request(server)
        .post('/api/mpk/tickets')
        .set('Authorization', ticketingSystem)
        .send({
          cluster: 'acme-prod',
          severity: 'urgent',
          category: 'technical',
          title: 'API server unreachable',
          openedAt: minutesAgo(5),
          ...overrides,
        })
        .expect(201)
    ).body as Ticket;
  const comment = (
    id: string,
    authorization: string,
    body: unknown,
    key?: string,
  ) => {
    const test = request(server)
      .post(`/api/mpk/tickets/${id}/comments`)
      .set('Authorization', authorization);
    if (key !== undefined) test.set('Idempotency-Key', key);
    return test.send(body as object);
  };
  const get = async (id: string, authorization = sam) =>
    (
      await request(server)
        .get(`/api/mpk/tickets/${id}`)
        .set('Authorization', authorization)
        .expect(200)
    ).body as Ticket;
  const event = (id: string, authorization: string, body: object) =>
    request(server)
      .post(`/api/mpk/tickets/${id}/events`)
      .set('Authorization', authorization)
      .send(body);
  const ticketNotifications = () =>
    messaging.notifications.filter(n => n.payload.topic === 'mpk-ticket');
  return { server, messaging, open, comment, event, get, ticketNotifications };
}

describe('the conversation of a ticket', () => {
  it("takes the owning pod's first comment as the response, never a customer's", async () => {
    const { open, comment, get, messaging, ticketNotifications } =
      await startBackend();
    const ticket = await open();
    messaging.signals.length = 0;

    const customer = await comment(ticket.id, dana, {
      body: '  Still down: every kubectl call times out.  ',
    });
    expect(customer.status).toBe(201);
    expect(customer.body).toEqual({
      id: expect.any(String),
      ticketId: ticket.id,
      author: 'user:default/dana-acme',
      authorName: 'Dana Kim',
      side: 'customer',
      body: 'Still down: every kubectl call times out.',
      createdAt: expect.any(String),
      countsAsResponse: false,
    });
    const afterCustomer = await get(ticket.id);
    expect(afterCustomer.sla.respondedAt).toBeUndefined();
    expect(afterCustomer.response).toBeNull();
    expect(afterCustomer.sla.state).toBe('pending');

    const pod = await comment(ticket.id, sam, {
      body: 'Looking into it: the control plane is failing over.',
    });
    expect(pod.status).toBe(201);
    const reply: TicketComment = pod.body;
    expect(reply).toMatchObject({
      author: 'user:default/sam-scka',
      authorName: 'Sam Chen',
      side: 'provider',
      countsAsResponse: true,
    });
    const answered = await get(ticket.id);
    expect(answered.sla).toMatchObject({
      respondedAt: reply.createdAt,
      state: 'met',
    });
    expect(answered.response).toEqual({
      at: reply.createdAt,
      by: 'user:default/sam-scka',
      kind: 'comment',
    });
    expect(answered.events).toEqual([
      {
        type: 'responded',
        at: reply.createdAt,
        recordedAt: reply.createdAt,
        recordedBy: 'user:default/sam-scka',
      },
    ]);
    expect(answered.comments?.map(c => c.side)).toEqual([
      'customer',
      'provider',
    ]);

    // The pod's next comment is a comment only.
    const next = await comment(ticket.id, sam, { body: 'Back up.' });
    expect(next.body.countsAsResponse).toBe(false);
    expect((await get(ticket.id)).response?.at).toBe(reply.createdAt);

    // The customer's people hear of each reply of the pod, not of their own comments.
    expect(
      ticketNotifications()
        .filter(n => n.payload.scope === `mpk-ticket:${ticket.id}:reply`)
        .map(n => [n.recipients, n.payload.title, n.payload.link]),
    ).toEqual([
      [
        { type: 'entity', entityRef: 'group:default/acme' },
        'Sam Chen replied on Acme production: API server unreachable',
        `/support/tickets/${ticket.id}`,
      ],
      [
        { type: 'entity', entityRef: 'group:default/acme' },
        'Sam Chen replied on Acme production: API server unreachable',
        `/support/tickets/${ticket.id}`,
      ],
    ]);
    expect(messaging.signals.map(s => [s.channel, s.message])).toEqual([
      [`mpk:ticket:${ticket.id}`, { ticketId: ticket.id, change: 'comment' }],
      [`mpk:ticket:${ticket.id}`, { ticketId: ticket.id, change: 'responded' }],
      ['mpk:tickets', { change: 'responded' }],
      [`mpk:ticket:${ticket.id}`, { ticketId: ticket.id, change: 'comment' }],
    ]);
  });

  it("tells the customer's people once when the pod responds by acknowledging or resolving, and not for others' events", async () => {
    const { open, event, ticketNotifications } = await startBackend();
    const responses = () =>
      ticketNotifications().filter(n => n.payload.scope?.endsWith(':response'));

    const acknowledged = await open();
    const at = minutesAgo(1);
    expect(
      (await event(acknowledged.id, sam, { type: 'responded', at })).status,
    ).toBe(201);
    // A retry of the same event adds nothing and tells nobody again.
    expect(
      (await event(acknowledged.id, sam, { type: 'responded', at })).status,
    ).toBe(200);
    // Resolving after the response is no response.
    await event(acknowledged.id, sam, { type: 'resolved', at: minutesAgo(0) });
    expect(responses().map(n => [n.recipients, n.payload.title])).toEqual([
      [
        { type: 'entity', entityRef: 'group:default/acme' },
        'Sam Chen acknowledged your ticket on Acme production: API server unreachable',
      ],
    ]);
    expect(responses()[0].payload.link).toBe(
      `/support/tickets/${acknowledged.id}`,
    );

    const resolvedFirst = await open({ title: 'Nodes not ready' });
    await event(resolvedFirst.id, sam, { type: 'resolved', at: minutesAgo(1) });
    expect(responses().map(n => n.payload.title)).toContain(
      'Sam Chen resolved your ticket on Acme production: Nodes not ready',
    );
    expect(responses()).toHaveLength(2);

    // A system's acknowledgement stops the clock, but nobody of the pod answered: no notice.
    const bySystem = await open({ title: 'Disk pressure' });
    await event(bySystem.id, ticketingSystem, {
      type: 'responded',
      at: minutesAgo(1),
    });
    expect(responses()).toHaveLength(2);
  });

  it('writes a comment once per Idempotency-Key, and refuses the key reused for another text', async () => {
    const { open, comment, get, messaging, ticketNotifications } =
      await startBackend();
    const ticket = await open();
    const first = await comment(ticket.id, sam, { body: 'On it.' }, 'k-1');
    const notified = ticketNotifications().length;
    const signalled = messaging.signals.length;

    const again = await comment(ticket.id, sam, { body: 'On it.' }, 'k-1');
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    // Nothing written, nobody told again.
    expect((await get(ticket.id)).comments).toHaveLength(1);
    expect(ticketNotifications()).toHaveLength(notified);
    expect(messaging.signals).toHaveLength(signalled);

    const other = await comment(ticket.id, sam, { body: 'Fixed.' }, 'k-1');
    expect(other.status).toBe(409);
    expect(other.body.error.message).toBe(
      `Idempotency-Key k-1 already wrote a different comment (${first.body.id}) on ticket ${ticket.id}`,
    );
    // Another author's key is their own.
    expect(
      (await comment(ticket.id, dana, { body: 'Thanks.' }, 'k-1')).status,
    ).toBe(201);
  });

  it.each([
    ['an empty body', { body: '  \n ' }, /^Invalid comment: body: Too small/],
    [
      'a body over 10,000 characters',
      { body: 'x'.repeat(10_001) },
      /^Invalid comment: body: Too big/,
    ],
    ['no body', {}, /^Invalid comment: body: is required$/],
    [
      'an unknown field',
      { body: 'hi', html: '<b>hi</b>' },
      /^Invalid comment: comment: Unrecognized key: "html"$/,
    ],
  ])('refuses %s with a 400 naming the field', async (_, body, message) => {
    const { open, comment, get } = await startBackend();
    const ticket = await open();
    const response = await comment(ticket.id, dana, body);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(message);
    expect((await get(ticket.id)).comments).toEqual([]);
  });

  it('refuses a malformed Idempotency-Key, and answers 404 for an unknown ticket', async () => {
    const { open, comment } = await startBackend();
    const ticket = await open();
    const spaced = await comment(ticket.id, dana, { body: 'hi' }, 'has space');
    expect(spaced.status).toBe(400);
    expect(spaced.body.error.message).toMatch(
      /^Invalid Idempotency-Key header: .*printable ASCII without spaces/,
    );
    const long = await comment(
      ticket.id,
      dana,
      { body: 'hi' },
      'k'.repeat(201),
    );
    expect(long.status).toBe(400);
    const missing = await comment('no-such-ticket', dana, { body: 'hi' });
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe('No ticket no-such-ticket');
  });

  it("writes a service's comment under its name, never as the response", async () => {
    const { open, comment, get } = await startBackend();
    const ticket = await open();
    const response = await comment(ticket.id, ticketingSystem, {
      body: 'Linked to SD-4711.',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      author: 'ticketing-system',
      authorName: 'Service desk',
      side: 'service',
      countsAsResponse: false,
    });
    expect((await get(ticket.id)).response).toBeNull();
  });

  it('serves the credit of a missed response to those who may read credits, and leaves it out for others', async () => {
    const { open, get } = await startBackend();
    // Unanswered for two hours: breached an hour and 45 minutes ago.
    const breached = await open({ openedAt: minutesAgo(120) });
    const pending = await open();

    const withCredit = await get(breached.id);
    expect(withCredit.credit).toMatchObject({
      ticket: { id: breached.id, severity: 'urgent' },
      breachedAt: withCredit.sla.dueAt,
      claimStatus: 'claimable',
      claim: null,
      // The month the credits page files it under: the server's contract time zone.
      month: monthIn('America/Los_Angeles', withCredit.sla.dueAt),
    });
    expect((await get(pending.id)).credit).toBeNull();

    // Whoever may read the cluster but not the customer's credits gets no credit at all.
    const { get: getWithoutCredits, open: openWithoutCredits } =
      await startBackend([denyingOnly('mpk.credit.read')]);
    const hidden = await getWithoutCredits(
      (
        await openWithoutCredits({ openedAt: minutesAgo(120) })
      ).id,
    );
    expect(hidden.sla.state).toBe('breached');
    expect(hidden).not.toHaveProperty('credit');
    expect(hidden.comments).toEqual([]);
  });
});

/** A permission service that allows everything but one permission. */
function denyingOnly(name: string) {
  const decide = (requests: Array<{ permission: { name: string } }>) =>
    requests.map(({ permission }) => ({
      result:
        permission.name === name ? AuthorizeResult.DENY : AuthorizeResult.ALLOW,
    }));
  return createServiceFactory({
    service: coreServices.permissions,
    deps: {},
    factory: () => ({
      authorize: async (requests: any) => decide(requests) as any,
      authorizeConditional: async (requests: any) => decide(requests) as any,
    }),
  });
}
