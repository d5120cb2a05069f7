import { compareReleaseLines } from '../releaseCalendar';

/**
 * The release line (`major.minor`) of a version as the tools write it: `v1.16.0` (pluto),
 * `1.9.0` (kubent) or `1.25` (the API server's metric). Undefined when it is not a version.
 * @public
 */
export function toReleaseLine(version: string): string | undefined {
  const match =
    /^v?(\d{1,4})\.(\d{1,4})(?:\.\d{1,6})?(?:[-+][0-9A-Za-z.-]{1,64})?$/.exec(
      version,
    );
  return match ? `${Number(match[1])}.${Number(match[2])}` : undefined;
}

/**
 * Orders two release lines numerically (`1.9` before `1.16`), or undefined when either is not a
 * release line, so that callers treat it as unknown.
 * @public
 */
export function compareKnownReleaseLines(
  a: string,
  b: string,
): number | undefined {
  const line = /^\d+\.\d+$/;
  return line.test(a) && line.test(b) ? compareReleaseLines(a, b) : undefined;
}
