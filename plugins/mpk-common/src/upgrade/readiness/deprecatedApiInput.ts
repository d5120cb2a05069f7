import { ApiSchemas } from '../../schema/apiSchemas';
import { DeprecatedApiFinding } from './readinessApi';

/**
 * The tools a deprecated-API scan comes from.
 * @public
 */
export type DeprecatedApiScanTool = ApiSchemas['ApiUsageScan']['tool'];

/**
 * The findings a deprecated-API report or metric holds, or every problem found reading it.
 * `tooMany` marks a report with more findings than are accepted (the route answers 413).
 * @public
 */
export type DeprecatedApiParseResult<
  Tool extends DeprecatedApiScanTool = DeprecatedApiScanTool,
> =
  | { ok: true; tool: Tool; findings: DeprecatedApiFinding[] }
  | { ok: false; tooMany?: boolean; problems: string[] };

/**
 * The most findings one report may hold: far above any real cluster's, low enough to store.
 * @public
 */
export const MAX_DEPRECATED_API_FINDINGS = 10_000;

/** Field lengths, from the Kubernetes limits where there is one. */
export const FIELD_MAX_LENGTH = {
  /** a DNS subdomain, the longest object name Kubernetes allows */
  name: 253,
  /** a DNS label */
  namespace: 63,
  kind: 63,
  /** a DNS subdomain group, `/`, and a version */
  apiVersion: 253,
  version: 64,
  /** the longest free text a tool writes, e.g. kubent's ruleset title */
  text: 253,
} as const;

// A report that is wrong everywhere would otherwise answer with one problem per field.
const MAX_PROBLEMS = 50;

// JSON.parse keeps these as own keys; refusing them keeps them away from any code that later
// spreads or merges the values.
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const CONTROL_CHARACTER =
  // eslint-disable-next-line no-control-regex -- finding control characters is its one job
  /[\u0000-\u001F\u007F-\u009F]/;

const API_VERSION = /^(?:[a-z0-9]([a-z0-9.-]*[a-z0-9])?\/)?v[0-9]+[a-z0-9]*$/;
const KIND = /^[A-Za-z][A-Za-z0-9]*$/;

/** Collects problems as `path: message`, stopping at a bound. */
export class ProblemList {
  private readonly problems: string[] = [];
  private dropped = 0;

  add(path: string, message: string): void {
    if (this.problems.length < MAX_PROBLEMS) {
      this.problems.push(`${path || '(report)'}: ${message}`);
    } else {
      this.dropped += 1;
    }
  }

  get isEmpty(): boolean {
    return this.problems.length === 0;
  }

  list(): string[] {
    return this.dropped === 0
      ? [...this.problems]
      : [...this.problems, `… and ${this.dropped} more problems`];
  }
}

/** The refusal of a report with more findings than are accepted. */
export function tooManyFindings(
  count: number,
): DeprecatedApiParseResult<never> {
  return {
    ok: false,
    tooMany: true,
    problems: [
      `the report holds ${count} findings; at most ${MAX_DEPRECATED_API_FINDINGS} are accepted`,
    ],
  };
}

/**
 * Reads each entry of a report into a finding, collecting every problem (after those already in
 * `problems`), and refuses a report with more entries than are accepted before reading any.
 */
export function readFindings<Tool extends DeprecatedApiScanTool>(options: {
  tool: Tool;
  entries: unknown[];
  pathOf: (index: number) => string;
  readEntry: (
    entry: unknown,
    path: string,
    problems: ProblemList,
  ) => DeprecatedApiFinding | undefined;
  problems?: ProblemList;
}): DeprecatedApiParseResult<Tool> {
  const { tool, entries, pathOf, readEntry } = options;
  if (entries.length > MAX_DEPRECATED_API_FINDINGS) {
    return tooManyFindings(entries.length);
  }
  const problems = options.problems ?? new ProblemList();
  const findings: DeprecatedApiFinding[] = [];
  entries.forEach((entry, index) => {
    const finding = readEntry(entry, pathOf(index), problems);
    if (finding) findings.push(finding);
  });
  return problems.isEmpty
    ? { ok: true, tool, findings }
    : { ok: false, problems: problems.list() };
}

/**
 * `value` as a plain record of its own keys, or undefined with a problem when it is not an
 * object or carries a prototype key.
 */
export function readRecord(
  value: unknown,
  path: string,
  problems: ProblemList,
): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.add(path, 'expected an object');
    return undefined;
  }
  const record: Record<string, unknown> = Object.create(null);
  let clean = true;
  for (const [key, field] of Object.entries(value)) {
    if (PROTOTYPE_KEYS.has(key)) {
      problems.add(joinPath(path, key), 'this key is not allowed');
      clean = false;
    } else {
      record[key] = field;
    }
  }
  return clean ? record : undefined;
}

/** How {@link readString} takes a field. */
export interface StringRule {
  maxLength: number;
  /** absent or `null` is a problem */
  required?: boolean;
  /** the empty string counts as absent instead of a problem */
  emptyIsAbsent?: boolean;
}

/**
 * A string field of `record`, checked for type, length and control characters; undefined when
 * absent or when it has a problem (which is then added).
 */
export function readString(
  record: Record<string, unknown>,
  key: string,
  path: string,
  problems: ProblemList,
  rule: StringRule,
): string | undefined {
  const where = joinPath(path, key);
  const value = record[key];
  if (value === undefined || value === null) {
    if (rule.required) problems.add(where, 'required');
    return undefined;
  }
  if (typeof value !== 'string') {
    problems.add(where, 'expected a string');
    return undefined;
  }
  if (value === '') {
    if (rule.emptyIsAbsent) return undefined;
    problems.add(where, 'must not be empty');
    return undefined;
  }
  if (value.length > rule.maxLength) {
    problems.add(where, `longer than ${rule.maxLength} characters`);
    return undefined;
  }
  if (CONTROL_CHARACTER.test(value)) {
    problems.add(where, 'must not contain control characters');
    return undefined;
  }
  return value;
}

/** A required apiVersion field, e.g. `apps/v1beta1`. */
export function readApiVersion(
  record: Record<string, unknown>,
  key: string,
  path: string,
  problems: ProblemList,
  rule: { required: boolean } = { required: true },
): string | undefined {
  const value = readString(record, key, path, problems, {
    maxLength: FIELD_MAX_LENGTH.apiVersion,
    required: rule.required,
    emptyIsAbsent: !rule.required,
  });
  if (value !== undefined && !API_VERSION.test(value)) {
    problems.add(
      joinPath(path, key),
      'expected an apiVersion such as apps/v1 or v1',
    );
    return undefined;
  }
  return value;
}

/** A required kind field, e.g. `Deployment`. */
export function readKind(
  record: Record<string, unknown>,
  key: string,
  path: string,
  problems: ProblemList,
): string | undefined {
  const value = readString(record, key, path, problems, {
    maxLength: FIELD_MAX_LENGTH.kind,
    required: true,
  });
  if (value !== undefined && !KIND.test(value)) {
    problems.add(joinPath(path, key), 'expected a kind such as Deployment');
    return undefined;
  }
  return value;
}

/** An optional boolean field. */
export function checkOptionalBoolean(
  record: Record<string, unknown>,
  key: string,
  path: string,
  problems: ProblemList,
): void {
  const value = record[key];
  if (value !== undefined && typeof value !== 'boolean') {
    problems.add(joinPath(path, key), 'expected true or false');
  }
}

/** `path.key`, or `key` at the top. */
export function joinPath(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** The finding with only the optional fields that have a value. */
export function withoutAbsentFields(
  finding: DeprecatedApiFinding,
): DeprecatedApiFinding {
  const result: DeprecatedApiFinding = {
    kind: finding.kind,
    apiVersion: finding.apiVersion,
    name: finding.name,
    namespace: finding.namespace,
  };
  if (finding.deprecatedIn !== undefined)
    result.deprecatedIn = finding.deprecatedIn;
  if (finding.removedIn !== undefined) result.removedIn = finding.removedIn;
  if (finding.replacement !== undefined)
    result.replacement = finding.replacement;
  return result;
}
