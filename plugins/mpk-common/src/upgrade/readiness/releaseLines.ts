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
 * Orders two release lines numerically (`1.9` before `1.16`): negative, zero or positive, or
 * undefined when either is not a release line, so that callers treat it as unknown.
 * @public
 */
export function compareKnownReleaseLines(
  a: string,
  b: string,
): number | undefined {
  const left = /^(\d+)\.(\d+)$/.exec(a);
  const right = /^(\d+)\.(\d+)$/.exec(b);
  if (!left || !right) return undefined;
  return (
    Number(left[1]) - Number(right[1]) || Number(left[2]) - Number(right[2])
  );
}
