import {
  AuthService,
  HttpAuthService,
  PermissionsRegistryService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  mpkAlertmanagerReceivePermission,
  mpkClusterReadPermission,
  mpkConformanceUploadPermission,
  mpkCreditClaimPermission,
  mpkCreditReadPermission,
  mpkHealthReadPermission,
  mpkPipelineReadPermission,
  mpkPipelineRunPermission,
  mpkReleaseReadPermission,
  mpkTicketCreatePermission,
  mpkTicketReopenPermission,
  mpkTicketRespondPermission,
  mpkUpgradePlanUpdatePermission,
} from '@mpk-portal/plugin-mpk-common';
import {
  mpkClusterPermissionResourceRef,
  mpkClusterPermissionRules,
  mpkCustomerPermissionResourceRef,
  mpkCustomerPermissionRules,
} from '@mpk-portal/plugin-mpk-node';
import { clusterResourceOf } from './clusterResources';
import { MpkAccessControl } from './MpkAccessControl';

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
    permissions: [
      mpkClusterReadPermission,
      mpkTicketCreatePermission,
      mpkTicketRespondPermission,
      mpkTicketReopenPermission,
      mpkCreditClaimPermission,
      mpkUpgradePlanUpdatePermission,
      mpkConformanceUploadPermission,
    ],
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
    permissions: [mpkCreditReadPermission],
    rules: Object.values(mpkCustomerPermissionRules),
    // A customer's permissions depend on its name alone.
    getResources: async refs =>
      refs.map(ref => ({ name: parseEntityRef(ref).name })),
  });
  permissionsRegistry.addPermissions([
    mpkAlertmanagerReceivePermission,
    mpkPipelineRunPermission,
    mpkPipelineReadPermission,
    mpkReleaseReadPermission,
    mpkHealthReadPermission,
  ]);
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
