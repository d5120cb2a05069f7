import { SERVICE_DISPLAY_NAMES } from '@mpk-portal/plugin-mpk-common';
import { ServiceNote } from '../TicketService';
import { AlertmanagerWebhook } from './webhookPayload';

/** A note lists this many alerts at most; the rest are counted. */
const LISTED_ALERTS = 20;

/** A comment's longest text. */
const MAX_NOTE_LENGTH = 10_000;

const labelList = (labels: Record<string, string>) =>
  Object.entries(labels)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');

function alertLines(alerts: AlertmanagerWebhook['alerts']): string[] {
  const lines = alerts.slice(0, LISTED_ALERTS).map(alert => {
    const { alertname, ...rest } = alert.labels;
    const summary = alert.annotations.summary ?? alert.annotations.description;
    return `- ${alertname ?? 'alert'} (${labelList(rest)}) since ${
      alert.startsAt
    }${summary ? `: ${summary}` : ''}`;
  });
  if (alerts.length > LISTED_ALERTS) {
    lines.push(`- and ${alerts.length - LISTED_ALERTS} more`);
  }
  return lines;
}

/**
 * What Alertmanager reported, as a note in the ticket's conversation: the alert group, what
 * happened to the ticket because of it, and the alerts. A note is never a response.
 */
export function alertmanagerNote(
  notification: AlertmanagerWebhook,
  outcome: 'opened' | 'resolved' | 'reopened',
  recordedBy: string,
  at: Date,
): ServiceNote {
  const group = labelList(notification.groupLabels) || notification.groupKey;
  const firing = notification.alerts.filter(a => a.status === 'firing');
  const headline = {
    opened: `Alertmanager reports ${firing.length} firing alert(s) in group ${group}; this ticket tracks the group.`,
    resolved: `Alertmanager reports group ${group} resolved at ${at.toISOString()}; the ticket is resolved.`,
    reopened: `Alertmanager reports group ${group} firing again since ${at.toISOString()}; the ticket is reopened.`,
  }[outcome];
  const lines = [
    headline,
    ...alertLines(outcome === 'resolved' ? notification.alerts : firing),
  ];
  if (notification.truncatedAlerts > 0) {
    lines.push(
      `(${notification.truncatedAlerts} alert(s) left out by Alertmanager)`,
    );
  }
  if (notification.externalURL) {
    lines.push(`Alertmanager: ${notification.externalURL}`);
  }
  return {
    author: recordedBy,
    authorName: SERVICE_DISPLAY_NAMES.alertmanager,
    body: lines.join('\n').slice(0, MAX_NOTE_LENGTH),
  };
}
