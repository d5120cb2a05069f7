import {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { kubeletVersionLines, serverVersionLine } from './kubernetesApiFacts';

/** What a cluster's Kubernetes API says it runs. */
export interface LiveClusterFacts {
  serverVersion: string;
  kubeletVersions: string[];
}

/**
 * Reads a cluster's server and kubelet versions through the Kubernetes plugin's proxy, so the
 * credentials are the ones that plugin is configured with for the cluster, not a second set.
 */
export class KubernetesLiveFacts {
  constructor(
    private readonly deps: {
      discovery: DiscoveryService;
      auth: AuthService;
      logger: LoggerService;
      fetch?: typeof fetch;
    },
  ) {}

  /**
   * @param clusterName - the cluster's name in the Kubernetes plugin's configuration
   * @returns `undefined` when the cluster cannot be reached or answers nonsense (logged)
   */
  async read(clusterName: string): Promise<LiveClusterFacts | undefined> {
    const { discovery, auth, logger } = this.deps;
    const fetchImpl = this.deps.fetch ?? fetch;
    try {
      const baseUrl = await discovery.getBaseUrl('kubernetes');
      const { token } = await auth.getPluginRequestToken({
        onBehalfOf: await auth.getOwnServiceCredentials(),
        targetPluginId: 'kubernetes',
      });
      const get = async (path: string) => {
        const response = await fetchImpl(`${baseUrl}/proxy${path}`, {
          headers: {
            Authorization: `Bearer ${token}`,
            'Backstage-Kubernetes-Cluster': clusterName,
          },
        });
        if (!response.ok) {
          throw new Error(
            `GET ${path}: HTTP ${response.status} ${response.statusText}`,
          );
        }
        return response.json();
      };
      const serverVersion = serverVersionLine(await get('/version'));
      if (!serverVersion) {
        throw new Error('GET /version: no version in the answer');
      }
      return {
        serverVersion,
        kubeletVersions: kubeletVersionLines(await get('/api/v1/nodes')),
      };
    } catch (error) {
      logger.warn(
        `Kubernetes cluster ${clusterName} not read through the kubernetes plugin: ${
          error instanceof Error ? error.message : String(error)
        }`,
      );
      return undefined;
    }
  }
}
