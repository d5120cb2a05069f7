import {
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import { Request } from 'express';

type WriterCredentials = BackstageCredentials<
  BackstageUserPrincipal | BackstageServicePrincipal
>;

/** Who made a request: a user's entity ref or a service's subject, e.g. `alertmanager` for a static token. */
export function principalRef(credentials: WriterCredentials): string {
  const { principal } = credentials;
  return principal.type === 'user'
    ? principal.userEntityRef
    : principal.subject;
}

/**
 * The check of a writing request: a signed-in user or a service whom the permission policy
 * allows every permission given, or a 403 naming those missing. A service calling with a static
 * token is judged by its access restrictions in `backend.auth.externalAccess`.
 */
export function writerCheck(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
}) {
  return async (
    req: Request,
    ...required: BasicPermission[]
  ): Promise<WriterCredentials> => {
    const credentials = await options.httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const decisions = await options.permissions.authorize(
      required.map(permission => ({ permission })),
      { credentials },
    );
    const denied = required.filter(
      (_, i) => decisions[i].result !== AuthorizeResult.ALLOW,
    );
    if (denied.length > 0) {
      throw new NotAllowedError(
        `${principalRef(credentials)} lacks the permission ${denied
          .map(p => p.name)
          .join(' and ')}`,
      );
    }
    return credentials;
  };
}
