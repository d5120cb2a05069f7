import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { ContractClock } from '../platform/ContractClock';
import { TicketNotifications } from '../tickets/notifications/TicketNotifications';
import { TicketSignals } from '../tickets/notifications/TicketSignals';
import { sendSlaAlerts } from '../tickets/slaAlerts/sendSlaAlerts';
import { SlaAlertStore } from '../tickets/slaAlerts/SlaAlertStore';

/**
 * Tells the owning pods, every 30 seconds, of unanswered tickets whose response became at risk or
 * was missed: an urgent ticket is at risk about 11 minutes after it was opened, so the check runs
 * often. The task runs on one replica at a time, and each alert is claimed before it is sent.
 */
export async function scheduleTicketSlaAlerts(options: {
  scheduler: SchedulerService;
  logger: LoggerService;
  clock: ContractClock;
  slaAlertStore: SlaAlertStore;
  ticketNotifications: TicketNotifications;
  ticketSignals: TicketSignals;
}): Promise<void> {
  const { logger } = options;
  await options.scheduler.scheduleTask({
    id: 'mpk-ticket-sla-alerts',
    frequency: { seconds: 30 },
    timeout: { minutes: 5 },
    scope: 'global',
    fn: async () => {
      const sent = await sendSlaAlerts({
        store: options.slaAlertStore,
        notifications: options.ticketNotifications,
        signals: options.ticketSignals,
        now: options.clock.now(),
      });
      if (sent > 0) logger.info(`Ticket SLA alerts: ${sent} sent`);
    },
  });
}
