import {
  ClusterEnvironment,
  ClusterPlatform,
} from '@mpk-portal/plugin-mpk-common';

/** How the portal names each platform. */
export const platformNames: Record<ClusterPlatform, string> = {
  eks: 'AWS Elastic Kubernetes Service (EKS)',
  'rpc-k': 'Rackspace Kubernetes on bare metal (RPC-K)',
};

/** Short platform names, for table columns. */
export const platformShortNames: Record<ClusterPlatform, string> = {
  eks: 'EKS',
  'rpc-k': 'RPC-K',
};

/** How the portal names each environment class. */
export const environmentNames: Record<ClusterEnvironment, string> = {
  production: 'Production',
  'non-production': 'Non-production',
};
