import { mockCredentials } from '@backstage/backend-test-utils';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import request from '../../__testUtils__/contractRequest';
import { startMpkBackend } from '../../__testUtils__/mpkTestBackend';

jest.setTimeout(60_000);

const sam = mockCredentials.user.header('user:default/sam-scka');

// A real `kubent -o json` output (see the PROVENANCE file next to it).
const kubentReport = JSON.parse(
  readFileSync(
    resolve(
      __dirname,
      '../../../../mpk-common/src/upgrade/readiness/__fixtures__/kubent-expected-json-output.json',
    ),
    'utf8',
  ),
);

async function startBackend() {
  const server = await startMpkBackend();
  const upload = (cluster = 'acme-prod') =>
    request(server)
      .post(`/api/mpk/clusters/default/${cluster}/deprecated-api-reports`)
      .set('Authorization', sam);
  const readiness = async (cluster = 'acme-prod') =>
    (
      await request(server)
        .get(`/api/mpk/clusters/default/${cluster}/upgrade`)
        .set('Authorization', sam)
    ).body.readiness;
  return { upload, readiness };
}

const file = (content: unknown) =>
  Buffer.from(typeof content === 'string' ? content : JSON.stringify(content));

describe('deprecated-API report uploads', () => {
  it('records a kubent report once, and judges the readiness on it', async () => {
    const { upload, readiness } = await startBackend();
    const first = await upload().attach(
      'report',
      file(kubentReport),
      'kubent.json',
    );
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      clusterRef: 'resource:default/acme-prod',
      tool: 'kubent',
      uploadedBy: 'user:default/sam-scka',
      findings: [
        {
          kind: 'Deployment',
          apiVersion: 'apps/v1beta1',
          name: 'nginx-deployment-old',
          namespace: null,
          removedIn: '1.16',
          replacement: 'apps/v1',
        },
      ],
    });

    const again = await upload().attach(
      'report',
      file(kubentReport),
      'kubent.json',
    );
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);

    const judged = await readiness();
    expect(judged.scans).toEqual([
      expect.objectContaining({ tool: 'kubent', findings: 1 }),
    ]);
    expect(judged.blockers).toContainEqual(
      expect.objectContaining({
        source: 'deprecated-api',
        message: expect.stringContaining('apps/v1beta1'),
      }),
    );
  });

  it.each([
    ['not JSON', '{"items": [', /^report: not JSON/],
    ['another document', { kind: 'Pod' }, /^report: /],
    [
      'a finding of the wrong type',
      [{ ...kubentReport[0], ApiVersion: 42 }],
      /^report: .*ApiVersion/,
    ],
  ])('refuses %s with 400 and stores nothing', async (_, content, message) => {
    const { upload, readiness } = await startBackend();
    const response = await upload().attach(
      'report',
      file(content),
      'report.json',
    );
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(message);
    expect((await readiness()).scans).toEqual([]);
  });

  it('refuses a form without the report file, and one with another file', async () => {
    const { upload } = await startBackend();
    const other = await upload().attach(
      'results',
      file(kubentReport),
      'kubent.json',
    );
    expect(other.status).toBe(400);
    expect(other.body.error.message).toBe(
      'Unexpected file "results": the form takes one report file',
    );
    const json = await upload().send(kubentReport);
    expect(json.status).toBe(400);
    expect(json.body.error.message).toMatch(
      /^Expected multipart\/form-data with a report file/,
    );
  });

  it('refuses more than 10,000 findings with 413', async () => {
    const { upload } = await startBackend();
    const many = Array.from({ length: 10_001 }, (_, i) => ({
      ...kubentReport[0],
      Name: `deployment-${i}`,
    }));
    const response = await upload().attach('report', file(many), 'kubent.json');
    expect(response.status).toBe(413);
  });

  it('refuses a file over 5 MB with 413', async () => {
    const { upload } = await startBackend();
    const response = await upload().attach(
      'report',
      Buffer.alloc(5 * 1024 * 1024 + 1, ' '),
      'kubent.json',
    );
    expect(response.status).toBe(413);
    expect(response.body.error.message).toBe(
      'report: larger than the 5 MB upload limit',
    );
  });
});
