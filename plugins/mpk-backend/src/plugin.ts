import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { DatabaseHealth } from './database/DatabaseHealth';
import { createRouter } from './service/router';

/**
 * The mpk backend plugin: serves the contract rules of the managed Kubernetes service at
 * `/api/mpk`.
 * @public
 */
export const mpkPlugin = createBackendPlugin({
  pluginId: 'mpk',
  register(env) {
    env.registerInit({
      deps: {
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        database: coreServices.database,
      },
      async init({ httpAuth, httpRouter, database }) {
        const databaseHealth = await DatabaseHealth.create({ database });
        httpRouter.use(await createRouter({ httpAuth, databaseHealth }));
      },
    });
  },
});
