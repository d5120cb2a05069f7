import {
  ParsedSecurityReport,
  SecurityCheckResult,
  SecurityResource,
  SecuritySeverity,
} from '../securityModel';
import {
  JsonObject,
  ReadContext,
  at,
  countBy,
  isObject,
  objectsOf,
  own,
  readArray,
  readBoolean,
  readId,
  readObject,
  readResource,
  readText,
  readTimestamp,
} from './readContext';

/** The set of every Polaris check. */
export const POLARIS_SET = 'polaris';

const SEVERITIES: Readonly<Record<string, SecuritySeverity>> = {
  danger: 'high',
  warning: 'medium',
};

/** Whether a document is `polaris audit --format json` output. */
export function isPolarisAudit(doc: unknown): doc is JsonObject {
  return (
    isObject(doc) &&
    typeof own(doc, 'PolarisOutputVersion') === 'string' &&
    Array.isArray(own(doc, 'Results'))
  );
}

/** The checks of one Polaris result map `{checkID: {ID, Message, Success, Severity}}`. */
function readResultMap(
  ctx: ReadContext,
  object: JsonObject,
  path: string,
  resource: SecurityResource | undefined,
  checks: SecurityCheckResult[],
): void {
  const map = readObject(ctx, object, 'Results', path);
  if (!map) return;
  const keys = Object.keys(map);
  ctx.reserve(keys.length);
  for (const key of keys) {
    const where = `${at(path, 'Results')}[${JSON.stringify(key)}]`;
    const item = map[key];
    if (!isObject(item)) {
      ctx.problem(where, 'expected an object');
      continue;
    }
    const check = readId(ctx, item, 'ID', where);
    const title = readText(ctx, item, 'Message', where) ?? check;
    const success = readBoolean(ctx, item, 'Success', where, true);
    const severityWord = own(item, 'Severity');
    if (!check || !title || success === undefined) continue;
    const parsed: SecurityCheckResult = {
      set: POLARIS_SET,
      check,
      title,
      status: success ? 'pass' : 'fail',
    };
    if (
      typeof severityWord === 'string' &&
      Object.hasOwn(SEVERITIES, severityWord)
    ) {
      parsed.severity = SEVERITIES[severityWord];
    }
    if (resource) parsed.resource = { ...resource };
    checks.push(parsed);
  }
}

/**
 * Reads a Polaris audit: the checks of every workload, of its pod and of each container. Polaris
 * writes no totals, so the summary counts `pass` and `fail`.
 */
export function parsePolarisAudit(
  ctx: ReadContext,
  doc: JsonObject,
): ParsedSecurityReport {
  const checks: SecurityCheckResult[] = [];
  for (const { item, path } of objectsOf(
    ctx,
    readArray(ctx, doc, 'Results', '', true),
    'Results',
  )) {
    const resource = readResource(ctx, item, path, {
      namespace: 'Namespace',
      kind: 'Kind',
      name: 'Name',
    });
    readResultMap(ctx, item, path, resource, checks);
    const pod = readObject(ctx, item, 'PodResult', path);
    if (pod) {
      const podPath = at(path, 'PodResult');
      readResultMap(ctx, pod, podPath, resource, checks);
      for (const container of objectsOf(
        ctx,
        readArray(ctx, pod, 'ContainerResults', podPath),
        at(podPath, 'ContainerResults'),
      )) {
        readResultMap(ctx, container.item, container.path, resource, checks);
      }
    }
  }
  const parsed: ParsedSecurityReport = {
    tool: 'polaris',
    kind: 'polaris-audit',
    summary: countBy(
      ['pass', 'fail'],
      checks.map(c => c.status),
    ),
    checks,
    vulnerabilities: [],
  };
  const name = readText(ctx, doc, 'DisplayName', '');
  if (name) parsed.name = name;
  const generatedAt = readTimestamp(doc, 'AuditTime');
  if (generatedAt) parsed.generatedAt = generatedAt;
  return parsed;
}
