import type { LoggerService } from '@backstage/backend-plugin-api';
import { ServiceUnavailableError } from '@backstage/errors';
import {
  oidcAuthenticator,
  type OidcAuthResult,
} from '@backstage/plugin-auth-backend-module-oidc-provider';
import {
  createOAuthAuthenticator,
  type OAuthAuthenticator,
} from '@backstage/plugin-auth-node';

type OidcContext = ReturnType<typeof oidcAuthenticator.initialize>;

/** The context of {@link oidcAuthenticatorWithRetry}: the upstream one, once discovery worked. */
export interface RetryingOidcContext {
  ready(): Promise<OidcContext>;
}

type EnvironmentConfig = Parameters<
  typeof oidcAuthenticator.initialize
>[0]['config'];

export interface OidcAuthenticatorWithRetryOptions {
  /**
   * Whether to read an environment's provider metadata when the backend starts (default: every
   * environment), which reports an unreachable provider at once; the others read it at their first
   * sign-in.
   */
  discoverAtStart?: (config: EnvironmentConfig) => boolean;
  authenticator?: typeof oidcAuthenticator;
}

/**
 * Backstage's OIDC authenticator, except that a provider whose metadata could not be read (e.g. the
 * example identity provider started after the backend) is asked again at the next sign-in instead
 * of failing until a restart, a failure is logged as one warning rather than an unhandled
 * rejection, and environments may read their metadata at their first sign-in only.
 */
export function oidcAuthenticatorWithRetry(
  logger: LoggerService,
  options: OidcAuthenticatorWithRetryOptions = {},
): OAuthAuthenticator<RetryingOidcContext, OidcAuthResult> {
  const authenticator = options.authenticator ?? oidcAuthenticator;
  return createOAuthAuthenticator({
    defaultProfileTransform: authenticator.defaultProfileTransform,
    scopes: authenticator.scopes,
    initialize(init) {
      const metadataUrl = init.config.getString('metadataUrl');
      const discover = () => {
        const context = authenticator.initialize(init);
        context.promise.catch(error =>
          logger.warn(
            `Sign-in through OpenID Connect cannot read the provider metadata at ${metadataUrl}: ${error}; it will try again at the next sign-in`,
          ),
        );
        return context;
      };
      let current: OidcContext | undefined =
        options.discoverAtStart?.(init.config) ?? true ? discover() : undefined;
      /** The context once its discovery succeeded; a failed one is forgotten, to try again. */
      const settled = async (attempt: OidcContext) => {
        try {
          await attempt.promise;
          return attempt;
        } catch (error) {
          if (current === attempt) current = undefined;
          throw error;
        }
      };
      return {
        async ready() {
          if (current) {
            try {
              return await settled(current);
            } catch {
              // Read at start and failed then: once more, now.
            }
          }
          current ??= discover();
          try {
            return await settled(current);
          } catch (error) {
            throw new ServiceUnavailableError(
              `The OpenID Connect provider does not answer at ${metadataUrl}`,
              error,
            );
          }
        },
      };
    },
    async start(input, ctx) {
      return authenticator.start(input, await ctx.ready());
    },
    async authenticate(input, ctx) {
      return authenticator.authenticate(input, await ctx.ready());
    },
    async refresh(input, ctx) {
      return authenticator.refresh(input, await ctx.ready());
    },
    async logout(input, ctx) {
      return authenticator.logout?.(input, await ctx.ready());
    },
  });
}
