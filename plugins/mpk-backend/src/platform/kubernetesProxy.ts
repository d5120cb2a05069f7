import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';

/** GETs a path of a cluster's Kubernetes API, e.g. `/version`. */
export type KubernetesProxyGet = (path: string) => Promise<Response>;

/**
 * A GET of one cluster's Kubernetes API through the Kubernetes plugin's proxy, as this plugin:
 * the credentials are the ones that plugin is configured with for the cluster, not a second set.
 * The proxy's address and a token are fetched once, for the requests that follow.
 * @param clusterName - the cluster's name in the Kubernetes plugin's configuration
 */
export async function kubernetesProxy(
  deps: {
    discovery: DiscoveryService;
    auth: AuthService;
    fetch?: typeof fetch;
  },
  clusterName: string,
): Promise<KubernetesProxyGet> {
  const fetchImpl = deps.fetch ?? fetch;
  const baseUrl = await deps.discovery.getBaseUrl('kubernetes');
  const { token } = await deps.auth.getPluginRequestToken({
    onBehalfOf: await deps.auth.getOwnServiceCredentials(),
    targetPluginId: 'kubernetes',
  });
  return path =>
    fetchImpl(`${baseUrl}/proxy${path}`, {
      headers: {
        Authorization: `Bearer ${token}`,
        'Backstage-Kubernetes-Cluster': clusterName,
        Accept: 'application/json',
      },
    });
}
