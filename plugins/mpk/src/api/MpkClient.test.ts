import { MpkClient } from './MpkClient';
import {
  acmeDeprecatedApiReport,
  acmePlan,
  acmeProdUpgrade,
} from '../__testUtils__/mpkResponses';
import { acmeDeveloper } from '../__testUtils__/personas';
import {
  acmeDeviations,
  acmeProdSecurity,
  kubeBenchReport,
} from '../__testUtils__/securityResponses';
import {
  acmeAcceptedDesign,
  acmeDesign,
} from '../__testUtils__/designResponses';

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

/** The request of the `index`th call, from the URL and init the client hands fetch. */
const requestOf = (fetch: jest.Mock, index = 0): Request =>
  new Request(fetch.mock.calls[index][0], fetch.mock.calls[index][1]);

describe('MpkClient', () => {
  it("reads the signed-in user's persona", async () => {
    const { client, fetch } = createClient(jsonResponse(acmeDeveloper));

    await expect(client.getPersona()).resolves.toEqual(acmeDeveloper);
    expect(fetch).toHaveBeenCalledTimes(1);
    const request = requestOf(fetch);
    expect(request.method).toBe('GET');
    expect(request.url).toBe(`${baseUrl}/persona`);
  });

  it('refuses a persona request a service makes with a ResponseError', async () => {
    const { client } = createClient(
      jsonResponse(
        {
          error: { name: 'NotAllowedError', message: 'Users only' },
          response: { statusCode: 403 },
        },
        403,
      ),
    );

    await expect(client.getPersona()).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 403,
    });
  });

  it('reads the upgrade obligations of a cluster', async () => {
    const { client, fetch } = createClient(jsonResponse(acmeProdUpgrade));

    await expect(client.getClusterUpgrade(cluster)).resolves.toEqual(
      acmeProdUpgrade,
    );
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(requestOf(fetch).url).toBe(
      `${baseUrl}/clusters/default/acme-prod/upgrade`,
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

    const url = new URL(requestOf(fetch).url);
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

    expect(requestOf(fetch).url).toBe(`${baseUrl}/fleet/upgrades`);
  });

  it('passes the readiness filter of the fleet', async () => {
    const { client, fetch } = createClient(
      jsonResponse({ today: '2026-11-14', items: [] }),
    );

    await client.getFleetUpgrades({ status: [], readiness: 'blocked' });

    expect(requestOf(fetch).url).toBe(
      `${baseUrl}/fleet/upgrades?readiness=blocked`,
    );
  });

  it('passes each security status of the fleet filter', async () => {
    const { client, fetch } = createClient(
      jsonResponse({ today: '2026-11-14', items: [] }),
    );

    await client.getFleetUpgrades({ security: ['deviations', 'stale'] });

    expect(requestOf(fetch).url).toBe(
      `${baseUrl}/fleet/upgrades?security=deviations&security=stale`,
    );
  });

  it('reads the security posture of a cluster', async () => {
    const { client, fetch } = createClient(jsonResponse(acmeProdSecurity));

    await expect(client.getClusterSecurity(cluster)).resolves.toEqual(
      acmeProdSecurity,
    );
    const request = requestOf(fetch);
    expect(request.method).toBe('GET');
    expect(request.url).toBe(`${baseUrl}/clusters/default/acme-prod/security`);
  });

  it('posts security reports as one multipart form with a report file each', async () => {
    const { client, fetch } = createClient(
      jsonResponse({ reports: [kubeBenchReport] }, 201),
    );
    const named = (name: string) =>
      Object.assign(new Blob(['{}'], { type: 'application/json' }), { name });

    await expect(
      client.uploadSecurityReports(cluster, [
        named('kube-bench.json'),
        named('trivy.tar.gz'),
      ]),
    ).resolves.toEqual({ reports: [kubeBenchReport] });

    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(`${baseUrl}/clusters/default/acme-prod/security-reports`);
    expect(init.method).toBe('POST');
    const form = init.body as FormData;
    expect([...form.keys()]).toEqual(['report', 'report']);
    expect(form.getAll('report').map(file => (file as File).name)).toEqual([
      'kube-bench.json',
      'trivy.tar.gz',
    ]);
  });

  it('refuses a malformed security report with the server message', async () => {
    const { client } = createClient(
      jsonResponse(
        {
          error: { name: 'InputError', message: 'notes.txt: not a report' },
          response: { statusCode: 400 },
        },
        400,
      ),
    );

    await expect(
      client.uploadSecurityReports(cluster, [new Blob(['x'])]),
    ).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 400,
      body: { error: { message: 'notes.txt: not a report' } },
    });
  });

  it('posts a security exception as JSON', async () => {
    const exception = {
      set: 'cis-1.8',
      check: '4.2.1',
      scope: { namespace: 'shop' },
      reason: 'EKS manages it',
      expires: '2027-01-31',
    };
    const { client, fetch } = createClient(
      jsonResponse(
        {
          ...exception,
          id: 'exception-1',
          approvedBy: 'user:default/erin',
          origin: 'portal',
          state: 'active',
        },
        201,
      ),
    );

    await expect(
      client.createSecurityException(cluster, exception),
    ).resolves.toMatchObject({ id: 'exception-1' });

    const request = requestOf(fetch);
    expect(request.method).toBe('POST');
    expect(request.url).toBe(
      `${baseUrl}/clusters/default/acme-prod/security/exceptions`,
    );
    await expect(request.json()).resolves.toEqual(exception);
  });

  it("reads the open deviations of a customer's clusters", async () => {
    const { client, fetch } = createClient(jsonResponse(acmeDeviations));

    await expect(client.getCustomerDeviations('acme')).resolves.toEqual(
      acmeDeviations,
    );
    expect(requestOf(fetch).url).toBe(
      `${baseUrl}/security/deviations?customer=acme`,
    );
  });

  it('posts a deprecated-API scan as a multipart form with one report file', async () => {
    const { client, fetch } = createClient(
      jsonResponse(acmeDeprecatedApiReport, 201),
    );
    // A Blob with a name, as a File is: the test environment's FormData takes no jsdom File.
    const file = Object.assign(new Blob(['[]'], { type: 'application/json' }), {
      name: 'kubent.json',
    });

    await expect(
      client.uploadDeprecatedApiReport(cluster, file),
    ).resolves.toEqual(acmeDeprecatedApiReport);

    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(
      `${baseUrl}/clusters/default/acme-prod/deprecated-api-reports`,
    );
    expect(init.method).toBe('POST');
    const form = init.body as FormData;
    expect([...form.keys()]).toEqual(['report']);
    const sent = form.get('report') as File;
    expect(sent.name).toBe('kubent.json');
    expect(await sent.text()).toBe('[]');
  });

  it('refuses a malformed scan with the server message', async () => {
    const { client } = createClient(
      jsonResponse(
        {
          error: {
            name: 'InputError',
            message: 'report: neither kubent nor pluto JSON',
          },
          response: { statusCode: 400 },
        },
        400,
      ),
    );

    const error = await client
      .uploadDeprecatedApiReport(cluster, new Blob(['{}']))
      .catch(e => e);

    expect(error).toMatchObject({ name: 'ResponseError', statusCode: 400 });
    expect(error.cause.message).toBe('report: neither kubent nor pluto JSON');
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

    const request = requestOf(fetch);
    expect(request.url).toBe(
      `${baseUrl}/clusters/default/acme-prod/upgrade-plan`,
    );
    expect(request.method).toBe('PUT');
    expect(request.headers.get('Content-Type')).toBe('application/json');
    expect(await request.json()).toEqual({
      plannedDate: '2026-11-10',
      state: 'planned',
      note: 'Maintenance window agreed with the customer',
    });
  });

  it('escapes the namespace and name in the path', async () => {
    const { client, fetch } = createClient(jsonResponse(acmeProdUpgrade));

    await client.getClusterUpgrade({ ...cluster, name: 'a/b c' });

    expect(requestOf(fetch).url).toBe(
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

  it('lists tickets with each filter value repeated', async () => {
    const { client, fetch } = createClient(
      jsonResponse({ now: '2026-11-25T20:00:00Z', items: [], totalCount: 0 }),
    );

    await client.listTickets({
      cluster: ['resource:default/acme-prod'],
      state: ['pending', 'breached'],
      status: [],
      limit: 50,
    });

    const url = new URL(requestOf(fetch).url);
    expect(url.pathname).toBe('/api/mpk/tickets');
    expect(url.searchParams.getAll('cluster')).toEqual([
      'resource:default/acme-prod',
    ]);
    expect(url.searchParams.getAll('state')).toEqual(['pending', 'breached']);
    expect(url.searchParams.has('status')).toBe(false);
    expect(url.searchParams.get('limit')).toBe('50');
  });

  it('posts a ticket event with its time in ISO 8601', async () => {
    const { client, fetch } = createClient(jsonResponse({}, 201));

    await client.addTicketEvent('t 1', {
      type: 'responded',
      at: new Date('2026-11-25T20:10:00Z'),
    });

    const request = requestOf(fetch);
    expect(request.url).toBe(`${baseUrl}/tickets/t%201/events`);
    expect(request.method).toBe('POST');
    expect(await request.json()).toEqual({
      type: 'responded',
      at: '2026-11-25T20:10:00.000Z',
    });
  });

  it('pages and dates the ticket list', async () => {
    const { client, fetch } = createClient(
      jsonResponse({ now: '2026-11-25T20:00:00Z', items: [], totalCount: 0 }),
    );

    await client.listTickets({
      status: ['open'],
      from: '2026-11-01T00:00:00Z',
      to: '2026-12-01T00:00:00Z',
      limit: 25,
      offset: 50,
    });

    const url = new URL(requestOf(fetch).url);
    expect(url.searchParams.get('from')).toBe('2026-11-01T00:00:00Z');
    expect(url.searchParams.get('to')).toBe('2026-12-01T00:00:00Z');
    expect(url.searchParams.get('offset')).toBe('50');
    expect(url.searchParams.getAll('status')).toEqual(['open']);
  });

  it('opens a ticket with a JSON body and its Idempotency-Key header', async () => {
    const { client, fetch } = createClient(jsonResponse({ id: 't1' }, 201));

    await expect(
      client.openTicket(
        {
          cluster: 'resource:default/acme-prod',
          severity: 'urgent',
          category: 'technical',
          title: 'Control plane unreachable',
          description: 'kubectl times out',
        },
        'draft-1',
      ),
    ).resolves.toEqual({ id: 't1' });

    const request = requestOf(fetch);
    expect(request.method).toBe('POST');
    expect(request.url).toBe(`${baseUrl}/tickets`);
    expect(request.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(request.headers.get('Idempotency-Key')).toBe('draft-1');
    expect(await request.json()).toEqual({
      cluster: 'resource:default/acme-prod',
      severity: 'urgent',
      category: 'technical',
      title: 'Control plane unreachable',
      description: 'kubectl times out',
    });
  });

  it('reads one ticket by its escaped id', async () => {
    const { client, fetch } = createClient(jsonResponse({ id: 'a/b' }));

    await client.getTicket('a/b');

    expect(requestOf(fetch).method).toBe('GET');
    expect(requestOf(fetch).url).toBe(`${baseUrl}/tickets/a%2Fb`);
  });

  it('posts a comment with its Idempotency-Key header', async () => {
    const { client, fetch } = createClient(jsonResponse({ id: 'c1' }, 201));

    await client.addTicketComment('t1', 'Looking at it', 'key-1');

    const request = requestOf(fetch);
    expect(request.method).toBe('POST');
    expect(request.url).toBe(`${baseUrl}/tickets/t1/comments`);
    expect(request.headers.get('Idempotency-Key')).toBe('key-1');
    expect(await request.json()).toEqual({ body: 'Looking at it' });
  });

  it('posts a comment without a key when none is given', async () => {
    const { client, fetch } = createClient(jsonResponse({ id: 'c1' }, 201));

    await client.addTicketComment('t1', 'Looking at it');

    expect(requestOf(fetch).headers.has('Idempotency-Key')).toBe(false);
  });

  it("reads a cluster's SLA and a customer's credits, and claims one", async () => {
    const fetch = jest.fn().mockImplementation(async () => jsonResponse({}));
    const client = new MpkClient({
      discoveryApi: { getBaseUrl: async () => baseUrl },
      fetchApi: { fetch },
    });

    await client.getClusterSla(cluster);
    await client.getCredits('acme', '2026-11');
    await client.getCredits('acme');
    await client.claimCredit('t1');

    expect(fetch.mock.calls.map(call => call[0])).toEqual([
      `${baseUrl}/clusters/default/acme-prod/sla`,
      `${baseUrl}/credits?customer=acme&month=2026-11`,
      `${baseUrl}/credits?customer=acme`,
      `${baseUrl}/credits/claims`,
    ]);
    expect(await requestOf(fetch, 3).json()).toEqual({ ticketId: 't1' });
  });

  it('asks for the supported Kubernetes releases of a platform', async () => {
    const { client, fetch } = createClient(
      jsonResponse({ platform: 'rpc-k', supportedLines: ['1.36'] }),
    );

    await client.getSupportedKubernetesVersions('rpc-k');

    expect(requestOf(fetch).url).toBe(
      `${baseUrl}/kubernetes-versions?platform=rpc-k`,
    );
  });

  it('lists the designs the user may read', async () => {
    const { client, fetch } = createClient(
      jsonResponse({ items: [acmeDesign] }),
    );

    await expect(client.listDesigns()).resolves.toEqual({
      items: [acmeDesign],
    });
    const request = requestOf(fetch);
    expect(request.method).toBe('GET');
    expect(request.url).toBe(`${baseUrl}/designs`);
  });

  it('reads one design by its escaped name', async () => {
    const { client, fetch } = createClient(jsonResponse(acmeDesign));

    await expect(client.getDesign('acme-platform')).resolves.toEqual(
      acmeDesign,
    );
    expect(requestOf(fetch).url).toBe(`${baseUrl}/designs/acme-platform`);

    const other = createClient(jsonResponse(acmeDesign));
    await other.client.getDesign('a/b c');
    expect(requestOf(other.fetch).url).toBe(`${baseUrl}/designs/a%2Fb%20c`);
  });

  it('posts an acceptance of a version, without a comment', async () => {
    const { client, fetch } = createClient(
      jsonResponse(acmeAcceptedDesign, 201),
    );

    await expect(
      client.decideDesign('acme-platform', 2, { decision: 'accept' }),
    ).resolves.toEqual(acmeAcceptedDesign);

    const request = requestOf(fetch);
    expect(request.method).toBe('POST');
    expect(request.url).toBe(
      `${baseUrl}/designs/acme-platform/versions/2/decision`,
    );
    expect(request.headers.get('Content-Type')).toBe('application/json');
    expect(await request.json()).toEqual({ decision: 'accept' });
  });

  it('posts a request for changes with its comment', async () => {
    const { client, fetch } = createClient(jsonResponse(acmeDesign, 201));

    await client.decideDesign('acme-platform', 1, {
      decision: 'request-changes',
      comment: 'Production needs three availability zones.',
    });

    expect(await requestOf(fetch).json()).toEqual({
      decision: 'request-changes',
      comment: 'Production needs three availability zones.',
    });
  });

  it('rejects a decision the server refuses with its status and reason', async () => {
    const { client } = createClient(
      jsonResponse(
        {
          error: {
            name: 'ConflictError',
            message: 'Version 1 is not the latest shared version',
          },
          response: { statusCode: 409 },
        },
        409,
      ),
    );

    const error = await client
      .decideDesign('acme-platform', 1, { decision: 'accept' })
      .catch(e => e);
    expect(error).toMatchObject({ name: 'ResponseError', statusCode: 409 });
    expect(error.cause.message).toBe(
      'Version 1 is not the latest shared version',
    );
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
