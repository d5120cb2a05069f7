import { JsonValue } from '@backstage/types';
import { ConfigReader } from '@backstage/config';
import { ConfigSources } from '@backstage/config-loader';
import { resolve } from 'node:path';
import {
  findDatabaseConfigProblem,
  findDatabaseConnectionProblem,
  findExternalAccessProblem,
  findMpkConfigProblem,
  findPipelineProblem,
  findSignInProblem,
  localAuthSessionSecret,
  localPipelineUrl,
} from './preflight';

jest.setTimeout(30_000);

function postgresConfig(connection: JsonValue) {
  return new ConfigReader({
    backend: { database: { client: 'pg', connection } },
  });
}

/** The server `npm test` makes sure of; its trust authentication accepts any password. */
function testServer() {
  const url = Object.entries(process.env).find(([name]) =>
    /^BACKSTAGE_TEST_DATABASE_POSTGRES\d+_CONNECTION_STRING$/.test(name),
  )?.[1];
  if (!url) {
    throw new Error(
      'Set BACKSTAGE_TEST_DATABASE_POSTGRES<major>_CONNECTION_STRING, as `npm test` does',
    );
  }
  const { hostname, port, username } = new URL(url);
  return { host: hostname, port: Number(port || 5432), user: username };
}

describe('findDatabaseConfigProblem', () => {
  it('names the missing password and the variable it comes from', () => {
    expect(
      findDatabaseConfigProblem(
        postgresConfig({ host: 'db', user: 'backstage', port: 5432 }),
      ),
    ).toBe(
      'backend.database.connection.password is not set (app-config.production.yaml reads it from POSTGRES_PASSWORD)',
    );
  });

  it('names a missing host first', () => {
    expect(
      findDatabaseConfigProblem(postgresConfig({ user: 'u', password: 'p' })),
    ).toBe(
      'backend.database.connection.host is not set (app-config.production.yaml reads it from POSTGRES_HOST)',
    );
  });

  it('accepts complete settings, a connection URL, and SQLite', () => {
    expect(
      findDatabaseConfigProblem(
        postgresConfig({ host: 'db', user: 'u', password: 'p' }),
      ),
    ).toBeUndefined();
    expect(
      findDatabaseConfigProblem(postgresConfig('postgresql://u:p@db/x')),
    ).toBeUndefined();
    expect(
      findDatabaseConfigProblem(
        new ConfigReader({
          backend: {
            database: { client: 'better-sqlite3', connection: ':memory:' },
          },
        }),
      ),
    ).toBeUndefined();
  });

  it('refuses an empty connection URL', () => {
    expect(findDatabaseConfigProblem(postgresConfig(' '))).toMatch(
      /^backend.database.connection is empty/,
    );
  });
});

describe('findDatabaseConnectionProblem', () => {
  it('lets a reachable server through', async () => {
    const server = testServer();
    await expect(
      findDatabaseConnectionProblem(
        postgresConfig({ ...server, password: 'any' }),
      ),
    ).resolves.toBeUndefined();
  });

  it('says where it could not connect, and why', async () => {
    const problem = await findDatabaseConnectionProblem(
      postgresConfig({
        host: '127.0.0.1',
        port: 1,
        user: 'backstage',
        password: 'x',
      }),
    );
    expect(problem).toBe(
      'cannot connect to PostgreSQL at 127.0.0.1:1 as backstage: connect ECONNREFUSED 127.0.0.1:1',
    );
  });

  it('reports a login the server refuses', async () => {
    const server = testServer();
    const problem = await findDatabaseConnectionProblem(
      postgresConfig({ ...server, user: 'no_such_role_mpk', password: 'x' }),
    );
    expect(problem).toMatch(
      /^cannot connect to PostgreSQL at .+ as no_such_role_mpk: role "no_such_role_mpk" does not exist$/,
    );
  });
});

describe('findExternalAccessProblem', () => {
  const staticToken = (options: Record<string, string>) =>
    new ConfigReader({
      backend: {
        auth: { externalAccess: [{ type: 'static', options }] },
      },
    });

  it('names a static token without a value and the variable it comes from', () => {
    expect(
      findExternalAccessProblem(staticToken({ subject: 'alertmanager' })),
    ).toBe(
      'backend.auth.externalAccess[0].options.token, the token of alertmanager, is not set (app-config.production.yaml reads it from MPK_ALERTMANAGER_TOKEN)',
    );
  });

  it('accepts a token, and no external access at all', () => {
    expect(
      findExternalAccessProblem(
        staticToken({ subject: 'alertmanager', token: 's3cret-token' }),
      ),
    ).toBeUndefined();
    expect(findExternalAccessProblem(new ConfigReader({}))).toBeUndefined();
  });
});

describe('findSignInProblem', () => {
  const provider = {
    metadataUrl: 'https://idp.example.com/.well-known/openid-configuration',
    clientId: 'portal',
    clientSecret: 'client-s3cret',
  };
  const signIn = (auth: JsonValue) => new ConfigReader({ auth } as any);

  it('names a missing setting of the production provider and the variable it comes from', () => {
    expect(
      findSignInProblem(
        signIn({
          environment: 'production',
          session: { secret: 'session-s3cret' },
          providers: {
            oidc: {
              development: provider,
              production: { ...provider, clientSecret: undefined },
            },
          },
        }),
      ),
    ).toBe(
      'auth.providers.oidc.production.clientSecret is not set (app-config.production.yaml reads it from OIDC_CLIENT_SECRET)',
    );
  });

  it('names the metadata URL first, when the production provider is missing entirely', () => {
    expect(
      findSignInProblem(
        signIn({
          environment: 'production',
          session: { secret: 'session-s3cret' },
          providers: { oidc: { development: provider } },
        }),
      ),
    ).toBe(
      'auth.providers.oidc.production.metadataUrl is not set (app-config.production.yaml reads it from OIDC_METADATA_URL)',
    );
  });

  it('names a missing session secret', () => {
    expect(
      findSignInProblem(
        signIn({ providers: { oidc: { development: provider } } }),
      ),
    ).toBe(
      'auth.session.secret is not set (app-config.production.yaml reads it from AUTH_SESSION_SECRET)',
    );
  });

  it('refuses the local session secret outside development, and accepts it in development', () => {
    const withLocalSecret = (environment: string) =>
      signIn({
        environment,
        session: { secret: localAuthSessionSecret },
        providers: { oidc: { [environment]: provider } },
      });
    expect(findSignInProblem(withLocalSecret('production'))).toBe(
      'auth.session.secret is the local value of app-config.yaml, not for the production environment: set AUTH_SESSION_SECRET',
    );
    expect(findSignInProblem(withLocalSecret('development'))).toBeUndefined();
  });

  it('accepts complete settings of the auth environment, development by default', () => {
    expect(
      findSignInProblem(
        signIn({
          session: { secret: 'session-s3cret' },
          providers: { oidc: { development: provider } },
        }),
      ),
    ).toBeUndefined();
    expect(
      findSignInProblem(
        signIn({
          environment: 'production',
          session: { secret: 'session-s3cret' },
          providers: { oidc: { production: provider } },
        }),
      ),
    ).toBeUndefined();
  });
});

describe('findPipelineProblem', () => {
  it('names a missing pipeline URL and the variable it comes from', () => {
    expect(
      findPipelineProblem(
        new ConfigReader({ mpk: { pipeline: { token: 't0ken' } } }),
      ),
    ).toBe(
      'mpk.pipeline.baseUrl is not set (app-config.production.yaml reads it from MPK_PIPELINE_URL)',
    );
  });

  it('refuses the local pipeline outside development, and names the variable to set', () => {
    const local = (environment: string) =>
      new ConfigReader({
        auth: { environment },
        mpk: { pipeline: { baseUrl: `${localPipelineUrl}/`, token: 't' } },
      });
    expect(findPipelineProblem(local('production'))).toBe(
      'mpk.pipeline.baseUrl is the local pipeline of app-config.yaml, which deploys nothing, not for the production environment: set MPK_PIPELINE_URL',
    );
    expect(findPipelineProblem(local('development'))).toBeUndefined();
  });

  it("sees app-config.yaml's local pipeline through the production config when MPK_PIPELINE_URL is unset", async () => {
    const productionWith = async (env: Record<string, string>) => {
      const repo = resolve(__dirname, '../../..');
      const config = await ConfigSources.toConfig(
        ConfigSources.default({
          argv: [
            '--config',
            resolve(repo, 'app-config.yaml'),
            '--config',
            resolve(repo, 'app-config.production.yaml'),
          ],
          substitutionFunc: async name => env[name],
        }),
      );
      try {
        return findPipelineProblem(config);
      } finally {
        config.close();
      }
    };
    expect(await productionWith({ MPK_PIPELINE_TOKEN: 't' })).toMatch(
      /^mpk.pipeline.baseUrl is the local pipeline of app-config.yaml/,
    );
    expect(
      await productionWith({
        MPK_PIPELINE_TOKEN: 't',
        MPK_PIPELINE_URL: 'https://ci.example.com/api/mpk',
      }),
    ).toBeUndefined();
  });

  it('accepts a complete pipeline, and none', () => {
    expect(
      findPipelineProblem(
        new ConfigReader({
          mpk: { pipeline: { baseUrl: 'https://ci.example', token: 't' } },
        }),
      ),
    ).toBeUndefined();
    expect(findPipelineProblem(new ConfigReader({}))).toBeUndefined();
  });
});

describe('findMpkConfigProblem', () => {
  it('names a contract time zone that does not exist, in one line', () => {
    expect(
      findMpkConfigProblem(
        new ConfigReader({ mpk: { contract: { timeZone: 'Mars/Phobos' } } }),
      ),
    ).toBe(
      'Invalid configuration: mpk.contract.timeZone: is not an IANA time zone',
    );
  });

  it('accepts the defaults', () => {
    expect(findMpkConfigProblem(new ConfigReader({}))).toBeUndefined();
  });
});
