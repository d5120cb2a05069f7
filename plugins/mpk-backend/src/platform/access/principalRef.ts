import {
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';

/** The credentials of a caller the plugin serves: a signed-in user or a backend service. */
export type CallerCredentials = BackstageCredentials<
  BackstageUserPrincipal | BackstageServicePrincipal
>;

/** Who made a request: a user's entity ref or a service's subject, e.g. `alertmanager` for a static token. */
export function principalRef(credentials: CallerCredentials): string {
  const { principal } = credentials;
  return principal.type === 'user'
    ? principal.userEntityRef
    : principal.subject;
}
