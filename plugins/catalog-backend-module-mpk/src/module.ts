import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { ClusterEntityProcessor } from './processors/ClusterEntityProcessor';

/**
 * Catalog module that checks managed cluster entities and relates them to their customers.
 * @public
 */
export const catalogModuleMpk = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'mpk',
  register(reg) {
    reg.registerInit({
      deps: { catalog: catalogProcessingExtensionPoint },
      async init({ catalog }) {
        catalog.addProcessor(new ClusterEntityProcessor());
      },
    });
  },
});
