import {
  ParsedSecurityReport,
  SECURITY_SEVERITIES,
  SecurityCheckResult,
  SecurityResource,
} from '../securityModel';
import {
  JsonObject,
  ReadContext,
  SECURITY_PARSE_LIMITS,
  at,
  countBy,
  objectsOf,
  own,
  readArray,
  readBoolean,
  readId,
  readObject,
  readSeverity,
  readSummary,
  readText,
  truncate,
} from './readContext';
import { readTrivyOperatorMetadata } from './trivyOperatorMetadata';

/** The set every Trivy misconfiguration check (KSV…, KCV…, DS…) belongs to. */
export const TRIVY_CONFIG_AUDIT_SET = 'trivy-config-audit';

const SUMMARY = [
  ['criticalCount', 'critical'],
  ['highCount', 'high'],
  ['mediumCount', 'medium'],
  ['lowCount', 'low'],
  ['unknownCount', 'unknown'],
] as const;

function firstMessage(item: JsonObject): string | undefined {
  const messages = own(item, 'messages');
  const first = Array.isArray(messages) ? messages[0] : undefined;
  return typeof first === 'string' && first
    ? truncate(first, SECURITY_PARSE_LIMITS.maxTextLength)
    : undefined;
}

function readCheck(
  ctx: ReadContext,
  item: JsonObject,
  path: string,
  resource: SecurityResource | undefined,
): SecurityCheckResult | undefined {
  const check = readId(ctx, item, 'checkID', path);
  // Old reports have no title: their first message says what the check is about.
  const title =
    readText(ctx, item, 'title', path) ?? firstMessage(item) ?? check;
  const severity = readSeverity(ctx, item, 'severity', path);
  const success = readBoolean(ctx, item, 'success', path, true);
  const remediation = readText(ctx, item, 'remediation', path, {
    max: SECURITY_PARSE_LIMITS.maxRemediationLength,
  });
  if (!check || !title || !severity || success === undefined) return undefined;
  const parsed: SecurityCheckResult = {
    set: TRIVY_CONFIG_AUDIT_SET,
    check,
    title,
    status: success ? 'pass' : 'fail',
    severity,
  };
  if (resource) parsed.resource = { ...resource };
  if (remediation) parsed.remediation = remediation;
  return parsed;
}

/** Reads a Trivy Operator `ConfigAuditReport` or `ClusterConfigAuditReport`. */
export function parseTrivyConfigAuditReport(
  ctx: ReadContext,
  doc: JsonObject,
  kind: string,
): ParsedSecurityReport {
  const report = readObject(ctx, doc, 'report', '', true) ?? {};
  const metadata = readTrivyOperatorMetadata(ctx, doc, report);
  const items = readArray(ctx, report, 'checks', 'report');
  ctx.reserve(items.length);
  const checks: SecurityCheckResult[] = [];
  for (const { item, path } of objectsOf(ctx, items, at('report', 'checks'))) {
    const check = readCheck(ctx, item, path, metadata.resource);
    if (check) checks.push(check);
  }
  const stated = readObject(ctx, report, 'summary', 'report');
  const summary = stated
    ? readSummary(ctx, stated, 'report.summary', SUMMARY)
    : countBy(
        SECURITY_SEVERITIES,
        checks.filter(c => c.status === 'fail').map(c => c.severity),
      );
  const parsed: ParsedSecurityReport = {
    tool: 'trivy-operator',
    kind,
    summary,
    checks,
    vulnerabilities: [],
  };
  if (metadata.name) parsed.name = metadata.name;
  if (metadata.generatedAt) parsed.generatedAt = metadata.generatedAt;
  return parsed;
}
