import { Config } from '@backstage/config';
import { ConfigSources } from '@backstage/config-loader';
import { readMpkConfig } from '@mpk-portal/plugin-mpk-backend';
import {
  MissingPipelineSettingError,
  readPipelineSettings,
} from '@mpk-portal/plugin-scaffolder-backend-module-mpk';
import { Client } from 'pg';

const connectTimeoutMs = 5000;

// Not `instanceof Error`: errors from the pg driver can come from another realm (e.g. under jest).
function messageOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error
    ? String(error.message)
    : String(error);
}

/** Where each PostgreSQL connection setting comes from in app-config.production.yaml. */
const postgresSettings = [
  ['host', 'POSTGRES_HOST'],
  ['user', 'POSTGRES_USER'],
  ['password', 'POSTGRES_PASSWORD'],
] as const;

/**
 * The first problem with the database settings that would stop the backend, as one sentence.
 * Without this check each plugin fails on its own with a stack trace, and the cause drowns.
 */
export function findDatabaseConfigProblem(config: Config): string | undefined {
  const client = config.getOptionalString('backend.database.client');
  if (client !== 'pg') {
    return undefined;
  }
  const connection = config.getOptional('backend.database.connection');
  if (typeof connection === 'string') {
    return connection.trim() === ''
      ? 'backend.database.connection is empty: give a postgresql:// URL or host, user and password'
      : undefined;
  }
  for (const [key, variable] of postgresSettings) {
    if (!config.getOptionalString(`backend.database.connection.${key}`)) {
      return `backend.database.connection.${key} is not set (app-config.production.yaml reads it from ${variable})`;
    }
  }
  return undefined;
}

/** Whether the configured PostgreSQL server lets the backend in, as one sentence if it does not. */
export async function findDatabaseConnectionProblem(
  config: Config,
): Promise<string | undefined> {
  if (config.getOptionalString('backend.database.client') !== 'pg') {
    return undefined;
  }
  const connection = config.get<string | Record<string, unknown>>(
    'backend.database.connection',
  );
  const settings =
    typeof connection === 'string'
      ? { connectionString: connection }
      : connection;
  const client = new Client({
    ...settings,
    connectionTimeoutMillis: connectTimeoutMs,
  });
  // A failed connection also emits 'error'; unhandled it would crash with a stack trace.
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    const where =
      typeof connection === 'string'
        ? 'the configured PostgreSQL URL'
        : `PostgreSQL at ${connection.host}:${connection.port ?? 5432} as ${
            connection.user
          }`;
    return `cannot connect to ${where}: ${messageOf(error)}`;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Where app-config.production.yaml reads each static token from. */
const tokenVariables: Record<string, string> = {
  alertmanager: 'MPK_ALERTMANAGER_TOKEN',
  'ticketing-system': 'MPK_TICKETING_TOKEN',
  'conformance-uploader': 'MPK_CONFORMANCE_TOKEN',
  'pipeline-trigger': 'MPK_PIPELINE_TOKEN',
};

/**
 * A static external-access token without a value, e.g. Alertmanager's when MPK_ALERTMANAGER_TOKEN
 * is unset in production, as one sentence.
 */
export function findExternalAccessProblem(config: Config): string | undefined {
  const entries =
    config.getOptionalConfigArray('backend.auth.externalAccess') ?? [];
  for (const [index, entry] of entries.entries()) {
    if (entry.getOptionalString('type') !== 'static') continue;
    if (!entry.getOptionalString('options.token')) {
      const subject = entry.getOptionalString('options.subject') ?? 'a caller';
      return `backend.auth.externalAccess[${index}].options.token, the token of ${subject}, is not set (app-config.production.yaml reads it from ${
        tokenVariables[subject] ?? 'an environment variable'
      })`;
    }
  }
  return undefined;
}

/** Where app-config.production.yaml reads each setting of the OpenID Connect provider from. */
const oidcVariables = {
  metadataUrl: 'OIDC_METADATA_URL',
  clientId: 'OIDC_CLIENT_ID',
  clientSecret: 'OIDC_CLIENT_SECRET',
};

/** The session secret of app-config.yaml, for local use only. */
export const localAuthSessionSecret = 'mpk-local-auth-session-secret';

/**
 * A sign-in that cannot work, as one sentence: a setting of the OpenID Connect provider of the auth
 * environment (`auth.environment`, by default development) or the session secret missing, or the
 * local session secret outside development (app-config.yaml's value shows through when
 * AUTH_SESSION_SECRET is unset).
 */
export function findSignInProblem(config: Config): string | undefined {
  const environment =
    config.getOptionalString('auth.environment') ?? 'development';
  const provider = `auth.providers.oidc.${environment}`;
  for (const [key, variable] of Object.entries(oidcVariables)) {
    if (!config.getOptionalString(`${provider}.${key}`)) {
      return `${provider}.${key} is not set (app-config.production.yaml reads it from ${variable})`;
    }
  }
  const secret = config.getOptionalString('auth.session.secret');
  if (!secret) {
    return 'auth.session.secret is not set (app-config.production.yaml reads it from AUTH_SESSION_SECRET)';
  }
  if (environment !== 'development' && secret === localAuthSessionSecret) {
    return `auth.session.secret is the local value of app-config.yaml, not for the ${environment} environment: set AUTH_SESSION_SECRET`;
  }
  return undefined;
}

/** Where app-config.production.yaml reads each pipeline setting from. */
const pipelineVariables = {
  'mpk.pipeline.baseUrl': 'MPK_PIPELINE_URL',
  'mpk.pipeline.token': 'MPK_PIPELINE_TOKEN',
};

/** The local pipeline's address in app-config.yaml: it records runs and deploys nothing. */
export const localPipelineUrl = 'http://localhost:7007/api/mpk/pipeline';

/**
 * A deployment pipeline configured without its URL or token, or outside development the local
 * pipeline (app-config.yaml's address shows through when MPK_PIPELINE_URL is unset), as one
 * sentence.
 */
export function findPipelineProblem(config: Config): string | undefined {
  let settings;
  try {
    settings = readPipelineSettings(config);
  } catch (error) {
    if (!(error instanceof MissingPipelineSettingError)) throw error;
    return `${error.message} (app-config.production.yaml reads it from ${
      pipelineVariables[error.key]
    })`;
  }
  const environment =
    config.getOptionalString('auth.environment') ?? 'development';
  if (
    environment !== 'development' &&
    settings?.baseUrl.replace(/\/+$/, '') === localPipelineUrl
  ) {
    return `mpk.pipeline.baseUrl is the local pipeline of app-config.yaml, which deploys nothing, not for the ${environment} environment: set MPK_PIPELINE_URL`;
  }
  return undefined;
}

/** A bad `mpk.*` setting of the mpk backend plugin, e.g. a time zone that does not exist. */
export function findMpkConfigProblem(config: Config): string | undefined {
  try {
    readMpkConfig(config);
    return undefined;
  } catch (error) {
    return messageOf(error);
  }
}

/** Loads the configuration the way the backend will, and returns the first startup problem. */
export async function findStartupProblem(
  argv: string[],
): Promise<string | undefined> {
  let config;
  try {
    config = await ConfigSources.toConfig(ConfigSources.default({ argv }));
  } catch (error) {
    return `the configuration cannot be loaded: ${messageOf(error)}`;
  }
  try {
    return (
      findDatabaseConfigProblem(config) ??
      (await findDatabaseConnectionProblem(config)) ??
      findExternalAccessProblem(config) ??
      findSignInProblem(config) ??
      findPipelineProblem(config) ??
      findMpkConfigProblem(config)
    );
  } finally {
    config.close();
  }
}
