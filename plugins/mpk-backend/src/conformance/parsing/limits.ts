/**
 * How much a Sonobuoy tarball may unpack to. The size of the upload itself is
 * enforced where the upload is received, not by the parsers.
 */
export interface ResultLimits {
  /** bytes the gzip stream may decompress to (`mpk.conformance.maxDecompressedBytes`) */
  maxDecompressedBytes: number;
  /** entries the tar archive may hold (`mpk.conformance.maxEntries`) */
  maxEntries: number;
}

/**
 * The default limits: a real `sonobuoy retrieve` tarball has about a hundred
 * entries and unpacks to tens of MB, so these only stop archive bombs.
 */
export const DEFAULT_RESULT_LIMITS: Readonly<ResultLimits> = Object.freeze({
  maxDecompressedBytes: 2 * 1024 ** 3,
  maxEntries: 10_000,
});

/** Failures kept with their message; any beyond are only counted. */
export const MAX_STORED_FAILURES = 1000;

/** Characters kept of one failure message. */
export const MAX_FAILURE_MESSAGE_CHARS = 4000;

const units: Array<[number, string]> = [
  [1024 ** 3, 'GiB'],
  [1024 ** 2, 'MiB'],
  [1024, 'KiB'],
];

/** A byte count as people write limits, e.g. `2 GiB`, `1536 KiB`, `100 bytes`. */
export function describeBytes(bytes: number): string {
  for (const [size, unit] of units) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  for (const [size, unit] of units) {
    if (bytes >= size) return `${(bytes / size).toFixed(1)} ${unit}`;
  }
  return `${bytes} bytes`;
}
