/** Names the Cluster API resources and their README share. */

/** The label HelmChartProxies select their cluster by. */
export const CLUSTER_SELECTOR_LABEL = 'mpk.io/cluster';

/** The label the Machines and nodes of a node group carry. */
export const NODE_GROUP_LABEL = 'mpk.io/node-group';

/** Labels of the BareMetalHosts a node group may be provisioned on. */
export const HOST_LABELS = {
  role: 'mpk.io/role',
  serverProfile: 'mpk.io/server-profile',
} as const;

/** The annotations the cluster autoscaler reads a node group's size range from. */
export const AUTOSCALER_ANNOTATIONS = {
  minSize: 'cluster.x-k8s.io/cluster-api-autoscaler-node-group-min-size',
  maxSize: 'cluster.x-k8s.io/cluster-api-autoscaler-node-group-max-size',
} as const;

/**
 * Facts of the data centre that the design does not hold: filled in by `clusterctl generate
 * yaml`, with the names Metal3's own templates use.
 */
export const CLUSTERCTL_VARIABLES = {
  CLUSTER_APIENDPOINT_HOST:
    'the load-balanced address (VIP) of the Kubernetes API',
  IMAGE_URL:
    'URL of the node image, built for this Kubernetes version (e.g. with image-builder)',
  IMAGE_CHECKSUM: "URL or value of the node image's checksum",
  IMAGE_CHECKSUM_TYPE: 'sha256 or sha512',
  IMAGE_FORMAT: 'raw or qcow2',
} as const;
