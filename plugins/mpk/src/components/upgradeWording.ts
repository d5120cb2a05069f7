import { parseEntityRef } from '@backstage/catalog-model';
import {
  ApiSchemas,
  OBLIGATION_STATUSES,
  ObligationStatus,
  ReadinessSource,
  UpgradeObligation,
  UpgradePlan,
  UpgradePlanState,
} from '@mpk-portal/plugin-mpk-common';

type ApiUsageScan = ApiSchemas['ApiUsageScan'];

/** How the portal names each obligation status. */
export const statusLabels: Record<ObligationStatus, string> = {
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  'on-track': 'On track',
  'not-guaranteed': 'Not guaranteed',
  'outside-window': 'Outside window',
  unknown: 'Unknown',
  'met-late': 'Met late',
  met: 'Met',
};

/** Most urgent first: the order of status lists, legends and stacked bars. */
export const STATUS_ORDER: readonly ObligationStatus[] = OBLIGATION_STATUSES;

/** How the portal names each upgrade plan state. */
export const planStateLabels: Record<UpgradePlanState, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
};

/** Days left to a due date in words, e.g. `12 days left` or `3 days overdue`. */
export function describeDaysLeft(daysLeft: number): string {
  if (daysLeft === 0) return 'due today';
  const days = Math.abs(daysLeft);
  const unit = days === 1 ? 'day' : 'days';
  return daysLeft < 0 ? `${days} ${unit} overdue` : `${days} ${unit} left`;
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/**
 * When a fulfilled obligation was met, e.g. `Met on 2026-09-20` or `Met 20 days late (2026-09-20)`;
 * undefined for an open one.
 */
export function describeMet(
  obligation: Pick<UpgradeObligation, 'status' | 'metOn' | 'daysLate'>,
): string | undefined {
  const { status, metOn, daysLate } = obligation;
  if (status === 'met') {
    return metOn ? `Met on ${metOn}` : 'Met';
  }
  if (status === 'met-late') {
    const late = daysLate ? `Met ${plural(daysLate, 'day')} late` : 'Met late';
    return metOn ? `${late} (${metOn})` : late;
  }
  return undefined;
}

/**
 * A fulfilled obligation in a few words, named by the release of an upgrade path, e.g.
 * `1.36 met 20 days late` or `1.35 met`.
 */
export function describeHistoryEntry(
  obligation: Pick<UpgradeObligation, 'id' | 'what' | 'status' | 'daysLate'>,
): string {
  const { id, what, status, daysLate } = obligation;
  const name = id.startsWith('upgrade-path:')
    ? id.slice('upgrade-path:'.length)
    : what;
  if (status !== 'met-late') return `${name} met`;
  return daysLate
    ? `${name} met ${plural(daysLate, 'day')} late`
    : `${name} met late`;
}

/** How the portal names where a readiness finding comes from. */
export const readinessSourceLabels: Record<ReadinessSource, string> = {
  'deprecated-api': 'Deprecated API',
  'component-compatibility': 'Component compatibility',
  'version-skew': 'Version skew',
};

/**
 * Whether a cluster is ready for its next version, e.g. `Ready for 1.36` or `2 blockers for 1.36`.
 */
export function describeReadiness(readiness: {
  targetVersion: string;
  blockers: unknown[];
}): string {
  const { targetVersion, blockers } = readiness;
  return blockers.length === 0
    ? `Ready for ${targetVersion}`
    : `${plural(blockers.length, 'blocker')} for ${targetVersion}`;
}

const scanTools = {
  kubent: 'kubent report',
  pluto: 'pluto report',
} as const;

/**
 * A deprecated-API scan the readiness was judged on, e.g.
 * `kubent report of 2026-11-20 by user:default/erin, 1 finding` or
 * `API server metric, read now, no findings`.
 */
export function describeScan(scan: ApiUsageScan): string {
  const findings =
    scan.findings === 0 ? 'no findings' : plural(scan.findings, 'finding');
  if (scan.tool === 'apiserver-metric') {
    return `API server metric, read now, ${findings}`;
  }
  const by = scan.uploadedBy ? ` by ${scan.uploadedBy}` : '';
  return `${scanTools[scan.tool]} of ${scan.observedAt.slice(
    0,
    10,
  )}${by}, ${findings}`;
}

/** A count of warnings, e.g. `1 warning`, `3 warnings`. */
export function describeWarnings(count: number): string {
  return plural(count, 'warning');
}

/**
 * An entity ref as people write it, e.g. `pod-blue` for `group:default/pod-blue`: without the kind
 * the context implies, nor the default namespace.
 */
export function shortEntityName(ref: string, impliedKind: string): string {
  try {
    const { kind, namespace, name } = parseEntityRef(ref, {
      defaultKind: impliedKind,
      defaultNamespace: 'default',
    });
    const short = namespace === 'default' ? name : `${namespace}/${name}`;
    return kind.toLocaleLowerCase('en-US') === impliedKind
      ? short
      : `${kind}:${short}`;
  } catch {
    // Shown as stored rather than failing the whole view over one odd value.
    return ref;
  }
}

/** An instant as a UTC date and time, e.g. `2026-10-20 09:15 UTC`; as given when unreadable. */
export function describeTimestamp(timestamp: string): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  // UTC rather than the browser's zone, so everyone quotes the same time.
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Who recorded a plan and when, e.g. `guest on 2026-10-20 09:15 UTC`. */
export function describePlanUpdate(
  plan: Pick<UpgradePlan, 'updatedBy' | 'updatedAt'>,
): string {
  return `${shortEntityName(plan.updatedBy, 'user')} on ${describeTimestamp(
    plan.updatedAt,
  )}`;
}
