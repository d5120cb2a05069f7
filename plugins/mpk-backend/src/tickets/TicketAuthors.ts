import { AuthService } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { knownServiceName } from '@mpk-portal/plugin-mpk-common';
import { MpkPersonaLoader } from '@mpk-portal/plugin-mpk-node';
import { CallerCredentials } from '../platform/access/principalRef';
import { CommentAuthor } from './TicketService';

/** The column's size: a longer display name is cut. */
const MAX_NAME_LENGTH = 255;

/**
 * Who writes in a ticket's conversation: the caller's ref, the name shown with the comment (a
 * user's display name in the catalog), and the side they write for: the provider's staff, a
 * customer's people (anyone signed in who is not provider staff), or a service.
 */
export class TicketAuthors {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      personas: Pick<MpkPersonaLoader, 'load'>;
    },
  ) {}

  async of(credentials: CallerCredentials): Promise<CommentAuthor> {
    const { principal } = credentials;
    if (principal.type === 'service') {
      return {
        ref: principal.subject,
        // A known service's name, else its subject.
        name: (knownServiceName(principal.subject) ?? principal.subject).slice(
          0,
          MAX_NAME_LENGTH,
        ),
        side: 'service',
      };
    }
    const ref = principal.userEntityRef;
    const [persona, user] = await Promise.all([
      this.deps.personas.load(ref),
      this.deps.catalog.getEntityByRef(ref, {
        credentials: await this.deps.auth.getOwnServiceCredentials(),
      }),
    ]);
    const displayName = user?.spec?.profile as
      | { displayName?: unknown }
      | undefined;
    const name =
      typeof displayName?.displayName === 'string' &&
      displayName.displayName.trim()
        ? displayName.displayName.trim()
        : parseEntityRef(ref).name;
    return {
      ref,
      name: name.slice(0, MAX_NAME_LENGTH),
      side: persona.kind === 'provider' ? 'provider' : 'customer',
    };
  }
}
