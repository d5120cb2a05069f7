import { parseEntityRef } from '@backstage/catalog-model';
import {
  OBLIGATION_STATUSES,
  ObligationStatus,
  UpgradePlan,
  UpgradePlanState,
} from '@mpk-portal/plugin-mpk-common';

/** How the portal names each obligation status. */
export const statusLabels: Record<ObligationStatus, string> = {
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  'on-track': 'On track',
  'not-guaranteed': 'Not guaranteed',
  'outside-window': 'Outside window',
  unknown: 'Unknown',
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

function describeTimestamp(timestamp: string): string {
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
