import {
  ParsedSecurityReport,
  SecurityReportParseResult,
} from '../securityModel';
import { nestsDeeperThan } from './documentDepth';
import { isKubeBench, parseKubeBench } from './kubeBench';
import { isPolarisAudit, parsePolarisAudit } from './polaris';
import { POLICY_REPORT_KINDS, parsePolicyReport } from './policyReport';
import {
  JsonObject,
  ReadContext,
  SECURITY_PARSE_LIMITS,
  TooManyFindings,
  isObject,
  own,
  truncate,
} from './readContext';
import { parseTrivyComplianceReport } from './trivyComplianceReport';
import { parseTrivyConfigAuditReport } from './trivyConfigAuditReport';
import { isTrivyImage, parseTrivyImage } from './trivyImage';
import { TRIVY_OPERATOR_API_VERSION } from './trivyOperatorMetadata';
import { parseTrivyVulnerabilityReport } from './trivyVulnerabilityReport';

/** How an unknown document is named in its problem, with nothing of it longer than a line. */
function describeUnknown(doc: unknown): string {
  if (isObject(doc)) {
    const apiVersion = own(doc, 'apiVersion');
    const kind = own(doc, 'kind');
    if (typeof apiVersion === 'string' || typeof kind === 'string') {
      return truncate(
        `apiVersion ${JSON.stringify(
          apiVersion ?? null,
        )}, kind ${JSON.stringify(kind ?? null)}`,
        200,
      );
    }
    const keys = Object.keys(doc);
    return keys.length === 0
      ? 'an empty object'
      : truncate(`an object with keys ${keys.slice(0, 5).join(', ')}`, 200);
  }
  if (Array.isArray(doc)) {
    return doc.length === 0
      ? 'an empty array'
      : 'an array that is neither kube-bench Controls nor Kubernetes objects';
  }
  return doc === null ? 'null' : `a ${typeof doc}`;
}

function isKubernetesObject(value: unknown): value is JsonObject {
  return (
    isObject(value) &&
    typeof own(value, 'apiVersion') === 'string' &&
    typeof own(value, 'kind') === 'string'
  );
}

function isList(doc: JsonObject): boolean {
  const kind = own(doc, 'kind');
  return (
    typeof kind === 'string' &&
    kind.endsWith('List') &&
    Array.isArray(own(doc, 'items'))
  );
}

function readItems(
  ctx: ReadContext,
  items: unknown[],
  path: string,
  reports: ParsedSecurityReport[],
): void {
  items.forEach((item, index) => {
    // eslint-disable-next-line @typescript-eslint/no-use-before-define
    readDocument(ctx.under(`${path}[${index}]`), item, reports);
  });
}

function readTrivyOperator(
  ctx: ReadContext,
  doc: JsonObject,
  kind: unknown,
): ParsedSecurityReport | undefined {
  switch (kind) {
    case 'VulnerabilityReport':
    case 'ClusterVulnerabilityReport':
      return parseTrivyVulnerabilityReport(ctx, doc, kind);
    case 'ConfigAuditReport':
    case 'ClusterConfigAuditReport':
      return parseTrivyConfigAuditReport(ctx, doc, kind);
    case 'ClusterComplianceReport':
      return parseTrivyComplianceReport(ctx, doc);
    default:
      return undefined;
  }
}

/** Recognises one document and reads its reports into `reports`; problems go to `ctx`. */
function readDocument(
  ctx: ReadContext,
  doc: unknown,
  reports: ParsedSecurityReport[],
): void {
  let report: ParsedSecurityReport | undefined;
  if (isKubeBench(doc)) {
    report = parseKubeBench(ctx, doc);
  } else if (
    Array.isArray(doc) &&
    doc.length > 0 &&
    doc.every(isKubernetesObject)
  ) {
    // A bare JSON array of reports, as some tools export them: read like a List.
    readItems(ctx, doc, '', reports);
    return;
  } else if (isObject(doc)) {
    const apiVersion = own(doc, 'apiVersion');
    const kind = own(doc, 'kind');
    if (isList(doc)) {
      readItems(ctx, own(doc, 'items') as unknown[], 'items', reports);
      return;
    }
    if (apiVersion === TRIVY_OPERATOR_API_VERSION) {
      report = readTrivyOperator(ctx, doc, kind);
    } else if (
      typeof apiVersion === 'string' &&
      typeof kind === 'string' &&
      Object.hasOwn(POLICY_REPORT_KINDS, apiVersion) &&
      POLICY_REPORT_KINDS[apiVersion].includes(kind)
    ) {
      report = parsePolicyReport(ctx, doc, kind);
    } else if (isTrivyImage(doc)) {
      report = parseTrivyImage(ctx, doc);
    } else if (isPolarisAudit(doc)) {
      report = parsePolarisAudit(ctx, doc);
    }
  }
  if (report) {
    reports.push(report);
  } else {
    ctx.problem('', `not a report of a known scanner: ${describeUnknown(doc)}`);
  }
}

/**
 * Reads parsed documents under a label (a file name, or `(document)`): every report, or every
 * problem as `label: path: message`.
 */
export function readSecurityDocuments(
  docs: unknown[],
  label: string,
): SecurityReportParseResult {
  const ctx = ReadContext.create();
  const reports: ParsedSecurityReport[] = [];
  try {
    docs.forEach((doc, index) => {
      const docCtx =
        docs.length > 1 ? ctx.under(`(document ${index + 1})`) : ctx;
      if (nestsDeeperThan(doc, SECURITY_PARSE_LIMITS.maxDepth)) {
        docCtx.problem(
          '',
          `nested deeper than ${SECURITY_PARSE_LIMITS.maxDepth} levels`,
        );
        return;
      }
      readDocument(docCtx, doc, reports);
    });
  } catch (error) {
    if (error instanceof TooManyFindings) {
      return {
        ok: false,
        tooLarge: true,
        problems: [`${label}: ${error.message}`],
      };
    }
    throw error;
  }
  if (ctx.hasProblems) {
    return { ok: false, problems: ctx.list().map(p => `${label}: ${p}`) };
  }
  return { ok: true, reports };
}

/**
 * Reads one parsed scanner document: kube-bench `--json` output, a Trivy Operator
 * VulnerabilityReport / ClusterVulnerabilityReport / ConfigAuditReport /
 * ClusterConfigAuditReport / ClusterComplianceReport, `trivy image --format json` output, a
 * wgpolicyk8s.io PolicyReport / ClusterPolicyReport or openreports.io Report / ClusterReport,
 * a Polaris audit, or a Kubernetes List (or bare array) of such reports. Reads own properties
 * only, within {@link SECURITY_PARSE_LIMITS}; never throws on bad input.
 * @public
 */
export function parseSecurityDocument(doc: unknown): SecurityReportParseResult {
  return readSecurityDocuments([doc], '(document)');
}
