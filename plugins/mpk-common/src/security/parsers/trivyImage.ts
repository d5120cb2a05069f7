import {
  CheckStatus,
  ParsedSecurityReport,
  SECURITY_SEVERITIES,
  SecurityCheckResult,
  VulnerabilityFinding,
} from '../securityModel';
import {
  JsonObject,
  ReadContext,
  SECURITY_PARSE_LIMITS,
  at,
  countBy,
  isObject,
  objectsOf,
  own,
  readArray,
  readId,
  readSeverity,
  readStatus,
  readText,
  readTimestamp,
} from './readContext';
import { TRIVY_CONFIG_AUDIT_SET } from './trivyConfigAuditReport';
import {
  readTrivyVulnerability,
  TrivyVulnerabilityFields,
} from './trivyVulnerability';

const IMAGE_FIELDS: TrivyVulnerabilityFields = {
  id: 'VulnerabilityID',
  severity: 'Severity',
  packageName: 'PkgName',
  installedVersion: 'InstalledVersion',
  fixedVersion: 'FixedVersion',
  title: 'Title',
};

const MISCONFIGURATION_STATUS: Readonly<Record<string, CheckStatus>> = {
  PASS: 'pass',
  FAIL: 'fail',
  EXCEPTION: 'skip',
};

/**
 * Whether a document is `trivy image --format json` output (SchemaVersion 2): an object with a
 * numeric `SchemaVersion` and an `ArtifactName` or `Results`.
 */
export function isTrivyImage(doc: unknown): doc is JsonObject {
  return (
    isObject(doc) &&
    own(doc, 'SchemaVersion') === 2 &&
    (Object.hasOwn(doc, 'ArtifactName') || Array.isArray(own(doc, 'Results')))
  );
}

function readMisconfiguration(
  ctx: ReadContext,
  item: JsonObject,
  path: string,
): SecurityCheckResult | undefined {
  const check = readId(ctx, item, 'ID', path);
  const title = readText(ctx, item, 'Title', path) ?? check;
  const severity = readSeverity(ctx, item, 'Severity', path);
  const status = readStatus(
    ctx,
    item,
    'Status',
    path,
    MISCONFIGURATION_STATUS,
    'PASS, FAIL or EXCEPTION',
  );
  const remediation = readText(ctx, item, 'Resolution', path, {
    max: SECURITY_PARSE_LIMITS.maxRemediationLength,
  });
  if (!check || !title || !severity || !status) return undefined;
  const parsed: SecurityCheckResult = {
    set: TRIVY_CONFIG_AUDIT_SET,
    check,
    title,
    status,
    severity,
  };
  if (remediation) parsed.remediation = remediation;
  return parsed;
}

/**
 * Reads `trivy image --format json` output: the vulnerabilities (and misconfigurations, when
 * scanned for) of every result. The summary counts vulnerabilities by severity, and adds `pass`
 * and `fail` of the misconfiguration checks when there are any.
 */
export function parseTrivyImage(
  ctx: ReadContext,
  doc: JsonObject,
): ParsedSecurityReport {
  const image = readText(ctx, doc, 'ArtifactName', '');
  const vulnerabilities: VulnerabilityFinding[] = [];
  const checks: SecurityCheckResult[] = [];
  for (const result of objectsOf(
    ctx,
    readArray(ctx, doc, 'Results', ''),
    'Results',
  )) {
    const vulnerabilityItems = readArray(
      ctx,
      result.item,
      'Vulnerabilities',
      result.path,
    );
    const misconfigurationItems = readArray(
      ctx,
      result.item,
      'Misconfigurations',
      result.path,
    );
    ctx.reserve(vulnerabilityItems.length + misconfigurationItems.length);
    for (const { item, path } of objectsOf(
      ctx,
      vulnerabilityItems,
      at(result.path, 'Vulnerabilities'),
    )) {
      const finding = readTrivyVulnerability(ctx, item, path, IMAGE_FIELDS, {
        image,
      });
      if (finding) vulnerabilities.push(finding);
    }
    for (const { item, path } of objectsOf(
      ctx,
      misconfigurationItems,
      at(result.path, 'Misconfigurations'),
    )) {
      const check = readMisconfiguration(ctx, item, path);
      if (check) checks.push(check);
    }
  }
  const summary = countBy(
    SECURITY_SEVERITIES,
    vulnerabilities.map(v => v.severity),
  );
  if (checks.length > 0) {
    Object.assign(
      summary,
      countBy(
        ['pass', 'fail'],
        checks.map(c => c.status),
      ),
    );
  }
  const parsed: ParsedSecurityReport = {
    tool: 'trivy',
    kind: 'trivy-image',
    summary,
    checks,
    vulnerabilities,
  };
  if (image) parsed.name = image;
  const generatedAt = readTimestamp(doc, 'CreatedAt');
  if (generatedAt) parsed.generatedAt = generatedAt;
  return parsed;
}
