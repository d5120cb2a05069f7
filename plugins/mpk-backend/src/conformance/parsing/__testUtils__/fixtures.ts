import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';

const fixtures = resolve(__dirname, '../../__fixtures__');

/** The bytes of a file in `conformance/__fixtures__`. */
export function fixtureBytes(name: string): Buffer {
  return readFileSync(resolve(fixtures, name));
}

/** The bytes of a gzip-compressed fixture, e.g. `v1.33-eks.e2e.log.gz`. */
export function gunzippedFixture(name: string): Buffer {
  return gunzipSync(fixtureBytes(name));
}

/** A stream of `bytes` in chunks of `chunkSize`, as a socket would give them. */
export function streamOf(
  bytes: Buffer | string,
  chunkSize = 64 * 1024,
): Readable {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
  function* chunks() {
    for (let i = 0; i < buffer.length; i += chunkSize) {
      yield buffer.subarray(i, i + chunkSize);
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}

/** The real CNCF certification results in the fixtures, with their e2e.log facts. */
export const realRuns = [
  {
    name: 'v1.28-openshift',
    ran: 380,
    total: 7389,
    passed: 380,
    failed: 0,
    skipped: 7009,
    tests: 7393,
  },
  {
    name: 'v1.29-eks',
    ran: 388,
    total: 7407,
    passed: 388,
    failed: 0,
    skipped: 7019,
    tests: 7411,
  },
  {
    name: 'v1.31-deckhouse',
    ran: 404,
    total: 6603,
    passed: 404,
    failed: 0,
    skipped: 6199,
    tests: 6607,
  },
  {
    name: 'v1.32-eks-a',
    ran: 411,
    total: 6622,
    passed: 411,
    failed: 0,
    skipped: 6211,
    tests: 6626,
  },
  {
    name: 'v1.32-metalstackcloud',
    ran: 411,
    total: 6625,
    passed: 411,
    failed: 0,
    skipped: 6214,
    tests: 6629,
  },
  {
    name: 'v1.32-previder-failed',
    ran: 411,
    total: 6622,
    passed: 409,
    failed: 2,
    skipped: 6211,
    tests: 6626,
  },
  {
    name: 'v1.32-previder',
    ran: 411,
    total: 6622,
    passed: 411,
    failed: 0,
    skipped: 6211,
    tests: 6626,
  },
  {
    name: 'v1.33-eks',
    ran: 419,
    total: 6731,
    passed: 419,
    failed: 0,
    skipped: 6312,
    tests: 6735,
  },
];

/** The real `sonobuoy retrieve` tarball (Sonobuoy v0.56.6, Kubernetes v1.19.16). */
export const realTarball =
  '202205300608_sonobuoy_d7621bef-0112-449a-a58f-8dd9a6757028.tar.gz';
