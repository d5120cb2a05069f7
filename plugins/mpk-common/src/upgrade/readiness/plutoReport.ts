import { findDeprecatedApiByKind } from './deprecatedApiCatalog';
import {
  DeprecatedApiParseResult,
  FIELD_MAX_LENGTH,
  ProblemList,
  checkOptionalBoolean,
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

// Pluto also tracks cert-manager and istio; their versions are of those products, not Kubernetes.
const KUBERNETES_COMPONENT = 'k8s';

/**
 * Reads the output of `pluto detect-… -o json`: `{ items: [{ name, namespace, api: { version,
 * kind, deprecated-in, removed-in, replacement-api, … } }], target-versions }`. Versions are cut
 * to release lines (`v1.16.0` → `1.16`); what an older pluto leaves out is filled from
 * {@link DEPRECATED_KUBERNETES_APIS}. Items of other components than Kubernetes keep no versions.
 * @public
 */
export function parsePlutoReport(
  report: unknown,
): DeprecatedApiParseResult<'pluto'> {
  const problems = new ProblemList();
  const record = readRecord(report, '', problems);
  if (!record) return { ok: false, problems: problems.list() };
  // pluto writes `"items": null` when it found nothing.
  const items = record.items ?? [];
  if (!Array.isArray(items)) {
    return { ok: false, problems: ['items: expected an array'] };
  }
  checkTargetVersions(record['target-versions'], problems);
  return readFindings({
    tool: 'pluto',
    entries: items,
    pathOf: index => `items[${index}]`,
    readEntry: readPlutoItem,
    problems,
  });
}

function readPlutoItem(
  item: unknown,
  path: string,
  problems: ProblemList,
): DeprecatedApiFinding | undefined {
  const record = readRecord(item, path, problems);
  if (!record) return undefined;
  const name = readString(record, 'name', path, problems, {
    maxLength: FIELD_MAX_LENGTH.name,
    required: true,
  });
  const namespace = readString(record, 'namespace', path, problems, {
    maxLength: FIELD_MAX_LENGTH.namespace,
    emptyIsAbsent: true,
  });
  readString(record, 'filePath', path, problems, {
    maxLength: 4096,
    emptyIsAbsent: true,
  });
  for (const flag of ['deprecated', 'removed', 'replacementAvailable']) {
    checkOptionalBoolean(record, flag, path, problems);
  }
  const apiPath = joinPath(path, 'api');
  if (record.api === undefined || record.api === null) {
    problems.add(apiPath, 'required');
    return undefined;
  }
  const api = readRecord(record.api, apiPath, problems);
  if (!api) return undefined;
  const apiVersion = readApiVersion(api, 'version', apiPath, problems);
  const kind = readKind(api, 'kind', apiPath, problems);
  const deprecatedIn = readRelease(api, 'deprecated-in', apiPath, problems);
  const removedIn = readRelease(api, 'removed-in', apiPath, problems);
  readRelease(api, 'replacement-available-in', apiPath, problems);
  const replacement = readApiVersion(
    api,
    'replacement-api',
    apiPath,
    problems,
    {
      required: false,
    },
  );
  const component =
    readString(api, 'component', apiPath, problems, {
      maxLength: FIELD_MAX_LENGTH.namespace,
      emptyIsAbsent: true,
    }) ?? KUBERNETES_COMPONENT;
  if (!name || !kind || !apiVersion) return undefined;

  if (component !== KUBERNETES_COMPONENT) {
    return withoutAbsentFields({
      kind,
      apiVersion,
      name,
      namespace: namespace ?? null,
      replacement,
    });
  }
  const known = findDeprecatedApiByKind(apiVersion, kind);
  return withoutAbsentFields({
    kind,
    apiVersion,
    name,
    namespace: namespace ?? null,
    deprecatedIn: deprecatedIn ?? known?.deprecatedIn,
    removedIn: removedIn ?? known?.removedIn,
    replacement: replacement ?? known?.replacement,
  });
}

function readRelease(
  record: Record<string, unknown>,
  key: string,
  path: string,
  problems: ProblemList,
): string | undefined {
  const version = readString(record, key, path, problems, {
    maxLength: FIELD_MAX_LENGTH.version,
    emptyIsAbsent: true,
  });
  if (version === undefined) return undefined;
  const line = toReleaseLine(version);
  if (line === undefined) {
    problems.add(joinPath(path, key), 'expected a version such as v1.16.0');
  }
  return line;
}

function checkTargetVersions(value: unknown, problems: ProblemList) {
  if (value === undefined || value === null) return;
  const targets = readRecord(value, 'target-versions', problems);
  if (!targets) return;
  for (const component of Object.keys(targets)) {
    if (component.length > FIELD_MAX_LENGTH.namespace) {
      problems.add('target-versions', 'a component name is too long');
      continue;
    }
    readString(targets, component, 'target-versions', problems, {
      maxLength: FIELD_MAX_LENGTH.version,
    });
  }
}
