import { ResponseError } from '@backstage/errors';
import { MpkHttpClient } from '@mpk-portal/plugin-mpk-client';

/** One form posted to the fake client. */
export interface FakeUpload {
  path: string;
  headers: Record<string, string>;
  params: { path: { namespace: string; name: string } };
  form: FormData;
}

/**
 * An mpk API client that answers each cluster's upload with the status given for its name, and
 * keeps what was posted.
 */
export function fakeUploadClient(statuses: Record<string, number>) {
  const uploads: FakeUpload[] = [];
  const post = async (
    path: string,
    init: {
      headers: Record<string, string>;
      params: { path: { namespace: string; name: string } };
      body: FormData;
    },
  ) => {
    uploads.push({ path, ...init, form: init.body });
    const status = statuses[init.params.path.name];
    const response = new Response(
      JSON.stringify(
        status < 300
          ? {}
          : { error: { name: 'Error', message: `status ${status}` } },
      ),
      { status, headers: { 'content-type': 'application/json' } },
    );
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return { data: {}, response };
  };
  return { client: { post } as unknown as MpkHttpClient, uploads };
}
