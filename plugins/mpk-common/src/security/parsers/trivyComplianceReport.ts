import {
  CheckStatus,
  ParsedSecurityReport,
  SecurityCheckResult,
} from '../securityModel';
import {
  JsonObject,
  ReadContext,
  at,
  countBy,
  objectsOf,
  own,
  readArray,
  readCount,
  readId,
  readObject,
  readSeverity,
  readSummary,
  readText,
  readTimestamp,
} from './readContext';

const SUMMARY = [
  ['passCount', 'pass'],
  ['failCount', 'fail'],
] as const;

function control(
  set: string,
  check: string,
  title: string,
  status: CheckStatus,
  severity: SecurityCheckResult['severity'],
): SecurityCheckResult {
  const parsed: SecurityCheckResult = { set, check, title, status };
  if (severity) parsed.severity = severity;
  return parsed;
}

/** The summary form: one `controlCheck` per control, failing when `totalFail` is over 0. */
function readSummaryReport(
  ctx: ReadContext,
  summaryReport: JsonObject,
  path: string,
  set: string,
): SecurityCheckResult[] {
  const items = readArray(ctx, summaryReport, 'controlCheck', path);
  ctx.reserve(items.length);
  const checks: SecurityCheckResult[] = [];
  for (const { item, path: where } of objectsOf(
    ctx,
    items,
    at(path, 'controlCheck'),
  )) {
    const id = readId(ctx, item, 'id', where);
    const title = readText(ctx, item, 'name', where) ?? id;
    const severity = readSeverity(ctx, item, 'severity', where, false);
    const totalFail = readCount(ctx, item, 'totalFail', where);
    if (!id || !title) continue;
    // Trivy Operator omits a zero totalFail (omitempty), and counts that control as passed.
    const status: CheckStatus = (totalFail ?? 0) > 0 ? 'fail' : 'pass';
    checks.push(control(set, id, title, status, severity));
  }
  return checks;
}

/** The detail form: one result per control, failing when any of its checks did not succeed. */
function readDetailReport(
  ctx: ReadContext,
  detailReport: JsonObject,
  path: string,
  set: string,
): SecurityCheckResult[] {
  const items = readArray(ctx, detailReport, 'results', path);
  ctx.reserve(items.length);
  const checks: SecurityCheckResult[] = [];
  for (const { item, path: where } of objectsOf(
    ctx,
    items,
    at(path, 'results'),
  )) {
    const id = readId(ctx, item, 'id', where);
    const title = readText(ctx, item, 'name', where) ?? id;
    const severity = readSeverity(ctx, item, 'severity', where, false);
    const results = objectsOf(
      ctx,
      readArray(ctx, item, 'checks', where),
      at(where, 'checks'),
    );
    let failed = false;
    for (const result of results) {
      const success = own(result.item, 'success');
      if (typeof success !== 'boolean') {
        ctx.problem(at(result.path, 'success'), 'expected true or false');
      } else if (!success) {
        failed = true;
      }
    }
    if (!id || !title) continue;
    checks.push(control(set, id, title, failed ? 'fail' : 'pass', severity));
  }
  return checks;
}

/**
 * Reads a Trivy Operator `ClusterComplianceReport`: one check per control of its compliance
 * spec (`spec.compliance.id` is the set), from the summary or the detail form of its status.
 */
export function parseTrivyComplianceReport(
  ctx: ReadContext,
  doc: JsonObject,
): ParsedSecurityReport {
  const spec = readObject(ctx, doc, 'spec', '', true) ?? {};
  const compliance = readObject(ctx, spec, 'compliance', 'spec', true) ?? {};
  const set = readId(ctx, compliance, 'id', 'spec.compliance') ?? '';
  const status = readObject(ctx, doc, 'status', '');
  const checks: SecurityCheckResult[] = [];
  if (status && set) {
    const summaryReport = readObject(ctx, status, 'summaryReport', 'status');
    const detailReport = readObject(ctx, status, 'detailReport', 'status');
    if (summaryReport) {
      checks.push(
        ...readSummaryReport(ctx, summaryReport, 'status.summaryReport', set),
      );
    }
    if (detailReport) {
      checks.push(
        ...readDetailReport(ctx, detailReport, 'status.detailReport', set),
      );
    }
  }
  // `summary` since trivy-operator 0.15; earlier reports have `totalCounts`.
  const key =
    status && Object.hasOwn(status, 'summary') ? 'summary' : 'totalCounts';
  const stated = status && readObject(ctx, status, key, 'status');
  const summary = stated
    ? readSummary(ctx, stated, `status.${key}`, SUMMARY)
    : countBy(
        ['pass', 'fail'],
        checks.map(c => c.status),
      );
  const parsed: ParsedSecurityReport = {
    tool: 'trivy-operator',
    kind: 'ClusterComplianceReport',
    summary,
    checks,
    vulnerabilities: [],
  };
  const metadata = readObject(ctx, doc, 'metadata', '');
  const name = metadata && readId(ctx, metadata, 'name', 'metadata', false);
  if (name) parsed.name = name;
  const generatedAt =
    readTimestamp(status, 'updateTimestamp') ??
    readTimestamp(metadata, 'creationTimestamp');
  if (generatedAt) parsed.generatedAt = generatedAt;
  return parsed;
}
