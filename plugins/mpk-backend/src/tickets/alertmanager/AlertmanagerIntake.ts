import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  ApiSchemas,
  Ticket,
  TICKET_SEVERITIES,
  TicketSeverity,
} from '@mpk-portal/plugin-mpk-common';
import { createHash } from 'node:crypto';
import { parseClusterRef } from '../../platform/clusterEntities';
import { TicketService } from '../TicketService';
import { alertmanagerNote } from './alertmanagerNotes';
import { AlertmanagerWebhook } from './webhookPayload';

/** How alerts become tickets: which labels name the cluster and the severity. */
export interface AlertmanagerSettings {
  clusterLabel: string;
  severityLabel: string;
  /** alert severity label value to ticket severity */
  severities: Record<string, TicketSeverity>;
  /** for an alert whose severity label is missing or not mapped */
  defaultSeverity: TicketSeverity;
}

/** The contract's reading of Prometheus' usual severities. */
export const DEFAULT_ALERTMANAGER_SETTINGS: AlertmanagerSettings = {
  clusterLabel: 'cluster',
  severityLabel: 'severity',
  severities: { critical: 'urgent', warning: 'high' },
  defaultSeverity: 'normal',
};

/** What a notification did. */
export type AlertmanagerOutcome = ApiSchemas['AlertmanagerOutcome'];

/** The external id of the one ticket an alert group has; group keys can be long. */
export function alertGroupExternalId(groupKey: string): string {
  return `alertmanager:${createHash('sha256').update(groupKey).digest('hex')}`;
}

const latest = (instants: string[]) =>
  new Date(Math.max(...instants.map(i => Date.parse(i))));
const earliest = (instants: string[]) =>
  new Date(Math.min(...instants.map(i => Date.parse(i))));

/**
 * Turns Alertmanager notifications into tickets: one ticket per alert group while it fires,
 * resolved when the group resolves and reopened when it fires again, each change with a note of
 * what Alertmanager reported in the ticket's conversation (written with the change). Alertmanager
 * repeats notifications and retries failed ones; each repeat finds the same ticket and changes
 * nothing. Only the alerts of the ticket's cluster change it or appear in its notes: the ticket's
 * customer must not read of another cluster's alerts.
 */
export class AlertmanagerIntake {
  constructor(
    private readonly tickets: TicketService,
    private readonly settings: AlertmanagerSettings,
  ) {}

  async receive(
    notification: AlertmanagerWebhook,
    recordedBy: string,
  ): Promise<{ outcome: AlertmanagerOutcome; ticket: Ticket | null }> {
    const externalId = alertGroupExternalId(notification.groupKey);
    const existing = await this.tickets.getByExternalId(externalId);
    const firing = notification.alerts.filter(a => a.status === 'firing');

    if (notification.status === 'resolved') {
      if (!existing) return { outcome: 'ignored', ticket: null };
      if (existing.status === 'resolved') {
        return { outcome: 'unchanged', ticket: this.tickets.present(existing) };
      }
      const ours = this.ofCluster(notification, existing.clusterRef);
      const endsAt = latest(ours.alerts.map(a => a.endsAt));
      const at = endsAt < existing.openedAt ? existing.openedAt : endsAt;
      const { ticket } = await this.tickets.addEvent(
        existing.id,
        { type: 'resolved', at },
        recordedBy,
        { note: alertmanagerNote(ours, 'resolved', recordedBy, at) },
      );
      return { outcome: 'resolved', ticket };
    }

    if (firing.length === 0) {
      throw new InputError('alerts: a firing notification has no firing alert');
    }
    if (!existing) {
      const openedAt = earliest(firing.map(a => a.startsAt));
      const { ticket, created } = await this.tickets.open({
        externalId,
        source: 'alertmanager',
        openedBy: recordedBy,
        cluster: this.clusterOf(notification),
        severity: this.severityOf(firing),
        category: 'technical',
        title: this.titleOf(notification),
        openedAt,
        note: alertmanagerNote(notification, 'opened', recordedBy, openedAt),
        causedByThirdParty: false,
        alertGroup: {
          groupKey: notification.groupKey,
          externalUrl: notification.externalURL || null,
        },
      });
      return { outcome: created ? 'opened' : 'unchanged', ticket };
    }

    const unchanged = {
      outcome: 'unchanged' as const,
      ticket: this.tickets.present(existing),
    };
    if (existing.status === 'open') return unchanged;
    const ours = this.ofCluster(notification, existing.clusterRef);
    const oursFiring = ours.alerts.filter(a => a.status === 'firing');
    if (oursFiring.length === 0) return unchanged;
    const firedAgainAt = latest(oursFiring.map(a => a.startsAt));
    const resolvedAt = existing.events
      .filter(e => e.type === 'resolved')
      .map(e => Date.parse(e.at))
      .pop()!;
    // A delayed repeat of a notification from before the resolution is no new firing.
    if (firedAgainAt.getTime() < resolvedAt) return unchanged;
    const { ticket } = await this.tickets.addEvent(
      existing.id,
      { type: 'reopened', at: firedAgainAt },
      recordedBy,
      { note: alertmanagerNote(ours, 'reopened', recordedBy, firedAgainAt) },
    );
    return { outcome: 'reopened', ticket };
  }

  /**
   * The notification with only the alerts whose cluster label names `clusterRef`, the cluster of
   * the group's ticket; refused when none does (the group's route no longer groups by cluster).
   */
  private ofCluster(
    notification: AlertmanagerWebhook,
    clusterRef: string,
  ): AlertmanagerWebhook {
    const label = this.settings.clusterLabel;
    const alerts = notification.alerts.filter(alert => {
      const value = alert.labels[label];
      try {
        return (
          value !== undefined &&
          stringifyEntityRef(parseClusterRef(value)) === clusterRef
        );
      } catch {
        return false;
      }
    });
    if (alerts.length === 0) {
      throw new InputError(
        `alerts: none names ${clusterRef}, the cluster of the group's ticket, in the "${label}" label; group alerts by the "${label}" label in Alertmanager's route`,
      );
    }
    return { ...notification, alerts };
  }

  private clusterOf(notification: AlertmanagerWebhook): string {
    const label = this.settings.clusterLabel;
    const common =
      notification.commonLabels[label] ?? notification.groupLabels[label];
    if (common) return common;
    const values = [
      ...new Set(notification.alerts.map(a => a.labels[label]).filter(Boolean)),
    ];
    throw new InputError(
      values.length === 0
        ? `alerts: no alert carries the "${label}" label that names the cluster`
        : `alerts: the group mixes clusters (${values.join(
            ', ',
          )}); group alerts by the "${label}" label in Alertmanager's route`,
    );
  }

  private severityOf(firing: AlertmanagerWebhook['alerts']): TicketSeverity {
    const severities = firing.map(
      alert =>
        this.settings.severities[alert.labels[this.settings.severityLabel]] ??
        this.settings.defaultSeverity,
    );
    // The group's ticket takes its most urgent alert's severity.
    return TICKET_SEVERITIES.find(s => severities.includes(s))!;
  }

  private titleOf(notification: AlertmanagerWebhook): string {
    const name =
      notification.groupLabels.alertname ??
      notification.commonLabels.alertname ??
      'Alert group';
    const summary = notification.commonAnnotations.summary;
    return summary ? `${name}: ${summary}` : name;
  }
}
