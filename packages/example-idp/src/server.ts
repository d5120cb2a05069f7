// The example identity provider: a real OpenID Connect provider (oidc-provider) whose accounts are
// the example personas, with a login page that signs in with one click and grants what is asked.
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, {
  type Account,
  type Adapter,
  type AdapterPayload,
  type Interaction,
  type InteractionResults,
} from 'oidc-provider';
import { readExampleAccounts, type ExampleAccount } from './accounts.ts';
import { errorPage, loginPage } from './pages.ts';
import { refuseProduction } from './production.ts';

/** A relying party allowed to sign in through the provider, e.g. the portal's backend. */
export interface ExampleIdpClient {
  clientId: string;
  clientSecret: string;
  /** Where the provider may send the browser back, e.g. `<backend>/api/auth/oidc/handler/frame`. */
  redirectUris: string[];
}

export interface ExampleIdpOptions {
  /** The org file whose Users with an email are the accounts, e.g. examples/org.yaml. */
  orgFile: string;
  /** Accounts in addition to the org file's, e.g. one the portal's catalog does not know. */
  extraAccounts?: ExampleAccount[];
  clients: ExampleIdpClient[];
  /** The port to listen on; 0 picks a free one. Default 7008. */
  port?: number;
  /** The address to listen on. Default 127.0.0.1: the provider is for this machine only. */
  host?: string;
  /** The issuer identifier. Default `http://localhost:<port>`. */
  issuer?: string;
  /** The environment to check for production. Default process.env. */
  env?: NodeJS.ProcessEnv;
}

export interface ExampleIdp {
  issuer: string;
  /** The discovery document, what Backstage's `metadataUrl` points at. */
  metadataUrl: string;
  port: number;
  accounts: ExampleAccount[];
  close(): Promise<void>;
}

export const defaultPort = 7008;

/** Tokens, sessions and grants live in memory: a restart signs everyone out, as intended. */
function memoryAdapter(): (model: string) => Adapter {
  const store = new Map<
    string,
    { payload: AdapterPayload; expiresAt: number }
  >();
  const live = (key: string) => {
    const entry = store.get(key);
    if (entry && entry.expiresAt <= Date.now()) {
      store.delete(key);
      return undefined;
    }
    return entry?.payload;
  };
  const sweep = () => {
    const now = Date.now();
    for (const [key, entry] of store) {
      if (entry.expiresAt <= now) store.delete(key);
    }
  };
  return model => {
    const key = (id: string) => `${model}:${id}`;
    const findBy = async (field: 'uid' | 'userCode', value: string) => {
      for (const [entryKey] of store) {
        if (!entryKey.startsWith(`${model}:`)) continue;
        const payload = live(entryKey);
        if (payload?.[field] === value) return payload;
      }
      return undefined;
    };
    return {
      async upsert(id, payload, expiresIn) {
        sweep();
        store.set(key(id), {
          payload,
          expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : Infinity,
        });
      },
      async find(id) {
        return live(key(id));
      },
      findByUid: uid => findBy('uid', uid),
      findByUserCode: userCode => findBy('userCode', userCode),
      async consume(id) {
        const payload = live(key(id));
        if (payload) payload.consumed = Math.floor(Date.now() / 1000);
      },
      async destroy(id) {
        store.delete(key(id));
      },
      async revokeByGrantId(grantId) {
        for (const [entryKey, entry] of store) {
          if (entry.payload.grantId === grantId) store.delete(entryKey);
        }
      },
    };
  };
}

function signingKey(): Record<string, unknown> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    ...privateKey.export({ format: 'jwk' }),
    kid: randomUUID(),
    alg: 'RS256',
    use: 'sig',
  };
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 10_000) throw new Error('form too large');
  }
  return new URLSearchParams(body);
}

function send(res: ServerResponse, status: number, html: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(html);
}

function redirect(res: ServerResponse, location: string): void {
  res.statusCode = 303;
  res.setHeader('Location', location);
  res.setHeader('Content-Length', '0');
  res.end();
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/**
 * Starts the example identity provider. Refuses production (throws ProductionRefusedError) before
 * it reads anything or opens a port.
 */
export async function startExampleIdp(
  options: ExampleIdpOptions,
): Promise<ExampleIdp> {
  refuseProduction(options.env);
  const accounts = [
    ...(await readExampleAccounts(options.orgFile)),
    ...(options.extraAccounts ?? []),
  ];
  if (new Set(accounts.map(account => account.id)).size !== accounts.length) {
    throw new Error('Two example accounts have the same id');
  }

  const server = createServer();
  const port = await listen(
    server,
    options.port ?? defaultPort,
    options.host ?? '127.0.0.1',
  );
  const issuer = options.issuer ?? `http://localhost:${port}`;
  try {
    return serve(server, port, issuer, accounts, options.clients);
  } catch (error) {
    server.close();
    throw error;
  }
}

function serve(
  server: Server,
  port: number,
  issuer: string,
  accounts: ExampleAccount[],
  clients: ExampleIdpClient[],
): ExampleIdp {
  const byId = new Map(accounts.map(account => [account.id, account]));
  const provider = new Provider(issuer, {
    adapter: memoryAdapter(),
    clients: clients.map(client => ({
      client_id: client.clientId,
      client_secret: client.clientSecret,
      redirect_uris: client.redirectUris,
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    })),
    jwks: { keys: [signingKey()] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name'],
    },
    scopes: ['openid', 'offline_access', 'profile', 'email'],
    responseTypes: ['code'],
    features: { devInteractions: { enabled: false } },
    interactions: {
      url: (_ctx, interaction) => `/interaction/${interaction.uid}`,
    },
    async findAccount(_ctx, sub): Promise<Account | undefined> {
      const account = byId.get(sub);
      if (!account) return undefined;
      return {
        accountId: account.id,
        claims: () => ({
          sub: account.id,
          email: account.email,
          email_verified: true,
          name: account.name,
        }),
      };
    },
    // Backstage keeps the session with a refresh token: issue one to every client allowed the
    // grant, also without offline_access (which a prompt other than consent would drop).
    issueRefreshToken: (_ctx, client) =>
      client.grantTypeAllowed('refresh_token'),
    clientBasedCORS: () => false,
    renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = errorPage(
        out.error_description ?? out.error,
        'Start the sign-in again from the portal.',
      );
    },
    ttl: {
      AccessToken: 60 * 60,
      AuthorizationCode: 60,
      IdToken: 60 * 60,
      RefreshToken: 14 * 24 * 60 * 60,
      Interaction: 60 * 60,
      Session: 14 * 24 * 60 * 60,
      Grant: 14 * 24 * 60 * 60,
    },
  });
  const oidc = provider.callback();

  /** Grants whatever the client asked for: the persona chooser is the only step. */
  async function grantAll(details: Interaction): Promise<string> {
    const accountId = details.session!.accountId;
    const grant =
      (details.grantId && (await provider.Grant.find(details.grantId))) ||
      new provider.Grant({
        accountId,
        clientId: String(details.params.client_id),
      });
    const { missingOIDCScope, missingOIDCClaims, missingResourceScopes } =
      details.prompt.details;
    if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(' '));
    if (missingOIDCClaims) grant.addOIDCClaims(missingOIDCClaims);
    for (const [resource, scopes] of Object.entries(
      missingResourceScopes ?? {},
    )) {
      grant.addResourceScope(resource, scopes.join(' '));
    }
    return grant.save();
  }

  async function handleInteraction(
    req: IncomingMessage,
    res: ServerResponse,
    uid: string,
    action: string | undefined,
  ): Promise<void> {
    let details: Interaction;
    try {
      details = await provider.interactionDetails(req, res);
    } catch {
      send(
        res,
        400,
        errorPage(
          'This sign-in has expired or was started in another browser.',
          'Start the sign-in again from the portal.',
        ),
      );
      return;
    }
    if (details.uid !== uid) {
      send(res, 400, errorPage('This sign-in is not the current one.'));
      return;
    }
    // Keeps the login of this interaction with the consent: with prompt=login the provider
    // would otherwise ask for the login again.
    const finish = async (result: InteractionResults) =>
      redirect(res, await provider.interactionResult(req, res, result));

    if (req.method === 'GET' && !action) {
      if (details.prompt.name === 'login') {
        send(
          res,
          200,
          loginPage({
            uid,
            clientId: String(details.params.client_id),
            accounts,
          }),
        );
      } else if (details.prompt.name === 'consent') {
        await finish({ consent: { grantId: await grantAll(details) } });
      } else {
        send(res, 400, errorPage(`Unsupported prompt ${details.prompt.name}.`));
      }
      return;
    }
    if (req.method === 'POST' && action === 'login') {
      const accountId = (await readForm(req)).get('account') ?? '';
      if (details.prompt.name !== 'login' || !byId.has(accountId)) {
        send(
          res,
          400,
          errorPage(`No example persona has the id "${accountId}".`),
        );
        return;
      }
      await finish({ login: { accountId } });
      return;
    }
    if (req.method === 'POST' && action === 'abort') {
      await finish({
        error: 'access_denied',
        error_description:
          'The sign-in was cancelled at the example identity provider',
      });
      return;
    }
    send(res, 405, errorPage('Method not allowed.'));
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const { pathname } = new URL(req.url ?? '/', issuer);
    const match = /^\/interaction\/([^/]+)(?:\/(login|abort))?$/.exec(pathname);
    if (!match) {
      oidc(req, res);
      return;
    }
    handleInteraction(req, res, decodeURIComponent(match[1]), match[2]).catch(
      (error: unknown) => {
        if (res.headersSent) {
          res.destroy();
          return;
        }
        send(res, 500, errorPage(`The sign-in failed: ${String(error)}`));
      },
    );
  });

  return {
    issuer,
    metadataUrl: `${issuer}/.well-known/openid-configuration`,
    port,
    accounts,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close(error => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
