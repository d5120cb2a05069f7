import { ResponseError } from '@backstage/errors';
import createClient, {
  Client,
  defaultPathSerializer,
  Middleware,
} from 'openapi-fetch';
import { MpkApiPaths as paths } from '@mpk-portal/plugin-mpk-common';

type OpenApiClient = Client<paths, 'application/json' | 'multipart/form-data'>;

/**
 * The HTTP methods of the mpk API, each typed by the OpenAPI spec: the path, its parameters,
 * the body and the answer (openapi-fetch's `GET`, `PUT` and `POST`).
 * @public
 */
export interface MpkHttpClient {
  get: OpenApiClient['GET'];
  put: OpenApiClient['PUT'];
  post: OpenApiClient['POST'];
}

/**
 * Where the client finds the mpk backend: Backstage's `DiscoveryApi` in the browser,
 * `DiscoveryService` in the backend.
 * @public
 */
export interface MpkDiscovery {
  getBaseUrl(pluginId: string): Promise<string>;
}

/**
 * How the client sends requests: Backstage's `FetchApi` in the browser, which signs them in;
 * the global fetch in the backend, with the caller's token in `headers` of each call.
 * @public
 */
export interface MpkFetch {
  fetch: typeof fetch;
}

// Backstage clients answer a refusal with a ResponseError that carries the server's error body.
const throwOnError: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return undefined;
  },
};

/**
 * A request as a URL and init: Backstage's `FetchApi` middlewares each build a new Request from
 * what they are given, which a Request whose body was read once cannot survive.
 */
async function asUrlAndInit(request: Request): Promise<[string, RequestInit]> {
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return [
    request.url,
    {
      method: request.method,
      headers: Object.fromEntries(request.headers),
      ...(hasBody && { body: await request.arrayBuffer() }),
      signal: request.signal,
    },
  ];
}

/**
 * The client of the mpk backend (`/api/mpk`), typed by its OpenAPI spec
 * (`plugins/mpk-backend/src/schema/openapi.yaml`). An answer that is not 2xx rejects with a
 * `ResponseError`, so `data` is always there when the call resolves; see {@link mpkData}.
 * @public
 */
export class MpkApiClient implements MpkHttpClient {
  readonly get: MpkHttpClient['get'];
  readonly put: MpkHttpClient['put'];
  readonly post: MpkHttpClient['post'];

  constructor(options: { discoveryApi: MpkDiscovery; fetchApi?: MpkFetch }) {
    const { discoveryApi, fetchApi } = options;
    const client = createClient<paths>({
      fetch: async request =>
        fetchApi
          ? fetchApi.fetch(...(await asUrlAndInit(request)))
          : fetch(request),
    });
    client.use(throwOnError);
    // The base URL is discovered on every call, as Backstage's clients do.
    const withBaseUrl = <M extends keyof MpkHttpClient>(method: M) => {
      const call = client[method.toUpperCase() as 'GET' | 'PUT' | 'POST'] as (
        path: string,
        init: object,
      ) => unknown;
      return (async (path: string, init: object = {}) =>
        call(path, {
          ...init,
          baseUrl: await discoveryApi.getBaseUrl('mpk'),
        })) as unknown as MpkHttpClient[M];
    };
    this.get = withBaseUrl('get');
    this.put = withBaseUrl('put');
    this.post = withBaseUrl('post');
  }
}

/**
 * The body of a successful answer; {@link MpkApiClient} rejects every other.
 * @public
 */
export function mpkData<T>(result: { data?: T }): T {
  if (result.data === undefined) {
    throw new Error('The mpk backend answered without a body');
  }
  return result.data;
}

/**
 * A path of the mpk API with its parameters filled in and encoded, e.g. for an upload that must
 * report its progress through XMLHttpRequest, which the client cannot.
 * @public
 */
export function mpkPath<P extends keyof paths>(
  path: P,
  params: PathParameters<P>,
): string {
  return defaultPathSerializer(path, params as Record<string, unknown>);
}

/**
 * The path parameters of a path of the mpk API.
 * @public
 */
export type PathParameters<P extends keyof paths> = NonNullable<
  {
    [M in keyof paths[P]]: paths[P][M] extends {
      parameters: { path: infer Params };
    }
      ? Params
      : never;
  }[keyof paths[P]]
>;
