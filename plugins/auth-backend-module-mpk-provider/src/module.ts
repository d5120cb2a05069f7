import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  authProvidersExtensionPoint,
  createOAuthProviderFactory,
} from '@backstage/plugin-auth-node';
import { oidcAuthenticatorWithRetry } from './authenticator';
import { createEmailMatchingCatalogUserResolver } from './resolver';

/**
 * Sign-in through OpenID Connect (provider id `oidc`, configured under
 * `auth.providers.oidc.<environment>`) as the catalog User whose profile email is the verified
 * email claim. Replaces `@backstage/plugin-auth-backend-module-oidc-provider`: do not add both.
 */
export const authModuleMpkProvider = createBackendModule({
  pluginId: 'auth',
  moduleId: 'mpk-provider',
  register(reg) {
    reg.registerInit({
      deps: {
        providers: authProvidersExtensionPoint,
        logger: coreServices.logger,
        config: coreServices.rootConfig,
      },
      async init({ providers, logger, config }) {
        // The provider of the app's environment is read at start, to report a problem at once;
        // another one (e.g. app-config.yaml's example provider in production) at its first use.
        const environment =
          config.getOptionalString('auth.environment') ?? 'development';
        const activeMetadataUrl = config.getOptionalString(
          `auth.providers.oidc.${environment}.metadataUrl`,
        );
        providers.registerProvider({
          providerId: 'oidc',
          factory: createOAuthProviderFactory({
            authenticator: oidcAuthenticatorWithRetry(logger, {
              discoverAtStart: envConfig =>
                envConfig.getString('metadataUrl') === activeMetadataUrl,
            }),
            signInResolver: createEmailMatchingCatalogUserResolver({
              trustedEmailIssuers: config.getOptionalStringArray(
                'auth.oidcTrustedEmailIssuers',
              ),
            }),
          }),
        });
      },
    });
  },
});
