import {
  CHECK_STATUSES,
  CheckStatus,
  ParsedSecurityReport,
  SecurityCheckResult,
  SecurityResource,
} from '../securityModel';
import {
  JsonObject,
  ReadContext,
  at,
  countBy,
  isObject,
  objectsOf,
  readArray,
  readBoolean,
  readId,
  readObject,
  readResource,
  readSeverity,
  readStatus,
  readSummary,
  readText,
  readTimestamp,
} from './readContext';

/** The apiVersion and kinds of the policy reports read here. */
export const POLICY_REPORT_KINDS: Readonly<Record<string, readonly string[]>> =
  {
    'wgpolicyk8s.io/v1alpha2': ['PolicyReport', 'ClusterPolicyReport'],
    'openreports.io/v1alpha1': ['Report', 'ClusterReport'],
  };

const RESULT_WORDS: Readonly<Record<string, CheckStatus>> = {
  pass: 'pass',
  fail: 'fail',
  warn: 'warn',
  error: 'error',
  skip: 'skip',
};

const SUMMARY_KEYS = ['pass', 'fail', 'warn', 'error', 'skip'] as const;

function readResult(
  ctx: ReadContext,
  item: JsonObject,
  path: string,
  scope: SecurityResource | undefined,
): SecurityCheckResult | undefined {
  const set = readId(ctx, item, 'policy', path);
  const rule = readId(ctx, item, 'rule', path, false);
  const check = rule ?? set;
  const title = readText(ctx, item, 'message', path) ?? check;
  const status = readStatus(
    ctx,
    item,
    'result',
    path,
    RESULT_WORDS,
    'pass, fail, warn, error or skip',
  );
  const severity = readSeverity(ctx, item, 'severity', path, false);
  const scored = readBoolean(ctx, item, 'scored', path);
  const resources = readArray(ctx, item, 'resources', path);
  const first = resources[0];
  const resource = isObject(first)
    ? readResource(ctx, first, at(path, 'resources[0]'))
    : scope;
  if (!set || !check || !title || !status) return undefined;
  const parsed: SecurityCheckResult = { set, check, title, status };
  if (severity) parsed.severity = severity;
  if (scored !== undefined) parsed.scored = scored;
  if (resource) parsed.resource = { ...resource };
  return parsed;
}

/**
 * Reads a `wgpolicyk8s.io/v1alpha2` `PolicyReport` / `ClusterPolicyReport` or an
 * `openreports.io/v1alpha1` `Report` / `ClusterReport`: one check per result.
 */
export function parsePolicyReport(
  ctx: ReadContext,
  doc: JsonObject,
  kind: string,
): ParsedSecurityReport {
  const scopeObject = readObject(ctx, doc, 'scope', '');
  const scope = scopeObject && readResource(ctx, scopeObject, 'scope');
  const items = readArray(ctx, doc, 'results', '');
  ctx.reserve(items.length);
  const checks: SecurityCheckResult[] = [];
  for (const { item, path } of objectsOf(ctx, items, 'results')) {
    const check = readResult(ctx, item, path, scope);
    if (check) checks.push(check);
  }
  const stated = readObject(ctx, doc, 'summary', '');
  const summary = stated
    ? readSummary(
        ctx,
        stated,
        'summary',
        SUMMARY_KEYS.map(key => [key, key] as const),
      )
    : countBy(
        CHECK_STATUSES.filter(s => s !== 'info'),
        checks.map(c => c.status),
      );
  const parsed: ParsedSecurityReport = {
    tool: 'policy-report',
    kind,
    summary,
    checks,
    vulnerabilities: [],
  };
  const metadata = readObject(ctx, doc, 'metadata', '');
  const name = metadata && readId(ctx, metadata, 'name', 'metadata', false);
  if (name) parsed.name = name;
  const generatedAt = readTimestamp(metadata, 'creationTimestamp');
  if (generatedAt) parsed.generatedAt = generatedAt;
  return parsed;
}
