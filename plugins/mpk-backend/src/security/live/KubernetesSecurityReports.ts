import {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { kubernetesProxy } from '../../platform/kubernetesProxy';

/**
 * The report resources the portal reads, as list paths of the Kubernetes API: Trivy Operator's
 * reports, the Policy WG's policy reports (Kyverno, the kube-bench and Falco adapters…) and their
 * successor, OpenReports.
 */
export const SECURITY_REPORT_LIST_PATHS: readonly string[] = [
  '/apis/aquasecurity.github.io/v1alpha1/vulnerabilityreports',
  '/apis/aquasecurity.github.io/v1alpha1/configauditreports',
  '/apis/aquasecurity.github.io/v1alpha1/clustercompliancereports',
  '/apis/wgpolicyk8s.io/v1alpha2/policyreports',
  '/apis/wgpolicyk8s.io/v1alpha2/clusterpolicyreports',
  '/apis/openreports.io/v1alpha1/reports',
  '/apis/openreports.io/v1alpha1/clusterreports',
];

/** Items asked for per page (`?limit=`). */
export const PAGE_LIMIT = 500;
/** Pages read at most per resource; a longer list is cut there (logged). */
export const MAX_PAGES = 20;
/** Bytes read at most from one response body, whatever its Content-Length says. */
export const MAX_BODY_BYTES = 50 * 1024 * 1024;
/** Bytes read at most from the body of a refusal, to quote its message. */
const MAX_ERROR_BODY_BYTES = 64 * 1024;

const describe = (error: unknown) =>
  error instanceof Error ? error.message : String(error);

/** The proxy could not be reached, or does not know the cluster: nothing of it can be read. */
class ClusterUnreadable extends Error {}

/** The cluster does not serve the resource (its scanner is not installed). */
class NotServed extends Error {}

/**
 * Reads a response body up to `limit` bytes. Content-Length is used to refuse early, never to
 * trust: the bytes are counted as they come and the read is abandoned past the limit.
 */
async function readBounded(response: Response, limit: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    throw new Error(
      `body of ${declared} bytes is over the ${limit} bytes read`,
    );
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new Error(`body is over the ${limit} bytes read`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The Kubernetes plugin's own answer for a cluster it is not configured with (its error
 * handler's body for a NotFoundError), as opposed to a 404 of the cluster's API server, which
 * is a `Status` object or plain text.
 */
const isUnknownClusterAnswer = (body: unknown) =>
  isObject(body) &&
  isObject(body.error) &&
  body.error.name === 'NotFoundError' &&
  body.kind === undefined;

/** A refusal's own words: a Kubernetes `Status` message, or the plugin's error message. */
const refusalMessage = (body: unknown): string | undefined => {
  if (!isObject(body)) return undefined;
  const message = isObject(body.error) ? body.error.message : body.message;
  return typeof message === 'string' ? message.slice(0, 300) : undefined;
};

/**
 * Reads the security report custom resources of a cluster through the Kubernetes plugin's
 * proxy, so the credentials are the ones that plugin is configured with for the cluster, not a
 * second set.
 */
export class KubernetesSecurityReports {
  constructor(
    private readonly deps: {
      discovery: DiscoveryService;
      auth: AuthService;
      logger: LoggerService;
      fetch?: typeof fetch;
    },
  ) {}

  /**
   * Lists every report resource of {@link SECURITY_REPORT_LIST_PATHS}, page by page.
   *
   * A resource the cluster does not serve (404) is left out silently. One that fails otherwise
   * (refused, server error, unreadable or oversized answer) is left out and logged.
   *
   * @param clusterName - the cluster's name in the Kubernetes plugin's configuration
   * @returns the list documents (`{ apiVersion, kind: '<Kind>List', metadata, items }`) as the
   *   API server sent them, one per page read, in the order of the paths; `undefined` when the
   *   proxy cannot be reached or does not know the cluster (logged once)
   */
  async read(clusterName: string): Promise<unknown[] | undefined> {
    const { logger } = this.deps;
    try {
      const get = await kubernetesProxy(this.deps, clusterName);
      const getPage = async (path: string, continueToken?: string) => {
        const query = new URLSearchParams({ limit: String(PAGE_LIMIT) });
        if (continueToken) query.set('continue', continueToken);
        let response: Response;
        try {
          response = await get(`${path}?${query}`);
        } catch (error) {
          throw new ClusterUnreadable(`GET ${path}: ${describe(error)}`);
        }
        if (!response.ok) {
          const body = parseJson(
            await readBounded(response, MAX_ERROR_BODY_BYTES).catch(() => ''),
          );
          if (response.status === 404 && isUnknownClusterAnswer(body)) {
            throw new ClusterUnreadable(
              `GET ${path}: HTTP 404 ${refusalMessage(body) ?? 'Not Found'}`,
            );
          }
          if (response.status === 404) throw new NotServed();
          const said = refusalMessage(body);
          throw new Error(
            `HTTP ${response.status} ${response.statusText}${
              said ? `: ${said}` : ''
            }`,
          );
        }
        const page = parseJson(await readBounded(response, MAX_BODY_BYTES));
        if (!isObject(page) || !Array.isArray(page.items)) {
          throw new Error('the answer is not a Kubernetes list');
        }
        return page;
      };

      const documents: unknown[] = [];
      for (const path of SECURITY_REPORT_LIST_PATHS) {
        documents.push(...(await this.readList(clusterName, path, getPage)));
      }
      return documents;
    } catch (error) {
      logger.warn(
        `Security reports of Kubernetes cluster ${clusterName} not read through the kubernetes plugin: ${describe(
          error,
        )}`,
      );
      return undefined;
    }
  }

  /** The pages of one resource's list; none when it is not served or fails (not served silently). */
  private async readList(
    clusterName: string,
    path: string,
    getPage: (
      path: string,
      continueToken?: string,
    ) => Promise<Record<string, unknown>>,
  ): Promise<unknown[]> {
    const pages: Record<string, unknown>[] = [];
    try {
      let continueToken: string | undefined;
      do {
        const page = await getPage(path, continueToken);
        pages.push(page);
        const metadata = isObject(page.metadata) ? page.metadata : {};
        continueToken =
          typeof metadata.continue === 'string' && metadata.continue
            ? metadata.continue
            : undefined;
      } while (continueToken && pages.length < MAX_PAGES);
      if (continueToken) {
        this.deps.logger.warn(
          `Security reports ${path} of Kubernetes cluster ${clusterName} cut at ${MAX_PAGES} pages of ${PAGE_LIMIT}`,
        );
      }
      return pages;
    } catch (error) {
      if (error instanceof ClusterUnreadable) throw error;
      if (!(error instanceof NotServed)) {
        this.deps.logger.warn(
          `Security reports ${path} of Kubernetes cluster ${clusterName} not read: ${describe(
            error,
          )}`,
        );
      }
      return [];
    }
  }
}
