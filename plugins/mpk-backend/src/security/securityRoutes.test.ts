import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { create } from 'tar';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import request from '../__testUtils__/contractRequest';
import { startMpkBackend } from '../__testUtils__/mpkTestBackend';

jest.setTimeout(60_000);

const examples = resolve(__dirname, '../../../../examples/security');
const example = (file: string) => readFileSync(resolve(examples, file));

const sam = mockCredentials.user.header('user:default/sam-scka');
const erin = mockCredentials.user.header('user:default/erin-em');

/** The example kube-bench run of acme-prod with its one failing control (4.2.11) passing. */
function kubeBenchWith4211Passing(): Buffer {
  const run = JSON.parse(
    example('kube-bench_node-1.5_one-fail.json').toString(),
  );
  for (const control of run) {
    for (const test of control.tests) {
      for (const result of test.results) {
        if (result.test_number === '4.2.11') result.status = 'PASS';
      }
    }
  }
  return Buffer.from(JSON.stringify(run));
}

async function startBackend() {
  const server = await startMpkBackend([
    mockServices.rootConfig.factory({
      data: {
        mpk: { security: { baselines: resolve(examples, 'baselines.yaml') } },
      },
    }),
  ]);
  const upload = () =>
    request(server)
      .post('/api/mpk/clusters/default/acme-prod/security-reports')
      .set('Authorization', sam);
  const posture = async () =>
    (
      await request(server)
        .get('/api/mpk/clusters/default/acme-prod/security')
        .set('Authorization', sam)
    ).body;
  return { server, upload, posture };
}

describe('security endpoints', () => {
  it("judges acme-prod's scans against Acme's baseline, takes an exception, and closes a corrected control", async () => {
    const { server, upload, posture } = await startBackend();
    const first = await upload()
      .attach(
        'report',
        example('kube-bench_node-1.5_one-fail.json'),
        'kube-bench.json',
      )
      .attach(
        'report',
        example('kyverno_policyreport_pod_kube-apiserver.yaml'),
        'policyreport.yaml',
      );
    expect(first.status).toBe(201);
    // The tools' own counts: kube-bench 22 pass and 1 fail on the node.
    expect(first.body.reports).toEqual([
      expect.objectContaining({
        tool: 'kube-bench',
        kind: 'kube-bench',
        summary: { pass: 22, fail: 1, warn: 0, info: 0 },
      }),
      expect.objectContaining({ tool: 'policy-report', kind: 'PolicyReport' }),
    ]);

    const before = await posture();
    expect(before.status).toBe('deviations');
    expect(before.baseline.customer).toBe('acme');
    const keys = before.deviations.map(
      (d: { set: string; check: string }) => `${d.set} ${d.check}`,
    );
    expect(keys).toContain('cis-1.5 4.2.11');
    expect(
      keys.some((k: string) => k.startsWith('disallow-host-namespaces')),
    ).toBe(true);

    const policy = before.deviations.find(
      (d: { set: string }) => d.set === 'disallow-host-namespaces',
    );
    const expires = new Date(Date.now() + 30 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const exception = await request(server)
      .post('/api/mpk/clusters/default/acme-prod/security/exceptions')
      .set('Authorization', erin)
      .send({
        set: policy.set,
        check: policy.check,
        scope: policy.resource,
        reason: 'The API server needs the host network',
        expires,
      });
    expect(exception.status).toBe(201);
    expect(exception.body).toMatchObject({
      approvedBy: 'user:default/erin-em',
      origin: 'portal',
      expires,
    });
    const again = await request(server)
      .post('/api/mpk/clusters/default/acme-prod/security/exceptions')
      .set('Authorization', erin)
      .send({
        set: policy.set,
        check: policy.check,
        scope: policy.resource,
        reason: 'The API server needs the host network',
        expires,
      });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(exception.body.id);

    const excepted = await posture();
    expect(
      excepted.deviations.some((d: { set: string }) => d.set === policy.set),
    ).toBe(false);
    expect(excepted.exceptions).toContainEqual(
      expect.objectContaining({ id: exception.body.id, state: 'active' }),
    );

    const later = await upload().attach(
      'report',
      kubeBenchWith4211Passing(),
      'kube-bench.json',
    );
    expect(later.status).toBe(201);
    const after = await posture();
    expect(
      after.deviations.some((d: { check: string }) => d.check === '4.2.11'),
    ).toBe(false);
    expect(after.corrected).toContainEqual(
      expect.objectContaining({
        set: 'cis-1.5',
        check: '4.2.11',
        daysToCorrect: 0,
      }),
    );
    expect(after.status).toBe('compliant');
  });

  it('stores the same report once, and a bundle of reports from a tarball', async () => {
    const { upload, posture } = await startBackend();
    const bundleDir = mkdtempSync(resolve(tmpdir(), 'mpk-security-'));
    writeFileSync(
      resolve(bundleDir, 'kube-bench.json'),
      example('kube-bench_node-1.5_one-fail.json'),
    );
    writeFileSync(
      resolve(bundleDir, 'vulns.yaml'),
      example('trivy-operator_vulnerabilityreport.yaml'),
    );
    const tarball = resolve(bundleDir, 'bundle.tar.gz');
    await create({ gzip: true, file: tarball, cwd: bundleDir }, [
      'kube-bench.json',
      'vulns.yaml',
    ]);
    const first = await upload().attach(
      'report',
      readFileSync(tarball),
      'bundle.tar.gz',
    );
    expect(first.status).toBe(201);
    expect(
      first.body.reports.map((r: { kind: string }) => r.kind).sort(),
    ).toEqual(['VulnerabilityReport', 'kube-bench']);
    const again = await upload().attach(
      'report',
      example('kube-bench_node-1.5_one-fail.json'),
      'kube-bench.json',
    );
    expect(again.status).toBe(200);
    expect((await posture()).reports).toHaveLength(2);
  });

  it.each([
    ['not a report', Buffer.from('{"hello": "world"}'), 400, /^hello\.json: /],
    ['not JSON or YAML', Buffer.from('{"a": [1,'), 400, /^hello\.json: /],
    [
      'a gzip that is no tarball',
      gzipSync(Buffer.from('not a tar archive at all')),
      400,
      /^report hello\.json: /,
    ],
  ])(
    'refuses %s and stores nothing',
    async (_, content, status, message) => {
      const { upload, posture } = await startBackend();
      const response = await upload()
        .attach(
          'report',
          example('kube-bench_node-1.5_one-fail.json'),
          'kube-bench.json',
        )
        .attach('report', content, 'hello.json');
      expect(response.status).toBe(status);
      expect(response.body.error.message).toMatch(message);
      expect((await posture()).reports).toEqual([]);
    },
  );

  it("lists a customer's deviations across its clusters, and none of another customer", async () => {
    const { server, upload } = await startBackend();
    await upload().attach(
      'report',
      example('kube-bench_node-1.5_one-fail.json'),
      'kube-bench.json',
    );
    const acme = await request(server)
      .get('/api/mpk/security/deviations?customer=acme')
      .set(
        'Authorization',
        mockCredentials.user.header('user:default/dana-acme'),
      );
    expect(acme.status).toBe(200);
    expect(acme.body.items).toContainEqual(
      expect.objectContaining({
        cluster: 'resource:default/acme-prod',
        deviation: expect.objectContaining({ check: '4.2.11' }),
      }),
    );
    const fleet = await request(server)
      .get('/api/mpk/fleet/upgrades?security=deviations')
      .set('Authorization', sam);
    expect(
      fleet.body.items.map(
        (i: { cluster: { name: string } }) => i.cluster.name,
      ),
    ).toEqual(['acme-prod']);
  });

  it('refuses an exception that does not expire within a year', async () => {
    const { server } = await startBackend();
    const response = await request(server)
      .post('/api/mpk/clusters/default/acme-prod/security/exceptions')
      .set('Authorization', erin)
      .send({
        set: 'cis-1.5',
        check: '4.2.11',
        reason: 'Forever',
        expires: '2099-01-01',
      });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(
      /^expires: 2099-01-01 must be after today/,
    );
  });
});
