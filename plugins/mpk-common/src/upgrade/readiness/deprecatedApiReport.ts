import { DeprecatedApiParseResult } from './deprecatedApiInput';
import { parseKubentReport } from './kubentReport';
import { parsePlutoReport } from './plutoReport';

/**
 * Reads an uploaded deprecated-API report, telling the tool from its shape: an array is
 * `kubent -o json`, an object with `items` is `pluto … -o json`. Anything else is refused.
 * @public
 */
export function parseDeprecatedApiReport(
  json: unknown,
): DeprecatedApiParseResult<'kubent' | 'pluto'> {
  if (Array.isArray(json)) return parseKubentReport(json);
  if (
    typeof json === 'object' &&
    json !== null &&
    Object.prototype.hasOwnProperty.call(json, 'items')
  ) {
    return parsePlutoReport(json);
  }
  return {
    ok: false,
    problems: [
      '(report): not a report this portal reads; expected the JSON output of `kubent -o json` (an array) or of `pluto detect-all-in-cluster -o json` (an object with items)',
    ],
  };
}
