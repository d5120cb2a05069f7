import { createBackendModule } from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createValidateDesignAction } from './actions/design/validateDesign';

/**
 * Scaffolder module with the actions that turn a detailed design into a new cluster.
 * @public
 */
export const scaffolderModuleMpk = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'mpk',
  register(reg) {
    reg.registerInit({
      deps: { scaffolder: scaffolderActionsExtensionPoint },
      async init({ scaffolder }) {
        scaffolder.addActions(createValidateDesignAction());
      },
    });
  },
});
