import {
  apiVersionOf,
  findDeprecatedApiByResource,
  findKindOfResource,
} from './deprecatedApiCatalog';
import {
  DeprecatedApiParseResult,
  FIELD_MAX_LENGTH,
  MAX_DEPRECATED_API_FINDINGS,
  ProblemList,
  tooManyFindings,
  withoutAbsentFields,
} from './deprecatedApiInput';
import { DeprecatedApiFinding } from './readinessApi';
import { toReleaseLine } from './releaseLines';

const METRIC_NAME = 'apiserver_requested_deprecated_apis';

/**
 * The most text read from a /metrics page: a real API server's is a few hundred kilobytes.
 * @public
 */
export const MAX_METRICS_TEXT_LENGTH = 5 * 1024 * 1024;

/**
 * The most lines read from a /metrics page.
 * @public
 */
export const MAX_METRICS_LINES = 100_000;

const LABEL_MAX_LENGTH: Record<string, number> = {
  group: FIELD_MAX_LENGTH.name,
  version: FIELD_MAX_LENGTH.version,
  resource: FIELD_MAX_LENGTH.name,
  subresource: FIELD_MAX_LENGTH.name,
  removed_release: FIELD_MAX_LENGTH.version,
};

// What the API server writes; anything else would end up in messages people read.
const LABEL_PATTERN = {
  group: /^(?:[a-z0-9]([a-z0-9.-]*[a-z0-9])?)?$/,
  version: /^v[0-9]+[a-z0-9]*$/,
  resource: /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/,
};

/**
 * Reads the API server's `apiserver_requested_deprecated_apis` gauge from its /metrics page
 * (Prometheus text exposition): each sample of value 1 is a deprecated API some client requested
 * since the API server started. Each becomes one finding named after the resource, with no
 * namespace; the kind comes from {@link DEPRECATED_KUBERNETES_APIS} (else the resource name), the
 * removal from the `removed_release` label (else the catalog). Other metrics and comments are
 * skipped.
 * @public
 */
export function parseDeprecatedApiMetric(
  text: string,
): DeprecatedApiParseResult<'apiserver-metric'> {
  if (typeof text !== 'string') {
    return { ok: false, problems: ['(metrics): expected text'] };
  }
  if (text.length > MAX_METRICS_TEXT_LENGTH) {
    return {
      ok: false,
      problems: [
        `(metrics): longer than ${MAX_METRICS_TEXT_LENGTH} characters; send only the ${METRIC_NAME} lines`,
      ],
    };
  }
  if (countLinesUpTo(text, MAX_METRICS_LINES + 1) > MAX_METRICS_LINES) {
    return {
      ok: false,
      problems: [
        `(metrics): more than ${MAX_METRICS_LINES} lines; send only the ${METRIC_NAME} lines`,
      ],
    };
  }
  const lines = text.split('\n');
  const problems = new ProblemList();
  const findings = new Map<string, DeprecatedApiFinding>();
  lines.forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (!isSampleOf(line)) return;
    const where = `line ${index + 1}`;
    const sample = readSample(line.slice(METRIC_NAME.length), where, problems);
    if (!sample || sample.value !== 1) return;
    const finding = toFinding(sample.labels, where, problems);
    if (finding) {
      findings.set(`${finding.apiVersion} ${finding.name}`, finding);
    }
  });
  if (!problems.isEmpty) return { ok: false, problems: problems.list() };
  if (findings.size > MAX_DEPRECATED_API_FINDINGS) {
    return tooManyFindings(findings.size);
  }
  return {
    ok: true,
    tool: 'apiserver-metric',
    findings: [...findings.values()],
  };
}

// Counts without splitting, so that a page of empty lines costs no memory before it is refused.
function countLinesUpTo(text: string, limit: number): number {
  let lines = 1;
  for (
    let at = text.indexOf('\n');
    at !== -1 && lines < limit;
    at = text.indexOf('\n', at + 1)
  ) {
    lines += 1;
  }
  return lines;
}

// A metric whose name merely starts with ours (say …_apis_total) is another metric.
function isSampleOf(line: string): boolean {
  if (!line.startsWith(METRIC_NAME)) return false;
  const next = line.charAt(METRIC_NAME.length);
  return next === '{' || next === ' ' || next === '\t';
}

interface Sample {
  labels: Map<string, string>;
  value: number;
}

function readSample(
  rest: string,
  where: string,
  problems: ProblemList,
): Sample | undefined {
  let labels = new Map<string, string>();
  let afterLabels = rest;
  if (rest.startsWith('{')) {
    const parsed = readLabels(rest);
    if (typeof parsed === 'string') {
      problems.add(where, parsed);
      return undefined;
    }
    labels = parsed.labels;
    afterLabels = rest.slice(parsed.end);
  }
  // The value, then an optional timestamp.
  const fields = afterLabels.trim().split(/\s+/);
  if (fields.length < 1 || fields.length > 2 || fields[0] === '') {
    problems.add(where, 'expected a value after the labels');
    return undefined;
  }
  const value = Number(fields[0]);
  if (Number.isNaN(value) && fields[0] !== 'NaN') {
    problems.add(where, `expected a number, not "${fields[0].slice(0, 20)}"`);
    return undefined;
  }
  return { labels, value };
}

const LABEL_NAME = /[a-zA-Z_][a-zA-Z0-9_]*/y;

/**
 * The labels of `{name="value",…}` at the start of `text` and where they end, or what is wrong.
 * Values may hold `\\`, `\"` and `\n` escapes, and so `}` and `,`.
 */
function readLabels(
  text: string,
): { labels: Map<string, string>; end: number } | string {
  const labels = new Map<string, string>();
  let at = 1;
  const skipSpaces = () => {
    while (text[at] === ' ' || text[at] === '\t') at += 1;
  };
  for (;;) {
    skipSpaces();
    if (text[at] === '}') return { labels, end: at + 1 };
    LABEL_NAME.lastIndex = at;
    const name = LABEL_NAME.exec(text)?.[0];
    if (!name) return `expected a label name at character ${at + 1}`;
    at += name.length;
    skipSpaces();
    if (text[at] !== '=') return `expected = after label ${name}`;
    at += 1;
    skipSpaces();
    if (text[at] !== '"') return `expected a quoted value for label ${name}`;
    at += 1;
    let value = '';
    for (;;) {
      const char = text[at];
      if (char === undefined) return `unterminated value of label ${name}`;
      at += 1;
      if (char === '"') break;
      if (char === '\\') {
        const escaped = text[at];
        at += 1;
        if (escaped === 'n') value += '\n';
        else if (escaped === '\\' || escaped === '"') value += escaped;
        else return `unknown escape in the value of label ${name}`;
      } else {
        value += char;
      }
    }
    if (labels.has(name)) return `label ${name} is given twice`;
    labels.set(name, value);
    skipSpaces();
    if (text[at] === ',') at += 1;
    else if (text[at] !== '}') return `expected , or } after label ${name}`;
  }
}

function toFinding(
  labels: Map<string, string>,
  where: string,
  problems: ProblemList,
): DeprecatedApiFinding | undefined {
  for (const [label, maxLength] of Object.entries(LABEL_MAX_LENGTH)) {
    const value = labels.get(label);
    if (value !== undefined && value.length > maxLength) {
      problems.add(where, `label ${label} is longer than ${maxLength}`);
      return undefined;
    }
  }
  const group = labels.get('group');
  const version = labels.get('version');
  const resource = labels.get('resource');
  if (group === undefined || !version || !resource) {
    problems.add(where, 'expected the labels group, version and resource');
    return undefined;
  }
  if (!LABEL_PATTERN.group.test(group)) {
    problems.add(where, 'label group is not an API group such as apps');
    return undefined;
  }
  if (!LABEL_PATTERN.version.test(version)) {
    problems.add(where, 'label version is not an API version such as v1beta1');
    return undefined;
  }
  if (!LABEL_PATTERN.resource.test(resource)) {
    problems.add(where, 'label resource is not a resource such as ingresses');
    return undefined;
  }
  const removedRelease = labels.get('removed_release') ?? '';
  const removedIn =
    removedRelease === '' ? undefined : toReleaseLine(removedRelease);
  if (removedRelease !== '' && removedIn === undefined) {
    problems.add(where, 'label removed_release is not a release such as 1.25');
    return undefined;
  }
  const apiVersion = apiVersionOf(group, version);
  const known = findDeprecatedApiByResource(group, version, resource);
  return withoutAbsentFields({
    kind: known?.kind ?? findKindOfResource(group, resource) ?? resource,
    apiVersion,
    name: resource,
    namespace: null,
    deprecatedIn: known?.deprecatedIn,
    removedIn: removedIn ?? known?.removedIn,
    replacement: known?.replacement,
  });
}
