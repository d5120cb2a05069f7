import { fakeUploadClient } from './__testUtils__/fakeUploadClient';
import { uploadEachToCluster } from './exampleUploads';

const headers = { Authorization: 'Bearer service-token' };
const formOf = async () => new FormData();

describe('uploadEachToCluster', () => {
  it('counts 201 as recorded, not 200 (already stored), and waits on 404', async () => {
    const { client, uploads } = fakeUploadClient({
      'acme-prod': 201,
      'acme-staging': 200,
      'globex-prod': 404,
    });
    expect(
      await uploadEachToCluster(
        {
          client,
          headers,
          route: '/clusters/{namespace}/{name}/security-reports',
          examples: [
            { cluster: 'acme-prod' },
            { cluster: 'resource:other/acme-staging' },
            { cluster: 'globex-prod' },
          ],
        },
        formOf,
      ),
    ).toEqual({ recorded: 1, waiting: ['globex-prod'] });
    expect(uploads.map(u => [u.path, u.params.path, u.headers])).toEqual([
      [
        '/clusters/{namespace}/{name}/security-reports',
        { namespace: 'default', name: 'acme-prod' },
        headers,
      ],
      [
        '/clusters/{namespace}/{name}/security-reports',
        { namespace: 'other', name: 'acme-staging' },
        headers,
      ],
      [
        '/clusters/{namespace}/{name}/security-reports',
        { namespace: 'default', name: 'globex-prod' },
        headers,
      ],
    ]);
  });

  it('rethrows any other refusal', async () => {
    const { client } = fakeUploadClient({
      'acme-prod': 201,
      'globex-prod': 500,
    });
    await expect(
      uploadEachToCluster(
        {
          client,
          headers,
          route: '/clusters/{namespace}/{name}/conformance',
          examples: [{ cluster: 'acme-prod' }, { cluster: 'globex-prod' }],
        },
        formOf,
      ),
    ).rejects.toMatchObject({
      name: 'ResponseError',
      response: { status: 500 },
    });
  });
});
