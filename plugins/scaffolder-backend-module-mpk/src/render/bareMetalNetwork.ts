/**
 * The address ranges inside an RPC-K cluster. They only need to avoid the data centre's own
 * networks; the CNI's pod pool must match the cluster's pod range, hence one definition.
 */
export const BARE_METAL_NETWORK = {
  podCidr: '10.244.0.0/16',
  serviceCidr: '10.96.0.0/12',
  apiServerPort: 6443,
} as const;
