import {
  CheckStatus,
  ParsedSecurityReport,
  SecurityCheckResult,
} from '../securityModel';
import {
  JsonObject,
  ReadContext,
  SECURITY_PARSE_LIMITS,
  at,
  isObject,
  objectsOf,
  own,
  readArray,
  readBoolean,
  readId,
  readObject,
  readStatus,
  readSummary,
  readText,
} from './readContext';

const STATUS_WORDS: Readonly<Record<string, CheckStatus>> = {
  PASS: 'pass',
  FAIL: 'fail',
  WARN: 'warn',
  INFO: 'info',
};

const TOTALS = [
  ['total_pass', 'pass'],
  ['total_fail', 'fail'],
  ['total_warn', 'warn'],
  ['total_info', 'info'],
] as const;

/** Whether a value looks like one kube-bench `Controls` entry. */
function isControls(value: unknown): boolean {
  return (
    isObject(value) &&
    Array.isArray(own(value, 'tests')) &&
    typeof own(value, 'version') === 'string'
  );
}

/**
 * Whether a document is kube-bench `--json` output: `{Controls:[…], Totals}`, or the older bare
 * array of Controls.
 */
export function isKubeBench(doc: unknown): boolean {
  if (Array.isArray(doc)) {
    return doc.length > 0 && doc.every(isControls);
  }
  return (
    isObject(doc) &&
    Array.isArray(own(doc, 'Controls')) &&
    (Object.hasOwn(doc, 'Totals') ||
      (own(doc, 'Controls') as unknown[]).some(isControls))
  );
}

/** The benchmark a Controls `version` names: `1.5` is CIS 1.5, `cis-1.10` / `eks-1.8.0` stay. */
export function benchmarkOf(version: string): string {
  return /^\d+(\.\d+)*$/.test(version) ? `cis-${version}` : version;
}

function readResult(
  ctx: ReadContext,
  result: JsonObject,
  path: string,
  set: string | undefined,
): SecurityCheckResult | undefined {
  const check = readId(ctx, result, 'test_number', path);
  const title = readText(ctx, result, 'test_desc', path, { required: true });
  const status = readStatus(
    ctx,
    result,
    'status',
    path,
    STATUS_WORDS,
    'PASS, FAIL, WARN or INFO',
  );
  const scored = readBoolean(ctx, result, 'scored', path);
  const remediation = readText(ctx, result, 'remediation', path, {
    max: SECURITY_PARSE_LIMITS.maxRemediationLength,
  });
  if (!set || !check || !title || !status) {
    return undefined;
  }
  const parsed: SecurityCheckResult = { set, check, title, status };
  if (scored !== undefined) parsed.scored = scored;
  if (remediation !== undefined) parsed.remediation = remediation;
  return parsed;
}

function readControls(
  ctx: ReadContext,
  controls: JsonObject,
  path: string,
  checks: SecurityCheckResult[],
): Record<string, number> {
  const version = readId(ctx, controls, 'version', path);
  const set = version === undefined ? undefined : benchmarkOf(version);
  const listed: Record<string, number> = { pass: 0, fail: 0, warn: 0, info: 0 };
  for (const test of objectsOf(
    ctx,
    readArray(ctx, controls, 'tests', path, true),
    at(path, 'tests'),
  )) {
    const results = readArray(ctx, test.item, 'results', test.path);
    ctx.reserve(results.length);
    for (const result of objectsOf(ctx, results, at(test.path, 'results'))) {
      const check = readResult(ctx, result.item, result.path, set);
      if (check) {
        checks.push(check);
        listed[check.status] += 1;
      }
    }
  }
  // The Controls' own totals when it states them (a trimmed report lists fewer results).
  const stated = readSummary(ctx, controls, path, TOTALS);
  return Object.keys(stated).length === TOTALS.length ? stated : listed;
}

/** Reads kube-bench `--json` output (either shape) as one report. */
export function parseKubeBench(
  ctx: ReadContext,
  doc: unknown,
): ParsedSecurityReport | undefined {
  const isArray = Array.isArray(doc);
  const controlsList = isArray
    ? doc
    : readArray(ctx, doc as JsonObject, 'Controls', '', true);
  const controlsPath = isArray ? '' : 'Controls';
  const checks: SecurityCheckResult[] = [];
  const summed: Record<string, number> = { pass: 0, fail: 0, warn: 0, info: 0 };
  for (const controls of objectsOf(ctx, controlsList, controlsPath)) {
    const counts = readControls(ctx, controls.item, controls.path, checks);
    for (const [name, count] of Object.entries(counts)) summed[name] += count;
  }
  let summary = summed;
  const totals = isArray
    ? undefined
    : readObject(ctx, doc as JsonObject, 'Totals', '');
  if (totals) {
    summary = readSummary(ctx, totals, 'Totals', TOTALS);
    for (const [key] of TOTALS) {
      if (!Object.hasOwn(totals, key))
        ctx.problem(at('Totals', key), 'is missing');
    }
  }
  return {
    tool: 'kube-bench',
    kind: 'kube-bench',
    summary,
    checks,
    vulnerabilities: [],
  };
}
