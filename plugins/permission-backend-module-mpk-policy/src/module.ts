import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { MpkPersonaLoader } from '@mpk-portal/plugin-mpk-node';
import { MpkPermissionPolicy } from './MpkPermissionPolicy';

/**
 * The permission policy of the Managed Platform for Kubernetes portal, in place of allow-all:
 * who may see and do what, by the role and groups each person has in the catalog.
 * @public
 */
export const permissionModuleMpkPolicy = createBackendModule({
  pluginId: 'permission',
  moduleId: 'mpk-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        policy: policyExtensionPoint,
        catalog: catalogServiceRef,
        auth: coreServices.auth,
      },
      async init({ policy, catalog, auth }) {
        policy.setPolicy(
          new MpkPermissionPolicy(new MpkPersonaLoader({ catalog, auth })),
        );
      },
    });
  },
});
