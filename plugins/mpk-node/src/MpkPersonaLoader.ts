import { AuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  groupRefsOf,
  MpkPersona,
  personaOf,
} from '@mpk-portal/plugin-mpk-common';

/** How long a persona is reused: a changed role or membership takes effect within this time. */
const DEFAULT_TTL_MS = 30_000;

/**
 * Finds who a signed-in person is in the service (role, pods, customers) from their User entity
 * and its groups in the catalog, read with the caller's own service credentials. Each persona is
 * kept briefly, since every permission decision of a request needs it.
 * @public
 */
export class MpkPersonaLoader {
  private readonly cache = new Map<
    string,
    { persona: Promise<MpkPersona>; expiresAt: number }
  >();

  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      ttlMs?: number;
      now?: () => number;
    },
  ) {}

  load(userEntityRef: string): Promise<MpkPersona> {
    const now = (this.deps.now ?? Date.now)();
    const cached = this.cache.get(userEntityRef);
    if (cached && cached.expiresAt > now) return cached.persona;
    const persona = this.read(userEntityRef);
    this.cache.set(userEntityRef, {
      persona,
      expiresAt: now + (this.deps.ttlMs ?? DEFAULT_TTL_MS),
    });
    // A failed read (e.g. the catalog restarting) is not kept.
    persona.catch(() => this.cache.delete(userEntityRef));
    return persona;
  }

  private async read(userEntityRef: string): Promise<MpkPersona> {
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    const user = await this.deps.catalog.getEntityByRef(userEntityRef, {
      credentials,
    });
    const groupRefs = user ? groupRefsOf(user) : [];
    const { items } = groupRefs.length
      ? await this.deps.catalog.getEntitiesByRefs(
          { entityRefs: groupRefs, fields: ['kind', 'metadata', 'spec.type'] },
          { credentials },
        )
      : { items: [] };
    return personaOf(
      userEntityRef,
      user,
      items.filter(
        (item): item is NonNullable<typeof item> => item !== undefined,
      ),
    );
  }
}
