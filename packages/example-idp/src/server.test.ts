import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { startExampleIdp, type ExampleIdp } from './server.ts';
import { CookieBrowser, parseForms } from './testing.ts';

const orgFile = resolve(__dirname, '../../../examples/org.yaml');
const client = {
  clientId: 'portal',
  clientSecret: 'portal-secret',
  redirectUris: [] as string[],
};
const basic = `Basic ${Buffer.from(
  `${client.clientId}:${client.clientSecret}`,
).toString('base64')}`;

let relyingParty: Server;
let idp: ExampleIdp;
let discovery: Record<string, any>;

beforeAll(async () => {
  // The relying party's callback, where the browser ends up after the sign-in.
  relyingParty = createServer((_req, res) => res.end('callback'));
  relyingParty.listen(0, '127.0.0.1');
  await once(relyingParty, 'listening');
  const { port } = relyingParty.address() as AddressInfo;
  client.redirectUris.push(`http://localhost:${port}/callback`);
  idp = await startExampleIdp({
    orgFile,
    port: 0,
    clients: [client],
    extraAccounts: [
      {
        id: 'pat',
        email: 'pat@elsewhere.example.com',
        name: 'Pat Nobody',
        groups: [],
      },
    ],
  });
  discovery = await (await fetch(idp.metadataUrl)).json();
});

afterAll(async () => {
  await idp?.close();
  relyingParty?.close();
});

/** Starts an authorization request as a relying party would, with PKCE like Backstage's client. */
function authorizationUrl(params: Record<string, string> = {}) {
  const verifier = randomBytes(32).toString('base64url');
  const url = new URL(discovery.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: client.clientId,
    redirect_uri: client.redirectUris[0],
    response_type: 'code',
    scope: 'openid profile email',
    state: 'state-1',
    nonce: 'nonce-1',
    prompt: 'login',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    ...params,
  }).toString();
  return { url: url.href, verifier };
}

/** Goes to the login page and picks a persona by the label of its button. */
async function signIn(browser: CookieBrowser, persona: string) {
  const { url, verifier } = authorizationUrl();
  const login = await browser.navigate(url);
  expect(login.response.status).toBe(200);
  const [form] = parseForms(await login.response.text(), login.url);
  const button = form.buttons.find(b => b.label === persona);
  expect(button).toBeDefined();
  const back = await browser.submit(form.action, {
    [button!.name]: button!.value,
  });
  return { back, verifier };
}

async function token(body: Record<string, string>) {
  return fetch(discovery.token_endpoint, {
    method: 'POST',
    headers: {
      Authorization: basic,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams(body).toString(),
  });
}

describe('the example identity provider', () => {
  it('publishes what Backstage needs: the code flow, a userinfo endpoint, client_secret_basic, S256', () => {
    expect(discovery).toMatchObject({
      issuer: idp.issuer,
      response_types_supported: ['code'],
      userinfo_endpoint: `${idp.issuer}/me`,
      code_challenge_methods_supported: ['S256'],
      scopes_supported: expect.arrayContaining(['openid', 'profile', 'email']),
      claims_supported: expect.arrayContaining([
        'email',
        'email_verified',
        'name',
      ]),
    });
    expect(discovery.token_endpoint_auth_methods_supported).toContain(
      'client_secret_basic',
    );
    expect(idp.issuer).toBe(`http://localhost:${idp.port}`);
  });

  it('lists every persona on its login page, with role and groups', async () => {
    const browser = new CookieBrowser();
    const login = await browser.navigate(authorizationUrl().url);
    const html = await login.response.text();
    const [form] = parseForms(html, login.url);
    expect(form.buttons.map(b => b.label)).toEqual([
      ...idp.accounts.map(account => account.name),
    ]);
    expect(form.buttons).toContainEqual({
      name: 'account',
      value: 'dana-acme',
      label: 'Dana Kim',
    });
    expect(html).toContain(
      'Developer at Acme · customer-developer · Acme Corporation · dana.kim@acme.example.com',
    );
  });

  it('signs a persona in with one click, grants the scopes and issues tokens with her claims and a refresh token', async () => {
    const browser = new CookieBrowser();
    const { back, verifier } = await signIn(browser, 'Dana Kim');
    expect(await back.response.text()).toBe('callback');
    const callback = new URL(back.url);
    expect(callback.origin + callback.pathname).toBe(client.redirectUris[0]);
    expect(callback.searchParams.get('state')).toBe('state-1');
    expect(callback.searchParams.get('iss')).toBe(idp.issuer);
    const code = callback.searchParams.get('code')!;
    expect(code).toBeTruthy();

    const tokens = await (
      await token({
        grant_type: 'authorization_code',
        code,
        redirect_uri: client.redirectUris[0],
        code_verifier: verifier,
      })
    ).json();
    expect(tokens).toMatchObject({
      token_type: 'Bearer',
      scope: 'openid profile email',
      access_token: expect.any(String),
      id_token: expect.any(String),
      refresh_token: expect.any(String),
    });

    const userinfo = await fetch(discovery.userinfo_endpoint, {
      headers: { Authorization: `Bearer ${tokens.access_token}` },
    });
    expect(await userinfo.json()).toEqual({
      sub: 'dana-acme',
      email: 'dana.kim@acme.example.com',
      email_verified: true,
      name: 'Dana Kim',
    });

    const refreshed = await token({
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
    });
    expect(refreshed.status).toBe(200);
    expect(await refreshed.json()).toMatchObject({
      access_token: expect.any(String),
    });
  });

  it('signs in the extra accounts given to it', async () => {
    const { back } = await signIn(new CookieBrowser(), 'Pat Nobody');
    expect(new URL(back.url).searchParams.get('code')).toBeTruthy();
  });

  it('shows the login page again for the next sign-in, so that another persona can be chosen', async () => {
    const browser = new CookieBrowser();
    await signIn(browser, 'Dana Kim');
    const again = await browser.navigate(authorizationUrl().url);
    expect(
      parseForms(await again.response.text(), again.url)[0].buttons,
    ).toHaveLength(idp.accounts.length);
  });

  it('sends the browser back with access_denied when the sign-in is cancelled', async () => {
    const browser = new CookieBrowser();
    const login = await browser.navigate(authorizationUrl().url);
    const cancel = parseForms(await login.response.text(), login.url)[1];
    expect(cancel.action).toMatch(/\/abort$/);
    const back = await browser.submit(cancel.action, {});
    expect(new URL(back.url).searchParams.get('error')).toBe('access_denied');
  });

  it('refuses a persona it does not know', async () => {
    const browser = new CookieBrowser();
    const login = await browser.navigate(authorizationUrl().url);
    const [form] = parseForms(await login.response.text(), login.url);
    const refused = await browser.submit(form.action, { account: 'mallory' });
    expect(refused.response.status).toBe(400);
    expect(await refused.response.text()).toContain(
      'No example persona has the id &quot;mallory&quot;.',
    );
  });

  it('refuses a redirect address the client did not register, without redirecting', async () => {
    const browser = new CookieBrowser();
    const refused = await browser.navigate(
      authorizationUrl({ redirect_uri: 'http://evil.example.com/callback' })
        .url,
    );
    expect(refused.response.status).toBe(400);
    expect(refused.url.startsWith(idp.issuer)).toBe(true);
  });

  it('refuses a token request with a wrong client secret', async () => {
    const response = await fetch(discovery.token_endpoint, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${Buffer.from('portal:wrong').toString(
          'base64',
        )}`,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: 'x',
        redirect_uri: client.redirectUris[0],
      }).toString(),
    });
    expect(response.status).toBe(401);
    expect((await response.json()).error).toBe('invalid_client');
  });
});
