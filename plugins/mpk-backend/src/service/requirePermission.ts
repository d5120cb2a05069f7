import {
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';

/**
 * Refuses the request (403) unless the permission policy allows the caller the permission. A
 * service calling with a static token is judged by its access restrictions in
 * `backend.auth.externalAccess`.
 */
export async function requirePermission(
  permissions: PermissionsService,
  credentials: BackstageCredentials<
    BackstageUserPrincipal | BackstageServicePrincipal
  >,
  permission: BasicPermission,
): Promise<void> {
  const [decision] = await permissions.authorize([{ permission }], {
    credentials,
  });
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(
      `${principalRef(credentials)} lacks the permission ${permission.name}`,
    );
  }
}

/** Who made a request: a user's entity ref or a service's subject, e.g. `alertmanager` for a static token. */
export function principalRef(
  credentials: BackstageCredentials<
    BackstageUserPrincipal | BackstageServicePrincipal
  >,
): string {
  const { principal } = credentials;
  return principal.type === 'user'
    ? principal.userEntityRef
    : principal.subject;
}
