import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { resolve } from 'node:path';
import { DesignsClient } from './actions/design/designsClient';
import { createLoadDesignAction } from './actions/design/loadDesign';
import { createPublishDesignAction } from './actions/design/publishDesign';
import { createRenderDesignAction } from './actions/design/renderDesign';
import { createValidateDesignAction } from './actions/design/validateDesign';
import { createFetchLocalGitAction } from './actions/localGit/fetchLocalGit';
import { LocalRepositories } from './actions/localGit/localRepositories';
import { createPublishLocalGitAction } from './actions/localGit/publishLocalGit';
import { readPipelineSettings } from './actions/pipeline/pipelineSettings';
import { createTriggerPipelineAction } from './actions/pipeline/triggerPipeline';
import { DesignContextSource } from './design/designContext';
import { readDesignsDirectory } from '@mpk-portal/plugin-mpk-common';

/**
 * Scaffolder module with the actions that turn a detailed design into a new cluster: validate,
 * render (design document, infrastructure as code, catalog entities), publish to and fetch from
 * local git repositories, share a version with the customer through the mpk backend, load a
 * published design, and trigger the deployment pipeline of an accepted version.
 * @public
 */
export const scaffolderModuleMpk = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'mpk',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
      },
      async init({ scaffolder, config, discovery, auth, catalog }) {
        const designContext = new DesignContextSource({
          catalog,
          discovery,
          auth,
        });
        // Relative to the backend's working directory, like the other file settings.
        // The design routes of the mpk backend, called on behalf of whoever runs the template.
        const designs = new DesignsClient({ discovery, auth });
        const repositories = new LocalRepositories(
          resolve(readDesignsDirectory(config)),
        );
        scaffolder.addActions(
          createValidateDesignAction({ designContext }),
          createRenderDesignAction({ designContext }),
          createPublishLocalGitAction({ repositories }),
          createFetchLocalGitAction({ repositories }),
          createPublishDesignAction({ designs }),
          createLoadDesignAction(),
          createTriggerPipelineAction({
            designs,
            settings: readPipelineSettings(config),
          }),
        );
      },
    });
  },
});
