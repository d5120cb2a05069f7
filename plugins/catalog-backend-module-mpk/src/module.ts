import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { ClusterEntityProcessor } from './processors/ClusterEntityProcessor';
import { StackEntityProvider } from './providers/StackEntityProvider';
import { DesignsEntityProvider } from './providers/DesignsEntityProvider';
import { mpkCatalogPermissionRules } from './permissions/catalogPermissionRules';

/**
 * Catalog module of the managed Kubernetes service: the stack's technologies from the stack
 * definition file, the clusters of designs published to local git repositories, checked cluster
 * entities related to their customers and components, and the permission rules that keep each
 * customer's entities from other customers.
 * @public
 */
export const catalogModuleMpk = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'mpk',
  register(reg) {
    reg.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        lifecycle: coreServices.lifecycle,
        permissionsRegistry: coreServices.permissionsRegistry,
      },
      async init({
        catalog,
        config,
        logger,
        scheduler,
        lifecycle,
        permissionsRegistry,
      }) {
        permissionsRegistry.addPermissionRules(
          Object.values(mpkCatalogPermissionRules),
        );
        catalog.addProcessor(new ClusterEntityProcessor());
        const stackProvider = StackEntityProvider.fromConfig(config, {
          logger,
          scheduler,
        });
        if (stackProvider) {
          catalog.addEntityProvider(stackProvider);
          lifecycle.addShutdownHook(() => stackProvider.close());
        }
        catalog.addEntityProvider(
          DesignsEntityProvider.fromConfig(config, { logger, scheduler }),
        );
      },
    });
  },
});
