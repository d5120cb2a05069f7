import { findDeprecatedApiByKind } from './deprecatedApiCatalog';
import {
  DeprecatedApiParseResult,
  FIELD_MAX_LENGTH,
  ProblemList,
  joinPath,
  readApiVersion,
  readFindings,
  readKind,
  readRecord,
  readString,
  withoutAbsentFields,
} from './deprecatedApiInput';
import { DeprecatedApiFinding } from './readinessApi';
import { toReleaseLine } from './releaseLines';

// kubent's name for "no namespace" (cluster-scoped objects); its JSON escapes it as \u003c…\u003e.
const NO_NAMESPACE = '<undefined>';
// kubent's ReplaceWith for an API with no successor, e.g. policy/v1beta1 PodSecurityPolicy.
const NO_REPLACEMENT = '<removed>';
const REMOVED_IN_RULESET = /^Deprecated APIs removed in (\d+\.\d+)$/;

/**
 * Reads the output of `kubent -o json`: an array of `{ Name, Namespace, Kind, ApiVersion,
 * RuleSet, ReplaceWith, Since, Labels }`. The removal comes from the ruleset title ("Deprecated
 * APIs removed in 1.16"), the deprecation from `Since`; what kubent leaves out (its "removed in
 * future" ruleset, custom rules) is filled from {@link DEPRECATED_KUBERNETES_APIS}.
 * @public
 */
export function parseKubentReport(
  report: unknown,
): DeprecatedApiParseResult<'kubent'> {
  if (!Array.isArray(report)) {
    return {
      ok: false,
      problems: ['(report): expected the array that `kubent -o json` writes'],
    };
  }
  return readFindings({
    tool: 'kubent',
    entries: report,
    pathOf: index => `[${index}]`,
    readEntry: readKubentEntry,
  });
}

function readKubentEntry(
  entry: unknown,
  path: string,
  problems: ProblemList,
): DeprecatedApiFinding | undefined {
  const record = readRecord(entry, path, problems);
  if (!record) return undefined;
  const name = readString(record, 'Name', path, problems, {
    maxLength: FIELD_MAX_LENGTH.name,
    required: true,
  });
  const namespace = readString(record, 'Namespace', path, problems, {
    maxLength: Math.max(FIELD_MAX_LENGTH.namespace, NO_NAMESPACE.length),
    emptyIsAbsent: true,
  });
  const kind = readKind(record, 'Kind', path, problems);
  const apiVersion = readApiVersion(record, 'ApiVersion', path, problems);
  const ruleSet = readString(record, 'RuleSet', path, problems, {
    maxLength: FIELD_MAX_LENGTH.text,
    emptyIsAbsent: true,
  });
  const replaceWith = readString(record, 'ReplaceWith', path, problems, {
    maxLength: FIELD_MAX_LENGTH.apiVersion,
    emptyIsAbsent: true,
  });
  const since = readString(record, 'Since', path, problems, {
    maxLength: FIELD_MAX_LENGTH.version,
    emptyIsAbsent: true,
  });
  const deprecatedIn = since === undefined ? undefined : toReleaseLine(since);
  if (since !== undefined && deprecatedIn === undefined) {
    problems.add(joinPath(path, 'Since'), 'expected a version such as 1.9.0');
  }
  checkLabels(record.Labels, joinPath(path, 'Labels'), problems);
  if (!name || !kind || !apiVersion) return undefined;

  const known = findDeprecatedApiByKind(apiVersion, kind);
  return withoutAbsentFields({
    kind,
    apiVersion,
    name,
    namespace:
      namespace === undefined || namespace === NO_NAMESPACE ? null : namespace,
    deprecatedIn: deprecatedIn ?? known?.deprecatedIn,
    removedIn:
      (ruleSet && REMOVED_IN_RULESET.exec(ruleSet)?.[1]) || known?.removedIn,
    replacement:
      replaceWith === NO_REPLACEMENT
        ? undefined
        : replaceWith ?? known?.replacement,
  });
}

// Labels (with --labels) are not kept, but a report carrying junk in them is still refused.
function checkLabels(labels: unknown, path: string, problems: ProblemList) {
  if (labels === undefined || labels === null) return;
  const record = readRecord(labels, path, problems);
  if (!record) return;
  for (const key of Object.keys(record)) {
    if (key.length > 317) {
      problems.add(path, 'a label key is longer than 317 characters');
      continue;
    }
    readString(record, key, path, problems, {
      maxLength: FIELD_MAX_LENGTH.namespace,
      emptyIsAbsent: true,
    });
  }
}
