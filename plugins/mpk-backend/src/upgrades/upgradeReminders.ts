import { parseEntityRef } from '@backstage/catalog-model';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  describeMaintenanceOpening,
  isFulfilled,
  maintenanceOpenings,
  parseMaintenanceSchedule,
  UpgradeCluster,
  UpgradeObligation,
} from '@mpk-portal/plugin-mpk-common';
import { ReminderThreshold, UpgradeStore } from './UpgradeStore';
import { AssessedCluster } from './assessClusters';

/**
 * The reminder an obligation has reached, if any: 30 days before its due date, 7 days before,
 * and once overdue. Only the most urgent one reached counts, so a deadline first seen at 5 days
 * left gets the 7-day reminder, not both.
 */
export function reminderThreshold(
  obligation: Pick<UpgradeObligation, 'daysLeft' | 'status'>,
): ReminderThreshold | undefined {
  const { daysLeft, status } = obligation;
  // Outside the window the deadline is not the provider's to keep; without a date there is none;
  // once met there is nothing left to do.
  if (
    daysLeft === undefined ||
    status === 'outside-window' ||
    status === 'unknown' ||
    isFulfilled({ status })
  ) {
    return undefined;
  }
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= 7) return '7-days';
  if (daysLeft <= 30) return '30-days';
  return undefined;
}

const severity = {
  overdue: 'critical',
  '7-days': 'high',
  '30-days': 'normal',
} as const;

/**
 * Where the cluster declares maintenance windows, when the upgrade can happen: the next window
 * before the deadline, else the next one at all.
 */
export function describeNextWindow(
  maintenance: unknown,
  dueDate: string,
  now: Date,
): string | undefined {
  if (maintenance === undefined) return undefined;
  const parsed = parseMaintenanceSchedule(maintenance);
  if (!parsed.ok) return undefined;
  const { schedule } = parsed;
  const [beforeDeadline] = maintenanceOpenings(schedule, now, dueDate, 1);
  if (beforeDeadline) {
    return `Next window before the deadline: ${describeMaintenanceOpening(
      beforeDeadline,
      schedule.timeZone,
    )}.`;
  }
  const horizon = new Date(now.getTime() + 90 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const [next] = maintenanceOpenings(schedule, now, horizon, 1);
  return next
    ? `No maintenance window opens before the deadline; the next is ${describeMaintenanceOpening(
        next,
        schedule.timeZone,
      )}.`
    : 'No maintenance window opens in the next 90 days.';
}

function describeReminder(
  cluster: UpgradeCluster,
  obligation: UpgradeObligation,
  threshold: ReminderThreshold,
  nextWindow: string | undefined,
) {
  const when =
    threshold === 'overdue'
      ? `is overdue since ${obligation.dueDate}`
      : `is due on ${obligation.dueDate} (${obligation.daysLeft} days left)`;
  return {
    title: `${cluster.title}: ${obligation.what} ${when}`,
    description: nextWindow
      ? `${obligation.explanation} ${nextWindow}`
      : obligation.explanation,
  };
}

/**
 * Sends the owning pod of each cluster the upgrade reminders its obligations have reached, each
 * once: a reminder is claimed in the store before it is sent, so a second run, on this replica or
 * another, skips it.
 * @returns how many reminders were sent
 */
export async function sendUpgradeReminders(options: {
  clusters: AssessedCluster[];
  store: Pick<UpgradeStore, 'claimReminder'>;
  notifications: Pick<NotificationService, 'send'>;
  now?: Date;
}): Promise<number> {
  const now = options.now ?? new Date();
  let sent = 0;
  for (const { cluster, assessment, maintenance } of options.clusters) {
    for (const obligation of assessment.obligations) {
      const threshold = reminderThreshold(obligation);
      if (!threshold || !obligation.dueDate) continue;
      const claimed = await options.store.claimReminder({
        clusterRef: cluster.entityRef,
        obligationId: obligation.id,
        dueDate: obligation.dueDate,
        threshold,
      });
      if (!claimed) continue;
      const { title, description } = describeReminder(
        cluster,
        obligation,
        threshold,
        describeNextWindow(maintenance, obligation.dueDate, now),
      );
      const { kind, namespace, name } = parseEntityRef(cluster.entityRef);
      await options.notifications.send({
        recipients: { type: 'entity', entityRef: cluster.owner },
        payload: {
          title,
          description,
          link: `/catalog/${namespace}/${kind.toLocaleLowerCase(
            'en-US',
          )}/${name}`,
          severity: severity[threshold],
          topic: 'mpk-upgrade-deadlines',
        },
      });
      sent++;
    }
  }
  return sent;
}
