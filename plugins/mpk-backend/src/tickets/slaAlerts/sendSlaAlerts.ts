import { TicketNotifications } from '../notifications/TicketNotifications';
import { TicketSignals } from '../notifications/TicketSignals';
import { SlaAlertStore } from './SlaAlertStore';

/**
 * Tells the owning pods of the responses that became at risk or were missed, each once: an alert
 * is claimed in the store before it is sent, so a second run, on this replica or another, skips
 * it. An alert whose sending failed is released, so that the next run sends it (a notification
 * that arrived after all is then replaced by the second, which has the same scope). Live
 * screens are told too, since the ticket's state changed.
 * @returns how many alerts were sent
 */
export async function sendSlaAlerts(options: {
  store: Pick<SlaAlertStore, 'dueAlerts' | 'claim' | 'release'>;
  notifications: Pick<TicketNotifications, 'slaAlert'>;
  signals: Pick<TicketSignals, 'changed'>;
  now: Date;
}): Promise<number> {
  const { store, notifications, signals, now } = options;
  let sent = 0;
  for (const { kind, ticket } of await store.dueAlerts(now)) {
    if (!(await store.claim(ticket.id, kind, now))) continue;
    if (!(await notifications.slaAlert(ticket, kind))) {
      await store.release(ticket.id, kind, now);
      continue;
    }
    await signals.changed(ticket, kind);
    sent++;
  }
  return sent;
}
