import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { isClusterEntity } from '@mpk-portal/plugin-mpk-common';

/** Resolves a cluster reference the way users write it: `acme-prod` is `resource:default/acme-prod`. */
export function parseClusterRef(ref: string): CompoundEntityRef {
  return parseEntityRef(ref, {
    defaultKind: 'resource',
    defaultNamespace: 'default',
  });
}

/** The cluster a route's path names: `/clusters/:namespace/:name/...` is a Resource. */
export function clusterRefFromPath(params: {
  namespace: string;
  name: string;
}): CompoundEntityRef {
  return { kind: 'resource', namespace: params.namespace, name: params.name };
}

/** The catalog entity of a managed cluster, if the catalog has one the credentials may see. */
export async function findClusterEntity(
  catalog: CatalogService,
  ref: CompoundEntityRef,
  credentials: BackstageCredentials,
): Promise<Entity | undefined> {
  const entity = await catalog.getEntityByRef(ref, { credentials });
  return entity && isClusterEntity(entity) ? entity : undefined;
}

/** The catalog entity of a managed cluster; a `NotFoundError` when the catalog has none. */
export async function getClusterEntity(
  catalog: CatalogService,
  ref: CompoundEntityRef,
  credentials: BackstageCredentials,
): Promise<Entity> {
  const entity = await findClusterEntity(catalog, ref, credentials);
  if (!entity) {
    throw new NotFoundError(
      `No kubernetes-cluster ${stringifyEntityRef(ref)} in the catalog`,
    );
  }
  return entity;
}
