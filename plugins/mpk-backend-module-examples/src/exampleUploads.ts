import { parseEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import { MpkHttpClient } from '@mpk-portal/plugin-mpk-client';

/** The mpk routes that take a cluster's uploads as a multipart form. */
export type ClusterUploadRoute =
  | '/clusters/{namespace}/{name}/conformance'
  | '/clusters/{namespace}/{name}/deprecated-api-reports'
  | '/clusters/{namespace}/{name}/security-reports';

/**
 * Posts a form to a cluster's upload route as a pipeline would: `recorded` when stored (201),
 * `known` when the same upload was stored before (200), `waiting` while the catalog does not
 * have the cluster yet (404). Any other answer is thrown.
 */
export async function uploadToCluster(options: {
  client: MpkHttpClient;
  /** the caller's `Authorization` header */
  headers: Record<string, string>;
  route: ClusterUploadRoute;
  /** cluster entity name or ref */
  cluster: string;
  form: FormData;
}): Promise<'recorded' | 'known' | 'waiting'> {
  const { client, headers, route, form } = options;
  const { namespace, name } = parseEntityRef(options.cluster, {
    defaultKind: 'resource',
    defaultNamespace: 'default',
  });
  try {
    const { response } = await client.post(route, {
      headers,
      params: { path: { namespace, name } },
      // The client types a form's fields; the form itself goes as it is.
      body: form as never,
    });
    return response.status === 201 ? 'recorded' : 'known';
  } catch (error) {
    if (error instanceof ResponseError && error.response.status === 404) {
      return 'waiting';
    }
    throw error;
  }
}

/**
 * Uploads a form per example to its cluster, in order: how many were recorded, and the clusters
 * the catalog does not have yet (to try again on the next run).
 */
export async function uploadEachToCluster<Example extends { cluster: string }>(
  options: {
    client: MpkHttpClient;
    headers: Record<string, string>;
    route: ClusterUploadRoute;
    examples: Example[];
  },
  formOf: (example: Example) => Promise<FormData>,
): Promise<{ recorded: number; waiting: string[] }> {
  let recorded = 0;
  const waiting: string[] = [];
  for (const example of options.examples) {
    const outcome = await uploadToCluster({
      ...options,
      cluster: example.cluster,
      form: await formOf(example),
    });
    if (outcome === 'recorded') recorded++;
    if (outcome === 'waiting') waiting.push(example.cluster);
  }
  return { recorded, waiting };
}
