import {
  CheckStatus,
  SECURITY_SEVERITIES,
  SecurityResource,
  SecuritySeverity,
} from '../securityModel';

/**
 * The bounds a scanner's output is read within: it comes from outside the portal.
 * @public
 */
export const SECURITY_PARSE_LIMITS = {
  /** the largest file read, in UTF-8 bytes */
  maxContentBytes: 20 * 1024 * 1024,
  /** the deepest nesting of objects and arrays accepted */
  maxDepth: 64,
  /** the most checks plus vulnerabilities one file may hold */
  maxFindings: 50_000,
  /** ids (check ids, CVE ids, policy and rule names, resource names) are refused above this */
  maxIdLength: 253,
  /** titles, messages, package names and versions are cut to this, ending with `…` */
  maxTextLength: 2_000,
  /** remediation text is cut to this, ending with `…` */
  maxRemediationLength: 10_000,
} as const;

// A document that is wrong everywhere would otherwise answer with one problem per field.
const MAX_PROBLEMS = 50;

/** A JSON object: a plain value with string keys, read through its own properties only. */
export type JsonObject = Record<string, unknown>;

/** Whether a value is an object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value's own property; inherited ones (`__proto__`, `constructor`, …) read as absent. */
export function own(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** A path that goes on with a key: `report.summary`. */
export function at(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** A path that goes on with an index: `results[3]`. */
export function atIndex(path: string, index: number): string {
  return `${path}[${index}]`;
}

/** `text` cut to `max` characters, the last one `…`, never splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) {
    return text;
  }
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) {
    end -= 1;
  }
  return `${text.slice(0, end)}…`;
}

/** Thrown to stop reading a file once it holds more findings than are accepted. */
export class TooManyFindings extends Error {}

interface ReadState {
  problems: string[];
  dropped: number;
  findings: number;
}

/**
 * What reading one file (or one document) carries along: the problems found so far, as
 * `path: message`, and how many checks and vulnerabilities it may still hold.
 */
export class ReadContext {
  private constructor(
    private readonly state: ReadState,
    /** put before every path (e.g. `items[2]` inside a List) */
    readonly prefix: string,
  ) {}

  static create(): ReadContext {
    return new ReadContext({ problems: [], dropped: 0, findings: 0 }, '');
  }

  /** A context that shares this one's problems and bound, with every path under `path`. */
  under(path: string): ReadContext {
    return new ReadContext(this.state, this.join(path));
  }

  problem(path: string, message: string): void {
    const where = this.join(path);
    const text = where ? `${where}: ${message}` : message;
    if (this.state.problems.length < MAX_PROBLEMS) {
      this.state.problems.push(text);
    } else {
      this.state.dropped += 1;
    }
  }

  /** Reserves room for `count` more findings; throws {@link TooManyFindings} over the bound. */
  reserve(count: number): void {
    this.state.findings += count;
    if (this.state.findings > SECURITY_PARSE_LIMITS.maxFindings) {
      throw new TooManyFindings(
        `more than ${SECURITY_PARSE_LIMITS.maxFindings} checks and vulnerabilities`,
      );
    }
  }

  get hasProblems(): boolean {
    return this.state.problems.length > 0;
  }

  list(): string[] {
    return this.state.dropped === 0
      ? [...this.state.problems]
      : [...this.state.problems, `… and ${this.state.dropped} more problems`];
  }

  private join(path: string): string {
    if (!this.prefix) return path;
    if (!path) return this.prefix;
    return path.startsWith('[')
      ? `${this.prefix}${path}`
      : `${this.prefix}.${path}`;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return 'a string';
  return `${typeof value === 'object' ? 'an' : 'a'} ${typeof value}`;
}

/**
 * An id: a non-empty string of at most 253 characters. Absent gives `undefined`, and a
 * problem when `required`; anything else is a problem.
 */
export function readId(
  ctx: ReadContext,
  object: JsonObject,
  key: string,
  path: string,
  required = true,
): string | undefined {
  const value = own(object, key);
  const where = at(path, key);
  if (value === undefined || value === null) {
    if (required) ctx.problem(where, 'is missing');
    return undefined;
  }
  if (typeof value !== 'string') {
    ctx.problem(where, `expected a string, got ${describe(value)}`);
    return undefined;
  }
  if (value.length === 0) {
    if (required) ctx.problem(where, 'is empty');
    return undefined;
  }
  if (value.length > SECURITY_PARSE_LIMITS.maxIdLength) {
    ctx.problem(
      where,
      `longer than ${SECURITY_PARSE_LIMITS.maxIdLength} characters`,
    );
    return undefined;
  }
  return value;
}

/**
 * Free text, cut to `max` characters. Absent or empty gives `undefined` (a problem when
 * `required`); a value that is not a string is a problem.
 */
export function readText(
  ctx: ReadContext,
  object: JsonObject,
  key: string,
  path: string,
  options: { max?: number; required?: boolean } = {},
): string | undefined {
  const value = own(object, key);
  const where = at(path, key);
  if (value === undefined || value === null || value === '') {
    if (options.required) ctx.problem(where, 'is missing');
    return undefined;
  }
  if (typeof value !== 'string') {
    ctx.problem(where, `expected a string, got ${describe(value)}`);
    return undefined;
  }
  return truncate(value, options.max ?? SECURITY_PARSE_LIMITS.maxTextLength);
}

/** A count: a non-negative safe integer; absent gives `undefined` (a problem when `required`). */
export function readCount(
  ctx: ReadContext,
  object: JsonObject,
  key: string,
  path: string,
  required = false,
): number | undefined {
  const value = own(object, key);
  if (value === undefined || value === null) {
    if (required) ctx.problem(at(path, key), 'is missing');
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    ctx.problem(at(path, key), 'expected a whole number, 0 or more');
    return undefined;
  }
  return value;
}

/** A boolean; absent gives `undefined` (a problem when `required`). */
export function readBoolean(
  ctx: ReadContext,
  object: JsonObject,
  key: string,
  path: string,
  required = false,
): boolean | undefined {
  const value = own(object, key);
  if (value === undefined || value === null) {
    if (required) ctx.problem(at(path, key), 'is missing');
    return undefined;
  }
  if (typeof value !== 'boolean') {
    ctx.problem(
      at(path, key),
      `expected true or false, got ${describe(value)}`,
    );
    return undefined;
  }
  return value;
}

/** An array; absent gives `[]` (a problem when `required`), anything else is a problem. */
export function readArray(
  ctx: ReadContext,
  object: JsonObject,
  key: string,
  path: string,
  required = false,
): unknown[] {
  const value = own(object, key);
  if (value === undefined || value === null) {
    if (required) ctx.problem(at(path, key), 'is missing');
    return [];
  }
  if (!Array.isArray(value)) {
    ctx.problem(at(path, key), `expected an array, got ${describe(value)}`);
    return [];
  }
  return value;
}

/** An object; absent gives `undefined` (a problem when `required`). */
export function readObject(
  ctx: ReadContext,
  object: JsonObject,
  key: string,
  path: string,
  required = false,
): JsonObject | undefined {
  const value = own(object, key);
  if (value === undefined || value === null) {
    if (required) ctx.problem(at(path, key), 'is missing');
    return undefined;
  }
  if (!isObject(value)) {
    ctx.problem(at(path, key), `expected an object, got ${describe(value)}`);
    return undefined;
  }
  return value;
}

/** The elements of an array that are objects, each with its path; others are problems. */
export function objectsOf(
  ctx: ReadContext,
  items: unknown[],
  path: string,
): Array<{ item: JsonObject; path: string }> {
  const objects: Array<{ item: JsonObject; path: string }> = [];
  items.forEach((item, index) => {
    const where = atIndex(path, index);
    if (isObject(item)) {
      objects.push({ item, path: where });
    } else {
      ctx.problem(where, `expected an object, got ${describe(item)}`);
    }
  });
  return objects;
}

const SEVERITY_WORDS: Record<string, SecuritySeverity> = {
  critical: 'critical',
  high: 'high',
  medium: 'medium',
  low: 'low',
  unknown: 'unknown',
  // Trivy's NONE (no CVSS rating) and PolicyReport's info are below low: nothing to rank them by.
  none: 'unknown',
  info: 'unknown',
};

/** A scanner's severity, any case, as the model's; a problem when it is none of them. */
export function readSeverity(
  ctx: ReadContext,
  object: JsonObject,
  key: string,
  path: string,
  required = true,
): SecuritySeverity | undefined {
  const value = own(object, key);
  if (!required && (value === undefined || value === null || value === '')) {
    return undefined;
  }
  const word = typeof value === 'string' ? value.toLowerCase() : undefined;
  if (word !== undefined && Object.hasOwn(SEVERITY_WORDS, word)) {
    return SEVERITY_WORDS[word];
  }
  ctx.problem(
    at(path, key),
    `expected one of ${SECURITY_SEVERITIES.join(', ')} (any case)`,
  );
  return undefined;
}

/** A status from a fixed vocabulary, e.g. kube-bench's PASS / FAIL / WARN / INFO. */
export function readStatus(
  ctx: ReadContext,
  object: JsonObject,
  key: string,
  path: string,
  words: Readonly<Record<string, CheckStatus>>,
  expected: string,
): CheckStatus | undefined {
  const value = own(object, key);
  if (typeof value === 'string' && Object.hasOwn(words, value)) {
    return words[value];
  }
  ctx.problem(at(path, key), `expected ${expected}`);
  return undefined;
}

/** The resource `{namespace, kind, name}` of an object, leaving out empty fields. */
export function readResource(
  ctx: ReadContext,
  object: JsonObject,
  path: string,
  keys: { namespace: string; kind: string; name: string } = {
    namespace: 'namespace',
    kind: 'kind',
    name: 'name',
  },
): SecurityResource | undefined {
  const resource: SecurityResource = {};
  const namespace = readId(ctx, object, keys.namespace, path, false);
  const kind = readId(ctx, object, keys.kind, path, false);
  const name = readId(ctx, object, keys.name, path, false);
  if (namespace) resource.namespace = namespace;
  if (kind) resource.kind = kind;
  if (name) resource.name = name;
  return namespace || kind || name ? resource : undefined;
}

const ISO_TIMESTAMP =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A timestamp the scanner wrote, when it is ISO 8601; an odd or zero one (Polaris writes
 * `0001-01-01T00:00:00Z` for path audits) reads as absent rather than as a problem.
 */
export function readTimestamp(
  object: JsonObject | undefined,
  key: string,
): string | undefined {
  const value = object ? own(object, key) : undefined;
  if (
    typeof value !== 'string' ||
    !ISO_TIMESTAMP.test(value) ||
    value.startsWith('0001-')
  ) {
    return undefined;
  }
  return value;
}

/** The counts a summary object states, under the model's names, for the keys it has. */
export function readSummary(
  ctx: ReadContext,
  summary: JsonObject,
  path: string,
  names: ReadonlyArray<readonly [key: string, name: string]>,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [key, name] of names) {
    const count = readCount(ctx, summary, key, path);
    if (count !== undefined) counts[name] = count;
  }
  return counts;
}

/** How many of `values` fall under each of `names` (all of them, zeros included). */
export function countBy<T extends string>(
  names: readonly T[],
  values: Iterable<T | undefined>,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of names) counts[name] = 0;
  for (const value of values) {
    if (value !== undefined && Object.hasOwn(counts, value)) {
      counts[value] += 1;
    }
  }
  return counts;
}
