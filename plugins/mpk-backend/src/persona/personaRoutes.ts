import { NotAllowedError } from '@backstage/errors';
import { MpkPersonaLoader } from '@mpk-portal/plugin-mpk-node';
import { MpkAccessControl } from '../platform/access/MpkAccessControl';
import { MpkRouter } from '../platform/mpkRouter';

/**
 * `GET /persona`: who the signed-in user is in the service (role, pods or customers), so that
 * the screens can say what they show and why; the permission policy decides by the same facts.
 */
export function registerPersonaRoutes(
  router: MpkRouter,
  options: {
    access: Pick<MpkAccessControl, 'caller'>;
    personas: Pick<MpkPersonaLoader, 'load'>;
  },
): void {
  const { access, personas } = options;

  router.get('/persona', async (req, res) => {
    const credentials = await access.caller(req);
    if (credentials.principal.type !== 'user') {
      throw new NotAllowedError('Only a signed-in user has a persona');
    }
    res.json(await personas.load(credentials.principal.userEntityRef));
  });
}
