const isoDateTime =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|[+-]\d{2}:\d{2})?$/;

/**
 * When a junit run ended: its testsuite `timestamp` (the start) plus its
 * `time` in seconds, as an ISO timestamp.
 *
 * Ginkgo writes the timestamp without a zone, in the local time of the e2e
 * container, which is UTC in the conformance images; a timestamp without a
 * zone is read as UTC.
 */
export function junitFinishedAt(
  timestamp: string | undefined,
  seconds: number | undefined,
): string | undefined {
  if (timestamp === undefined || seconds === undefined || seconds < 0) {
    return undefined;
  }
  const match = isoDateTime.exec(timestamp.trim());
  if (!match) return undefined;
  const start = Date.parse(`${match[1]}${match[2] ?? 'Z'}`);
  if (Number.isNaN(start)) return undefined;
  return new Date(start + Math.round(seconds * 1000)).toISOString();
}

/** The later of two ISO timestamps, either of which may be missing. */
export function laterOf(
  a: string | undefined,
  b: string | undefined,
): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}
