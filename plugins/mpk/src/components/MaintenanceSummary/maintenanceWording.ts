import {
  ClusterMaintenance,
  describeMaintenanceOpening,
  describeMaintenanceWindow,
  MaintenanceFreeze,
  MaintenanceWindowRule,
} from '@mpk-portal/plugin-mpk-common';

/**
 * A weekly window as a line of its own, starting with a capital and giving the schedule's zone,
 * e.g. `Saturday and Sunday 01:00–05:00 (America/New_York)` or `Every day 01:00–03:00 (UTC)`.
 */
export function describeWindow(
  window: MaintenanceWindowRule,
  timeZone: string,
): string {
  const words = describeMaintenanceWindow(window);
  return `${words[0].toUpperCase()}${words.slice(1)} (${timeZone})`;
}

/** A freeze in words, e.g. `2026-12-20 to 2027-01-03: Year-end freeze`. */
export function describeFreeze(freeze: MaintenanceFreeze): string {
  const days =
    freeze.from === freeze.to ? freeze.from : `${freeze.from} to ${freeze.to}`;
  return `${days}: ${freeze.reason}`;
}

/**
 * Whether a window opens before the next deadline, e.g.
 * `Next window before the deadline (2026-11-26): Saturday 2026-11-21, 01:00–05:00 (UTC)`;
 * undefined without a dated deadline.
 */
export function describeWindowBeforeDeadline(
  maintenance: ClusterMaintenance,
  deadline?: string,
): string | undefined {
  if (!deadline) return undefined;
  const opening = maintenance.nextWindowBeforeDeadline;
  return opening
    ? `Next window before the deadline (${deadline}): ${describeMaintenanceOpening(
        opening,
        maintenance.timeZone,
      )}`
    : `No maintenance window opens before the deadline (${deadline}).`;
}
