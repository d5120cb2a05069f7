import {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  DeprecatedApiFinding,
  parseDeprecatedApiMetric,
} from '@mpk-portal/plugin-mpk-common';
import { kubernetesProxy } from '../../platform/kubernetesProxy';
import { kubeletVersionLines, serverVersionLine } from './kubernetesApiFacts';

/** What a cluster's Kubernetes API says it runs. */
export interface LiveClusterFacts {
  serverVersion: string;
  kubeletVersions: string[];
  /**
   * The deprecated APIs requested since the API server started (its
   * `apiserver_requested_deprecated_apis` metric), when its metrics could be read.
   */
  deprecatedApiUsage?: { observedAt: string; findings: DeprecatedApiFinding[] };
}

const describe = (error: unknown) =>
  error instanceof Error ? error.message : String(error);

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
    const { logger } = this.deps;
    try {
      const proxyGet = await kubernetesProxy(this.deps, clusterName);
      const get = async (path: string) => {
        const response = await proxyGet(path);
        if (!response.ok) {
          throw new Error(
            `GET ${path}: HTTP ${response.status} ${response.statusText}`,
          );
        }
        return response;
      };
      const serverVersion = serverVersionLine(
        await (await get('/version')).json(),
      );
      if (!serverVersion) {
        throw new Error('GET /version: no version in the answer');
      }
      return {
        serverVersion,
        kubeletVersions: kubeletVersionLines(
          await (await get('/api/v1/nodes')).json(),
        ),
        ...(await this.readDeprecatedApiUsage(clusterName, get)),
      };
    } catch (error) {
      logger.warn(
        `Kubernetes cluster ${clusterName} not read through the kubernetes plugin: ${describe(
          error,
        )}`,
      );
      return undefined;
    }
  }

  /**
   * The API server's metrics need a permission the versions do not (`get` on the `/metrics`
   * non-resource URL), so a cluster that refuses them still gives its versions.
   */
  private async readDeprecatedApiUsage(
    clusterName: string,
    get: (path: string) => Promise<Response>,
  ): Promise<Pick<LiveClusterFacts, 'deprecatedApiUsage'>> {
    try {
      const parsed = parseDeprecatedApiMetric(
        await (await get('/metrics')).text(),
      );
      if (!parsed.ok) throw new Error(parsed.problems.slice(0, 3).join('; '));
      return {
        deprecatedApiUsage: {
          observedAt: new Date().toISOString(),
          findings: parsed.findings,
        },
      };
    } catch (error) {
      this.deps.logger.warn(
        `Deprecated-API metric of Kubernetes cluster ${clusterName} not read: ${describe(
          error,
        )}`,
      );
      return {};
    }
  }
}
