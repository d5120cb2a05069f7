import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { ConformanceRun } from '@mpk-portal/plugin-mpk-common';
import { Test } from 'supertest';
import request from '../__testUtils__/contractRequest';
import {
  fixtureBytes,
  gunzippedFixture,
  realRuns,
  realTarball,
} from '../conformance/parsing/__testUtils__/fixtures';
import { tarGzOf } from '../conformance/parsing/__testUtils__/tarballs';
import { startMpkBackend } from '../__testUtils__/mpkTestBackend';

jest.setTimeout(60_000);

const sam = mockCredentials.user.header('user:default/sam-scka');
const junitOf = (name: string) => gunzippedFixture(`${name}.junit_01.xml.gz`);
const logOf = (name: string) => gunzippedFixture(`${name}.e2e.log.gz`);

async function startBackend(
  extraFeatures: Parameters<typeof startMpkBackend>[0] = [],
) {
  const server = await startMpkBackend(extraFeatures);
  const upload = (cluster = 'acme-prod') =>
    request(server)
      .post(`/api/mpk/clusters/default/${cluster}/conformance`)
      .set('Authorization', sam);
  const conformance = async (cluster = 'acme-prod') =>
    (
      await request(server)
        .get(`/api/mpk/clusters/default/${cluster}/conformance`)
        .set('Authorization', sam)
    ).body;
  return { server, upload, conformance };
}

describe('conformance endpoints', () => {
  it.each(realRuns)(
    'records the real result $name with the counts of its e2e.log summary',
    async run => {
      const { upload, conformance } = await startBackend();
      const response = await upload()
        .field('kubernetesVersion', `v${run.name.slice(1, 5)}.0`)
        .attach('log', logOf(run.name), 'e2e.log')
        .attach('results', junitOf(run.name), 'junit_01.xml');

      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        cluster: 'resource:default/acme-prod',
        kubernetesMinor: run.name.slice(1, 5),
        passed: run.passed,
        failed: run.failed,
        skipped: run.skipped,
        flaked: 0,
        status: run.failed > 0 ? 'failed' : 'passed',
        source: 'junit',
        uploadedBy: 'user:default/sam-scka',
      });
      expect(response.body.logSummary).toMatch(
        new RegExp(`-- ${run.passed} Passed \\| ${run.failed} Failed`),
      );
      expect(response.body.failures).toHaveLength(run.failed);
      const { history } = await conformance();
      expect(history.map((r: ConformanceRun) => r.id)).toEqual([
        response.body.id,
      ]);
    },
  );

  it('records the real Sonobuoy tarball with its version, failures and finish time', async () => {
    const { upload } = await startBackend();
    const response = await upload().attach(
      'results',
      fixtureBytes(realTarball),
      realTarball,
    );

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      kubernetesVersion: 'v1.19.16',
      kubernetesMinor: '1.19',
      passed: 300,
      failed: 3,
      skipped: 5181,
      status: 'failed',
      source: 'sonobuoy',
      finishedAt: '2022-05-30T08:09:48.000Z',
      logSummary: 'FAIL! -- 300 Passed | 3 Failed | 0 Pending | 5181 Skipped',
    });
    expect(response.body.failures.map((f: { name: string }) => f.name)).toEqual(
      [
        expect.stringContaining('Daemon set [Serial] should rollback'),
        expect.stringContaining('validates lower priority pod preemption'),
        expect.stringContaining('validates basic preemption works'),
      ],
    );
  });

  it('returns the first run when the same results are uploaded again', async () => {
    const { upload, conformance } = await startBackend();
    const send = () =>
      upload()
        .field('kubernetesVersion', 'v1.33.0')
        .attach('results', junitOf('v1.33-eks'), 'junit_01.xml');
    const first = await send();
    const again = await send();
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body.id).toBe(first.body.id);
    expect((await conformance()).history).toHaveLength(1);
  });

  it('is conformant after a recent passing run on its version, and says so in the fleet', async () => {
    const { server, upload, conformance } = await startBackend();
    const finishedAt = new Date(Date.now() - 2 * 24 * 3600_000).toISOString();
    await upload()
      .field('kubernetesVersion', 'v1.35.2')
      .field('finishedAt', finishedAt)
      .attach('results', junitOf('v1.33-eks'), 'junit_01.xml');

    const body = await conformance();
    expect(body.assessment.status).toBe('conformant');
    expect(body.latest.finishedAt).toBe(finishedAt);
    expect((await conformance('acme-staging')).assessment.status).toBe(
      'unknown',
    );

    const fleet = await request(server)
      .get('/api/mpk/fleet/upgrades')
      .set('Authorization', sam);
    const statuses = Object.fromEntries(
      fleet.body.items.map(
        (i: { cluster: { name: string }; conformance: { status: string } }) => [
          i.cluster.name,
          i.conformance.status,
        ],
      ),
    );
    expect(statuses).toEqual({
      'acme-prod': 'conformant',
      'acme-staging': 'unknown',
      'globex-prod': 'unknown',
      'globex-staging': 'unknown',
    });
  });

  it.each([
    [
      'a form without a results file',
      (r: Test) => r.field('kubernetesVersion', 'v1.33.0'),
      400,
      'results: the form has no results file (a Sonobuoy tarball or a junit XML)',
    ],
    [
      'a body that is not a form',
      (r: Test) => r.send({ results: 'junit' }),
      400,
      'Expected multipart/form-data with a results file (a Sonobuoy tarball or a junit XML), e.g. curl -F results=@junit_01.xml',
    ],
    [
      'a text file',
      (r: Test) =>
        r.attach('results', Buffer.from('all tests passed\n'), 'notes.txt'),
      400,
      'results: neither a Sonobuoy tarball (.tar.gz) nor a junit XML file',
    ],
    [
      'a junit without a Kubernetes version',
      (r: Test) => r.attach('results', junitOf('v1.33-eks'), 'junit_01.xml'),
      400,
      'kubernetesVersion: the results do not say which Kubernetes version ran (a junit has no serverversion.json); give the field, e.g. v1.33.0',
    ],
    [
      'results and a log of different runs',
      (r: Test) =>
        r
          .field('kubernetesVersion', 'v1.33.0')
          .attach('log', logOf('v1.32-previder'), 'e2e.log')
          .attach('results', junitOf('v1.33-eks'), 'junit_01.xml'),
      400,
      'results and log disagree: junit has 419 passed, e2e.log says 411 Passed',
    ],
    [
      'a version that contradicts the tarball',
      (r: Test) =>
        r
          .field('kubernetesVersion', 'v1.33.0')
          .attach('results', fixtureBytes(realTarball), realTarball),
      400,
      'kubernetesVersion: the field says v1.33.0 but the results were taken on v1.19.16',
    ],
    [
      'a malformed finish time',
      (r: Test) =>
        r
          .field('kubernetesVersion', 'v1.33.0')
          .field('finishedAt', 'yesterday')
          .attach('results', junitOf('v1.33-eks'), 'junit_01.xml'),
      400,
      'finishedAt: "yesterday" is not an ISO 8601 date and time with an offset, e.g. 2026-11-20T16:30:00Z',
    ],
    [
      'a tarball entry that escapes its folder',
      (r: Test) =>
        r.attach(
          'results',
          tarGzOf([{ path: '../../etc/cron.d/evil', content: 'x' }]),
          'results.tar.gz',
        ),
      400,
      'results: tar entry ../../etc/cron.d/evil escapes the archive',
    ],
    [
      'a corrupt tarball',
      (r: Test) =>
        r.attach(
          'results',
          fixtureBytes(realTarball).subarray(0, 200_000),
          realTarball,
        ),
      400,
      /^results: not a readable gzip\/tar archive: /,
    ],
  ])(
    'refuses %s with the reason, storing nothing',
    async (_, send, status, message) => {
      const { upload, conformance } = await startBackend();
      const response = await send(upload());
      expect(response.status).toBe(status);
      // A string is the whole message; a pattern, for messages that quote a library's words.
      const exact =
        typeof message === 'string'
          ? new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
          : message;
      expect(response.body.error.message).toMatch(exact);
      expect((await conformance()).history).toEqual([]);
    },
  );

  it('refuses an upload over the configured size with a 413 naming the limit', async () => {
    const { upload, conformance } = await startBackend([
      mockServices.rootConfig.factory({
        data: { mpk: { conformance: { maxUploadBytes: 1024 * 1024 } } },
      }),
    ]);
    const response = await upload()
      .field('kubernetesVersion', 'v1.33.0')
      .attach('results', junitOf('v1.33-eks'), 'junit_01.xml');
    expect(response.status).toBe(413);
    expect(response.body.error.message).toBe(
      'results: larger than the 1 MB upload limit (mpk.conformance.maxUploadBytes)',
    );
    expect((await conformance()).history).toEqual([]);
  });

  it('refuses a tarball with more entries than configured with a 413', async () => {
    const { upload } = await startBackend([
      mockServices.rootConfig.factory({
        data: { mpk: { conformance: { maxEntries: 50 } } },
      }),
    ]);
    const response = await upload().attach(
      'results',
      fixtureBytes(realTarball),
      realTarball,
    );
    expect(response.status).toBe(413);
    expect(response.body.error.message).toMatch(
      /more than 50 entries \(mpk\.conformance\.maxEntries\)/,
    );
  });

  it('answers 404 for a cluster not in the catalog, and 403 without the permission', async () => {
    const { upload } = await startBackend();
    const missing = await upload('nowhere')
      .field('kubernetesVersion', 'v1.33.0')
      .attach('results', junitOf('v1.33-eks'), 'junit_01.xml');
    expect(missing.status).toBe(404);

    const denied = await startBackend([
      mockServices.permissions.factory({ result: AuthorizeResult.DENY }),
    ]);
    const refused = await denied
      .upload()
      .field('kubernetesVersion', 'v1.33.0')
      .attach('results', junitOf('v1.33-eks'), 'junit_01.xml');
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe(
      'user:default/sam-scka lacks the permission mpk.conformance.upload',
    );
  });
});
