import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import { MpkApiClient, mpkData } from '@mpk-portal/plugin-mpk-client';
import {
  Design,
  DesignPublishRequest,
  DesignVersion,
  DesignVersionRecord,
} from '@mpk-portal/plugin-mpk-common';

/**
 * The mpk backend's refusal of a design request, with the backend's own message (e.g. the 409
 * that names the version the customer accepted).
 */
export class DesignsBackendError extends Error {
  readonly statusCode: number;

  constructor(what: string, error: ResponseError) {
    const reason = error.cause?.message || error.message;
    const status = [error.statusCode, error.statusText].filter(Boolean);
    super(`The mpk backend refused ${what} (${status.join(' ')}): ${reason}`);
    this.name = 'DesignsBackendError';
    this.statusCode = error.statusCode;
  }
}

/**
 * The design routes of the mpk backend (`/designs`), called on behalf of the person who runs the
 * template, so that the backend checks that person's own permission (`mpk.design.publish` for the
 * Lead Architect's publish, `mpk.design.provision` for provisioning).
 */
export class DesignsClient {
  private readonly client: MpkApiClient;

  constructor(
    private readonly deps: {
      discovery: Pick<DiscoveryService, 'getBaseUrl'>;
      auth: Pick<AuthService, 'getPluginRequestToken'>;
      fetch?: typeof fetch;
    },
  ) {
    this.client = new MpkApiClient({
      discoveryApi: deps.discovery,
      fetchApi: deps.fetch && { fetch: deps.fetch },
    });
  }

  /** `POST /designs/{name}/versions`: the design, with its new version (or the latest, same content). */
  async publish(
    name: string,
    request: DesignPublishRequest,
    onBehalfOf: BackstageCredentials,
  ): Promise<Design> {
    return this.call(`publishing design ${name}`, async headers =>
      mpkData(
        await this.client.post('/designs/{name}/versions', {
          headers,
          params: { path: { name } },
          body: request,
        }),
      ),
    )(onBehalfOf);
  }

  /** `GET /designs/{name}`: the design with its versions; undefined when there is none. */
  async get(
    name: string,
    onBehalfOf: BackstageCredentials,
  ): Promise<Design | undefined> {
    try {
      return await this.call(`reading design ${name}`, async headers =>
        mpkData(
          await this.client.get('/designs/{name}', {
            headers,
            params: { path: { name } },
          }),
        ),
      )(onBehalfOf);
    } catch (error) {
      if (error instanceof DesignsBackendError && error.statusCode === 404) {
        return undefined;
      }
      throw error;
    }
  }

  /**
   * `POST /designs/{name}/versions/{version}/provisioning`: records that a version is being
   * provisioned; the backend refuses (409) a version the customer has not accepted.
   */
  async recordProvisioning(
    name: string,
    version: number,
    contentHash: string,
    onBehalfOf: BackstageCredentials,
  ): Promise<Design> {
    return this.call(
      `provisioning version ${version} of design ${name}`,
      async headers =>
        mpkData(
          await this.client.post(
            '/designs/{name}/versions/{version}/provisioning',
            {
              headers,
              params: { path: { name, version } },
              body: { contentHash },
            },
          ),
        ),
    )(onBehalfOf);
  }

  private call<T>(
    what: string,
    fn: (headers: { Authorization: string }) => Promise<T>,
  ) {
    return async (onBehalfOf: BackstageCredentials): Promise<T> => {
      const { token } = await this.deps.auth.getPluginRequestToken({
        onBehalfOf,
        targetPluginId: 'mpk',
      });
      try {
        return await fn({ Authorization: `Bearer ${token}` });
      } catch (error) {
        if (ResponseError.is(error)) {
          throw new DesignsBackendError(what, error);
        }
        throw error;
      }
    };
  }
}

/** The latest version of a design whose content has this hash. */
export function versionWithHash(
  design: Design,
  contentHash: string,
): DesignVersion | undefined {
  return [...design.versions]
    .reverse()
    .find(v => v.contentHash === contentHash);
}

/**
 * A version as the API answers it, as the onboarding rules of mpk-common see it (e.g. for their
 * `describeAcceptedVersion`), with its decision even once superseded.
 */
export function versionRecordOf(version: DesignVersion): DesignVersionRecord {
  return {
    version: version.version,
    contentHash: version.contentHash,
    state: version.state,
    publishedAt: version.publishedAt,
    decision: version.decision,
    decidedBy: version.decidedBy,
    decidedAt: version.decidedAt,
    comment: version.comment,
    provisionedAt: version.provisionedAt,
  };
}
