import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import authPlugin from '@backstage/plugin-auth-backend';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  CookieBrowser,
  parseForms,
  startExampleIdp,
  type ExampleIdp,
} from 'example-idp';
import { parseAllDocuments } from 'yaml';
import authModuleMpkProvider from '.';

jest.setTimeout(60_000);

const orgFile = resolve(__dirname, '../../../examples/org.yaml');
const client = { clientId: 'mpk-portal', clientSecret: 'test-client-secret' };

/** The example org as the catalog serves it: Users related to the groups of their memberOf. */
function exampleCatalog(): Entity[] {
  return parseAllDocuments(readFileSync(orgFile, 'utf8')).map(document => {
    const entity = document.toJS() as Entity;
    const memberOf = (entity.spec?.memberOf as string[] | undefined) ?? [];
    return {
      ...entity,
      relations: memberOf.map(group => ({
        type: 'memberOf',
        targetRef: `group:default/${group}`,
      })),
    };
  });
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

let backendUrl: string;
let idp: ExampleIdp;

beforeAll(async () => {
  const idpPort = await freePort();
  const closedPort = await freePort();
  // The backend starts first, while nothing answers at the provider's address: its first
  // discovery fails, and the sign-ins below work only because the module asks again.
  const backend = await startTestBackend({
    features: [
      authPlugin,
      authModuleMpkProvider,
      catalogServiceMock.factory({ entities: exampleCatalog() }),
      mockServices.rootConfig.factory({
        data: {
          app: { baseUrl: 'http://localhost:3000' },
          auth: {
            session: { secret: 'test-session-secret' },
            providers: {
              oidc: {
                development: {
                  metadataUrl: `http://localhost:${idpPort}/.well-known/openid-configuration`,
                  ...client,
                  prompt: 'login',
                },
                unreachable: {
                  metadataUrl: `http://127.0.0.1:${closedPort}/.well-known/openid-configuration`,
                  ...client,
                },
              },
            },
          },
        },
      }),
    ],
  });
  backendUrl = `http://localhost:${backend.server.port()}`;
  idp = await startExampleIdp({
    orgFile,
    port: idpPort,
    clients: [
      {
        ...client,
        redirectUris: [`${backendUrl}/api/auth/oidc/handler/frame`],
      },
    ],
    extraAccounts: [
      {
        id: 'pat',
        email: 'pat.nobody@elsewhere.example.com',
        name: 'Pat Nobody',
        groups: [],
      },
      {
        id: 'dana-shouting',
        email: 'Dana.Kim@ACME.example.com',
        name: 'Dana Kim in capitals',
        groups: [],
      },
    ],
  });
});

afterAll(() => idp?.close());

interface AuthorizationMessage {
  type: string;
  response?: {
    profile: { email?: string; displayName?: string };
    backstageIdentity: {
      token: string;
      identity: {
        type: string;
        userEntityRef: string;
        ownershipEntityRefs: string[];
      };
    };
  };
  error?: { name: string; message: string };
}

/**
 * The popup's way through: the portal's start address, the provider's login page, a click on the
 * persona, and back to the frame handler, which posts the result to the app.
 */
async function signIn(persona: string) {
  const browser = new CookieBrowser();
  const login = await browser.navigate(
    `${backendUrl}/api/auth/oidc/start?env=development&scope=${encodeURIComponent(
      'openid profile email',
    )}`,
  );
  expect(login.url.startsWith(`${idp.issuer}/interaction/`)).toBe(true);
  const [form] = parseForms(await login.response.text(), login.url);
  const button = form.buttons.find(b => b.label === persona);
  if (!button) throw new Error(`No persona ${persona} on the login page`);

  const frame = await browser.submit(form.action, {
    [button.name]: button.value,
  });
  expect(frame.url.split('?')[0]).toBe(
    `${backendUrl}/api/auth/oidc/handler/frame`,
  );
  const script = await frame.response.text();
  const posted = /var authResponse = decodeURIComponent\('([^']*)'\)/.exec(
    script,
  );
  if (!posted) throw new Error(`No auth response in the frame:\n${script}`);
  return {
    browser,
    message: JSON.parse(decodeURIComponent(posted[1])) as AuthorizationMessage,
  };
}

describe('sign-in through the example identity provider', () => {
  it("signs Dana Kim in as her catalog User, with her customer's group", async () => {
    const { message } = await signIn('Dana Kim');
    expect(message.error).toBeUndefined();
    expect(message.type).toBe('authorization_response');
    expect(message.response!.profile).toMatchObject({
      email: 'dana.kim@acme.example.com',
      displayName: 'Dana Kim',
    });
    expect(message.response!.backstageIdentity.identity).toEqual({
      type: 'user',
      userEntityRef: 'user:default/dana-acme',
      ownershipEntityRefs: ['user:default/dana-acme', 'group:default/acme'],
    });
    expect(message.response!.backstageIdentity.token).toMatch(
      /^[\w-]+\.[\w-]+\.[\w-]+$/,
    );
  });

  it('signs an Engagement Manager in with her support pod', async () => {
    const { message } = await signIn('Erin Moreau');
    expect(message.response!.backstageIdentity.identity).toMatchObject({
      userEntityRef: 'user:default/erin-em',
      ownershipEntityRefs: ['user:default/erin-em', 'group:default/pod-blue'],
    });
  });

  it('matches the email without regard to case', async () => {
    const { message } = await signIn('Dana Kim in capitals');
    expect(message.response!.backstageIdentity.identity.userEntityRef).toBe(
      'user:default/dana-acme',
    );
  });

  it('tells a person whose email no User has to ask their Engagement Manager', async () => {
    const { message } = await signIn('Pat Nobody');
    expect(message.response).toBeUndefined();
    expect(message.error).toEqual({
      name: 'NotAllowedError',
      message:
        'No one in the portal has the email pat.nobody@elsewhere.example.com: ask your Engagement Manager to add you',
    });
  });

  it('keeps the session: a refresh signs the same person in again, through the refresh token', async () => {
    const { browser } = await signIn('Dana Kim');
    expect([...browser.cookies(backendUrl).keys()]).toContain(
      'oidc-refresh-token',
    );
    const refreshed = await browser.fetch(
      `${backendUrl}/api/auth/oidc/refresh?env=development`,
      { headers: { 'X-Requested-With': 'XMLHttpRequest' } },
    );
    expect(refreshed.status).toBe(200);
    const body = await refreshed.json();
    expect(body.backstageIdentity.identity.userEntityRef).toBe(
      'user:default/dana-acme',
    );
  });

  it('answers 503 naming the address when the provider of an environment does not answer', async () => {
    const response = await fetch(
      `${backendUrl}/api/auth/oidc/start?env=unreachable&scope=openid`,
      { redirect: 'manual' },
    );
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body.error.message).toMatch(
      /^The OpenID Connect provider does not answer at http:\/\/127\.0\.0\.1:\d+\/\.well-known\/openid-configuration/,
    );
  });
});
