import {
  AuthService,
  BackstageCredentials,
  BackstagePrincipalAccessRestrictions,
  BackstagePrincipalTypes,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { AuthenticationError } from '@backstage/errors';

const PREFIX = 'test-credentials:';

type Principal =
  | { type: 'user'; userEntityRef: string; actor?: { subject: string } }
  | {
      type: 'service';
      subject: string;
      accessRestrictions?: BackstagePrincipalAccessRestrictions;
    }
  | { type: 'none' };

const credentialsOf = (principal: Principal) =>
  ({
    $$type: '@backstage/BackstageCredentials',
    principal,
  } as BackstageCredentials);

const tokenOf = (principal: Principal) =>
  `${PREFIX}${Buffer.from(JSON.stringify(principal)).toString('base64url')}`;

/** The Authorization header of a signed-in user. */
export const userHeader = (userEntityRef: string) =>
  `Bearer ${tokenOf({ type: 'user', userEntityRef })}`;

/** The Authorization header of a static token with its access restrictions, as in app-config.yaml. */
export const staticTokenHeader = (subject: string, permissionNames: string[]) =>
  `Bearer ${tokenOf({
    type: 'service',
    subject,
    accessRestrictions: { permissionNames },
  })}`;

/** The Authorization header of another backend plugin, which no restriction holds. */
export const pluginHeader = (pluginId: string) =>
  `Bearer ${tokenOf({ type: 'service', subject: `plugin:${pluginId}` })}`;

/**
 * An auth service whose tokens carry what the real one's do and the mock's do not: a plugin's
 * token on behalf of a user names the plugin as the user's actor (the permission backend then
 * accepts the plugin's conditional queries), and a static token keeps its access restrictions.
 * Used with the real HTTP auth service, it makes the permission system behave as in production.
 */
export const testAuthServiceFactory = createServiceFactory({
  service: coreServices.auth,
  deps: { plugin: coreServices.pluginMetadata },
  factory({ plugin }): AuthService {
    const pluginId = plugin.getId();
    return {
      async authenticate(token) {
        if (!token.startsWith(PREFIX)) {
          throw new AuthenticationError('Not a test token');
        }
        return credentialsOf(
          JSON.parse(
            Buffer.from(token.slice(PREFIX.length), 'base64url').toString(),
          ),
        ) as any;
      },
      isPrincipal<TType extends keyof BackstagePrincipalTypes>(
        credentials: BackstageCredentials,
        type: TType,
      ): credentials is BackstageCredentials<BackstagePrincipalTypes[TType]> {
        const { principal } = credentials as BackstageCredentials<Principal>;
        return type === 'unknown' || principal.type === type;
      },
      async getNoneCredentials() {
        return credentialsOf({ type: 'none' }) as any;
      },
      async getOwnServiceCredentials() {
        return credentialsOf({
          type: 'service',
          subject: `plugin:${pluginId}`,
        }) as any;
      },
      async getPluginRequestToken({ onBehalfOf }) {
        const principal = onBehalfOf.principal as Principal;
        return {
          token: tokenOf(
            principal.type === 'user'
              ? { ...principal, actor: { subject: `plugin:${pluginId}` } }
              : principal,
          ),
        };
      },
      async getLimitedUserToken(credentials) {
        return {
          token: tokenOf(credentials.principal as Principal),
          expiresAt: new Date(Date.now() + 3600_000),
        };
      },
      async listPublicServiceKeys() {
        return { keys: [] };
      },
    };
  },
});
