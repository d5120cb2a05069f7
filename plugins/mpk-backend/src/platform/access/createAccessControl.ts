import {
  AuthService,
  HttpAuthService,
  PermissionsRegistryService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  isResourcePermission,
  Permission,
} from '@backstage/plugin-permission-common';
import {
  MPK_CLUSTER_RESOURCE_TYPE,
  MPK_CUSTOMER_RESOURCE_TYPE,
  mpkPermissions,
} from '@mpk-portal/plugin-mpk-common';
import {
  mpkClusterPermissionResourceRef,
  mpkClusterPermissionRules,
  mpkCustomerPermissionResourceRef,
  mpkCustomerPermissionRules,
} from '@mpk-portal/plugin-mpk-node';
import { clusterResourceOf } from './clusterResources';
import { MpkAccessControl } from './MpkAccessControl';

const ofResourceType = (resourceType: string): Permission[] =>
  mpkPermissions.filter(permission =>
    isResourcePermission(permission, resourceType),
  );

/**
 * Registers the plugin's permissions, its resource types (clusters and customers) with their
 * rules and loaders, and returns the checks its routes make.
 */
export function createAccessControl(deps: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  permissionsRegistry: PermissionsRegistryService;
  catalog: CatalogService;
  auth: AuthService;
}): MpkAccessControl {
  const { permissionsRegistry, catalog, auth } = deps;
  permissionsRegistry.addResourceType({
    resourceRef: mpkClusterPermissionResourceRef,
    permissions: ofResourceType(MPK_CLUSTER_RESOURCE_TYPE),
    rules: Object.values(mpkClusterPermissionRules),
    async getResources(refs) {
      const { items } = await catalog.getEntitiesByRefs(
        { entityRefs: refs },
        { credentials: await auth.getOwnServiceCredentials() },
      );
      return items.map(entity => entity && clusterResourceOf(entity));
    },
  });
  permissionsRegistry.addResourceType({
    resourceRef: mpkCustomerPermissionResourceRef,
    permissions: ofResourceType(MPK_CUSTOMER_RESOURCE_TYPE),
    rules: Object.values(mpkCustomerPermissionRules),
    // A customer's permissions depend on its name alone.
    getResources: async refs =>
      refs.map(ref => ({ name: parseEntityRef(ref).name })),
  });
  permissionsRegistry.addPermissions(
    mpkPermissions.filter(permission => !isResourcePermission(permission)),
  );
  return new MpkAccessControl({
    ...deps,
    clusterRules: permissionsRegistry.getPermissionRuleset(
      mpkClusterPermissionResourceRef,
    ),
    customerRules: permissionsRegistry.getPermissionRuleset(
      mpkCustomerPermissionResourceRef,
    ),
  });
}
