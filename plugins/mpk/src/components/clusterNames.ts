import { ClusterEnvironment } from '@mpk-portal/plugin-mpk-common';

/** How the portal names each environment class. */
export const environmentNames: Record<ClusterEnvironment, string> = {
  production: 'Production',
  'non-production': 'Non-production',
};
