import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { MpkConfig } from '../config';
import { sendUpgradeReminders } from '../upgrades/upgradeReminders';
import { UpgradeService } from '../upgrades/UpgradeService';
import { UpgradeStore } from '../upgrades/UpgradeStore';

/**
 * Sends the owning pods their 30-day, 7-day and overdue upgrade reminders on schedule. The task
 * runs on one replica at a time, and each reminder is claimed in the store before it is sent.
 */
export async function scheduleUpgradeReminders(options: {
  scheduler: SchedulerService;
  settings: MpkConfig['upgradeReminders'];
  logger: LoggerService;
  notifications: NotificationService;
  upgrades: UpgradeService;
  upgradeStore: UpgradeStore;
}): Promise<void> {
  const { logger, upgrades } = options;
  await options.scheduler.scheduleTask({
    id: 'mpk-upgrade-reminders',
    ...options.settings.schedule,
    fn: async () => {
      const { assessed } = await upgrades.assessFleet();
      const sent = await sendUpgradeReminders({
        clusters: assessed,
        store: options.upgradeStore,
        notifications: options.notifications,
      });
      logger.info(`Upgrade reminders: ${sent} sent`);
    },
  });
}
