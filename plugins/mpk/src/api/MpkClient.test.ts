import { MpkClient } from './MpkClient';
import { acmePlan, acmeProdUpgrade } from '../__testUtils__/upgradeResponses';

const baseUrl = 'http://localhost:7007/api/mpk';

function jsonResponse(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

function createClient(response: Response) {
  const fetch = jest.fn().mockResolvedValue(response);
  const client = new MpkClient({
    discoveryApi: { getBaseUrl: async () => baseUrl },
    fetchApi: { fetch },
  });
  return { client, fetch };
}

const cluster = { kind: 'resource', namespace: 'default', name: 'acme-prod' };

describe('MpkClient', () => {
  it('reads the upgrade obligations of a cluster', async () => {
    const { client, fetch } = createClient(jsonResponse(acmeProdUpgrade));

    await expect(client.getClusterUpgrade(cluster)).resolves.toEqual(
      acmeProdUpgrade,
    );
    expect(fetch).toHaveBeenCalledWith(
      `${baseUrl}/clusters/default/acme-prod/upgrade`,
      undefined,
    );
  });

  it('repeats each fleet filter value and passes the order', async () => {
    const { client, fetch } = createClient(
      jsonResponse({ today: '2026-11-14', items: [] }),
    );

    await client.getFleetUpgrades({
      customer: ['acme', 'globex'],
      owner: ['group:default/pod-blue'],
      status: ['overdue'],
      order: 'desc',
    });

    const url = new URL(fetch.mock.calls[0][0]);
    expect(url.pathname).toBe('/api/mpk/fleet/upgrades');
    expect(url.searchParams.getAll('customer')).toEqual(['acme', 'globex']);
    expect(url.searchParams.getAll('owner')).toEqual([
      'group:default/pod-blue',
    ]);
    expect(url.searchParams.getAll('status')).toEqual(['overdue']);
    expect(url.searchParams.get('order')).toBe('desc');
  });

  it('asks for the whole fleet without filters', async () => {
    const { client, fetch } = createClient(
      jsonResponse({ today: '2026-11-14', items: [] }),
    );

    await client.getFleetUpgrades({ customer: [] });

    expect(fetch.mock.calls[0][0]).toBe(`${baseUrl}/fleet/upgrades`);
  });

  it('puts an upgrade plan as JSON', async () => {
    const { client, fetch } = createClient(jsonResponse(acmePlan));

    await expect(
      client.saveUpgradePlan(cluster, {
        plannedDate: '2026-11-10',
        state: 'planned',
        note: 'Maintenance window agreed with the customer',
      }),
    ).resolves.toEqual(acmePlan);

    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(`${baseUrl}/clusters/default/acme-prod/upgrade-plan`);
    expect(init.method).toBe('PUT');
    expect(init.headers).toEqual({ 'Content-Type': 'application/json' });
    expect(JSON.parse(init.body)).toEqual({
      plannedDate: '2026-11-10',
      state: 'planned',
      note: 'Maintenance window agreed with the customer',
    });
  });

  it('escapes the namespace and name in the path', async () => {
    const { client, fetch } = createClient(jsonResponse(acmeProdUpgrade));

    await client.getClusterUpgrade({ ...cluster, name: 'a/b c' });

    expect(fetch.mock.calls[0][0]).toBe(
      `${baseUrl}/clusters/default/a%2Fb%20c/upgrade`,
    );
  });

  it('turns an error response into a ResponseError with the server message', async () => {
    const { client } = createClient(
      jsonResponse(
        {
          error: {
            name: 'InputError',
            message: 'plannedDate must be a date (YYYY-MM-DD)',
          },
          response: { statusCode: 400 },
        },
        400,
      ),
    );

    const error = await client
      .saveUpgradePlan(cluster, {
        plannedDate: 'soon',
        state: 'planned',
        note: '',
      })
      .catch(e => e);

    expect(error.name).toBe('ResponseError');
    expect(error.statusCode).toBe(400);
    expect(error.cause).toMatchObject({
      name: 'InputError',
      message: 'plannedDate must be a date (YYYY-MM-DD)',
    });
  });

  it('fails on a 404 without a JSON body', async () => {
    const { client } = createClient(
      new Response('Not Found', { status: 404, statusText: 'Not Found' }),
    );

    await expect(client.getClusterUpgrade(cluster)).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 404,
    });
  });
});
