import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  CreditEvent,
  CreditsResponse,
  monthIn,
  Ticket,
} from '@mpk-portal/plugin-mpk-common';
import request from '../__testUtils__/contractRequest';
import { exampleCatalog } from '../__testUtils__/exampleCatalog';
import { mpkPlugin } from '../plugin';

jest.setTimeout(30_000);

const erin = mockCredentials.user.header('user:default/erin-em');
// Tickets of the past come from a system: only systems date the tickets they open.
const ticketingSystem = mockCredentials.service.header({
  onBehalfOf: mockCredentials.service('ticketing-system'),
  targetPluginId: 'mpk',
});

const customerWithoutTerms: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'initech', namespace: 'default' },
  spec: { type: 'customer', children: [] },
};

async function startBackend(extraFeatures: any[] = []) {
  const { server } = await startTestBackend({
    features: [
      mpkPlugin,
      catalogServiceMock.factory({
        entities: [...exampleCatalog(), customerWithoutTerms],
      }),
      ...extraFeatures,
    ],
  });
  const open = async (body: Record<string, unknown>) => {
    const response = await request(server)
      .post('/api/mpk/tickets')
      .set('Authorization', ticketingSystem)
      .send({
        cluster: 'acme-prod',
        severity: 'urgent',
        category: 'technical',
        title: 'Control plane unreachable',
        ...body,
      });
    expect(response.status).toBe(201);
    return response.body as Ticket;
  };
  const claim = (ticketId: string) =>
    request(server)
      .post('/api/mpk/credits/claims')
      .set('Authorization', erin)
      .send({ ticketId });
  const credits = (query: string) =>
    request(server).get(`/api/mpk/credits?${query}`).set('Authorization', erin);
  return { server, open, claim, credits };
}

const hoursAgo = (hours: number) =>
  new Date(Date.now() - hours * 3600_000).toISOString();

describe('credit endpoints', () => {
  it('accepts a claim within 7 days of the breach, once', async () => {
    const { open, claim, credits } = await startBackend();
    const ticket = await open({ openedAt: hoursAgo(2) });
    expect(ticket.sla.state).toBe('breached');

    const first = await claim(ticket.id);
    expect(first.status).toBe(201);
    expect(first.body.claim).toMatchObject({
      ticketId: ticket.id,
      customer: 'acme',
      requestedBy: 'user:default/erin-em',
    });
    expect(first.body.event).toMatchObject({
      claimStatus: 'claimed',
      eligible: true,
      breachedAt: ticket.sla.dueAt,
    });
    const again = await claim(ticket.id);
    expect(again.status).toBe(200);
    expect(again.body.claim).toEqual(first.body.claim);

    const month = monthIn('America/Los_Angeles', ticket.sla.dueAt);
    const response = await credits(`customer=acme&month=${month}`);
    expect(response.status).toBe(200);
    const body = response.body as CreditsResponse;
    expect(body.contract.monthlySupportFeeUsd).toBe(12000);
    expect(body.events.map(e => [e.ticket.id, e.claimStatus])).toEqual([
      [ticket.id, 'claimed'],
    ]);
    expect(body.totals).toEqual({
      breaches: 1,
      eligible: 1,
      claimed: 1,
      claimedUsd: 250,
      capUsd: 12000,
      payableUsd: 250,
      capped: false,
    });
    expect(body.complianceByMonth).toHaveLength(12);
    expect(body.complianceByMonth[11]).toMatchObject({
      month,
      met: 0,
      breached: 1,
      percent: 0,
    });
  });

  it('refuses, with the reason and nothing stored, a late claim and one for a breach that earns nothing', async () => {
    const { open, claim, credits } = await startBackend();
    const late = await open({ openedAt: '2026-11-03T10:00:00-08:00' });
    const thirdParty = await open({
      openedAt: '2026-11-04T10:00:00-08:00',
      causedByThirdParty: true,
    });
    const unclaimed = await open({ openedAt: '2026-11-05T10:00:00-08:00' });
    const noSla = await open({
      cluster: 'globex-prod',
      openedAt: '2026-11-05T10:00:00-08:00',
    });

    const lateClaim = await claim(late.id);
    expect(lateClaim.status).toBe(400);
    expect(lateClaim.body.error.message).toBe(
      `Credit refused for ticket ${late.id}: credits must be requested within 7 days after the breach: this one was breached at 2026-11-03T18:15:00.000Z, the window closed at 2026-11-10T18:15:00.000Z`,
    );
    expect((await claim(thirdParty.id)).body.error.message).toBe(
      `Credit refused for ticket ${thirdParty.id}: caused by a party other than the provider`,
    );
    expect((await claim(noSla.id)).body.error.message).toMatch(
      new RegExp(
        `^ticketId: ticket ${noSla.id} carries no SLA, so it earns no credit`,
      ),
    );
    expect((await claim('nope')).body.error.message).toBe(
      'ticketId: no ticket nope',
    );
    const body = (await credits('customer=acme&month=2026-11'))
      .body as CreditsResponse;
    const status = (id: string) =>
      body.events.find((e: CreditEvent) => e.ticket.id === id)?.claimStatus;
    expect(status(late.id)).toBe('expired');
    expect(status(thirdParty.id)).toBe('ineligible');
    expect(status(unclaimed.id)).toBe('expired');
    expect(body.totals.claimed).toBe(0);
    expect(body.totals.payableUsd).toBe(0);
  });

  it('refuses a claim for a response that was on time', async () => {
    const { server, open, claim } = await startBackend();
    const ticket = await open({ openedAt: hoursAgo(1) });
    await request(server)
      .post(`/api/mpk/tickets/${ticket.id}/events`)
      .set('Authorization', erin)
      .send({ type: 'responded', at: hoursAgo(0.9) });
    const response = await claim(ticket.id);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(
      `ticketId: ticket ${ticket.id} has no missed initial response: its SLA is met (due ${ticket.sla.dueAt})`,
    );
  });

  it('names what is wrong with a credits query or a customer', async () => {
    const { credits } = await startBackend();
    expect((await credits('month=2026-13')).body.error.message).toBe(
      'Invalid query: customer: is required; month: expected a month as YYYY-MM',
    );
    expect((await credits('customer=umbrella')).body.error.message).toBe(
      'customer: no customer group:default/umbrella in the catalog',
    );
    const noTerms = await credits('customer=initech');
    expect(noTerms.status).toBe(400);
    expect(noTerms.body.error.message).toBe(
      'The catalog entry of customer initech lacks its contract terms: spec.contract: Invalid input: expected object, received undefined',
    );
  });

  it('needs the claim permission', async () => {
    const { claim } = await startBackend([
      mockServices.permissions.factory({ result: AuthorizeResult.DENY }),
    ]);
    const response = await claim('any');
    expect(response.status).toBe(403);
    expect(response.body.error.message).toBe(
      'user:default/erin-em lacks the permission mpk.credit.claim',
    );
  });
});
