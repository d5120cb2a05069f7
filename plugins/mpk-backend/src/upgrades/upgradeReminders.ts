import { parseEntityRef } from '@backstage/catalog-model';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
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
  // Outside the window the deadline is not the provider's to keep; without a date there is none.
  if (
    daysLeft === undefined ||
    status === 'outside-window' ||
    status === 'unknown'
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

function describeReminder(
  cluster: UpgradeCluster,
  obligation: UpgradeObligation,
  threshold: ReminderThreshold,
) {
  const when =
    threshold === 'overdue'
      ? `is overdue since ${obligation.dueDate}`
      : `is due on ${obligation.dueDate} (${obligation.daysLeft} days left)`;
  return {
    title: `${cluster.title}: ${obligation.what} ${when}`,
    description: obligation.explanation,
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
}): Promise<number> {
  let sent = 0;
  for (const { cluster, assessment } of options.clusters) {
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
