import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationSeverity } from '@backstage/plugin-notifications-common';
import {
  NotificationRecipients,
  NotificationService,
} from '@backstage/plugin-notifications-node';
import {
  describeResponseTarget,
  TicketComment,
  TicketSeverity,
} from '@mpk-portal/plugin-mpk-common';
import { DateTime } from 'luxon';
import { bestEffort } from '../../platform/bestEffort';
import { displayName, excerpt } from '../../platform/notificationTexts';
import { StoredTicket } from '../ticketRows';

/** The topic of every ticket notification, for people's notification settings. */
export const TICKET_NOTIFICATION_TOPIC = 'mpk-ticket';

/** What is announced of a ticket. */
export type TicketNotificationKind =
  | 'opened'
  | 'at-risk'
  | 'breached'
  | 'reply'
  | 'response';

const severityOf: Record<TicketSeverity, NotificationSeverity> = {
  urgent: 'critical',
  high: 'high',
  normal: 'normal',
  low: 'low',
};

/** The ticket's page in the portal. */
export const ticketLink = (ticketId: string) => `/support/tickets/${ticketId}`;

/**
 * One notification per ticket and notice: a later one of the same scope replaces it (e.g. the
 * pod's next reply), rather than piling up.
 */
export const ticketNoticeScope = (
  ticketId: string,
  notice: TicketNotificationKind,
) => `mpk-ticket:${ticketId}:${notice}`;

/**
 * The notifications of the support desk: the owning pod hears of a new ticket and of a response
 * at risk or missed, the customer's people of the pod's replies and of a response given by
 * acknowledging or resolving the ticket. Sent after the change is committed; a failure is logged
 * and never fails what was done.
 */
export class TicketNotifications {
  constructor(
    private readonly deps: {
      notifications: Pick<NotificationService, 'send'>;
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
      /** in which the due times are told */
      timeZone: string;
    },
  ) {}

  /** A new ticket, to the pod that owns its cluster. */
  async opened(ticket: StoredTicket): Promise<void> {
    const { ownerRef, slaFacts } = ticket;
    if (!ownerRef) return;
    const target = describeResponseTarget(ticket);
    const description = slaFacts.applicable
      ? `Respond by ${this.when(slaFacts.dueAt)} (${target}).`
      : `No SLA applies; scheduled to be answered by ${this.when(
          slaFacts.dueAt,
        )} (${target}).`;
    await this.send(ticket, 'opened', {
      // Whoever opened it in the pod knows already.
      recipients: {
        type: 'entity',
        entityRef: ownerRef,
        ...(ticket.openedBy?.startsWith('user:') && {
          excludeEntityRef: ticket.openedBy,
        }),
      },
      title: `New ${slaFacts.severity} ticket on ${await this.clusterTitle(
        ticket,
      )}: ${ticket.title}`,
      description,
      severity: severityOf[slaFacts.severity],
    });
  }

  /**
   * A response not given yet that is at risk, or was missed, to the owning pod.
   * @returns whether it was sent (true when there is nobody to send it to)
   */
  async slaAlert(
    ticket: Pick<
      StoredTicket,
      'id' | 'title' | 'clusterRef' | 'ownerRef' | 'slaFacts'
    >,
    kind: 'at-risk' | 'breached',
  ): Promise<boolean> {
    const { ownerRef, slaFacts } = ticket;
    if (!ownerRef) return true;
    const cluster = await this.clusterTitle(ticket);
    const due = this.when(slaFacts.dueAt);
    return this.send(ticket, kind, {
      recipients: { type: 'entity', entityRef: ownerRef },
      ...(kind === 'at-risk'
        ? {
            title: `Response at risk: ${slaFacts.severity} ticket on ${cluster}: ${ticket.title}`,
            description: `Nobody has responded yet; the initial response is due by ${due}.`,
            severity: 'high',
          }
        : {
            title: `Response missed: ${slaFacts.severity} ticket on ${cluster}: ${ticket.title}`,
            description: `Nobody responded by ${due}: the initial-response SLA is breached. Respond now.`,
            severity: 'critical',
          }),
    });
  }

  /** A reply of the provider's staff, to the customer's people. */
  async replied(ticket: StoredTicket, comment: TicketComment): Promise<void> {
    await this.send(ticket, 'reply', {
      recipients: {
        type: 'entity',
        entityRef: `group:default/${ticket.customer}`,
      },
      title: `${comment.authorName} replied on ${await this.clusterTitle(
        ticket,
      )}: ${ticket.title}`,
      description: excerpt(comment.body),
      severity: 'normal',
    });
  }

  /**
   * A response the provider's staff gave by acknowledging or resolving the ticket, to the
   * customer's people, as a reply is: they learn that someone took it up.
   */
  async responded(
    ticket: StoredTicket,
    response: { byName: string; kind: 'acknowledgement' | 'resolution' },
  ): Promise<void> {
    const cluster = await this.clusterTitle(ticket);
    const at = ticket.response ? this.when(ticket.response.at) : undefined;
    const acknowledged = response.kind === 'acknowledgement';
    await this.send(ticket, 'response', {
      recipients: {
        type: 'entity',
        entityRef: `group:default/${ticket.customer}`,
      },
      title: `${response.byName} ${
        acknowledged ? 'acknowledged' : 'resolved'
      } your ticket on ${cluster}: ${ticket.title}`,
      description: acknowledged
        ? `The support pod took up the ticket${at ? ` at ${at}` : ''}.`
        : `Resolved${
            at ? ` at ${at}` : ''
          } before anyone replied; reopen it if the problem is still there.`,
      severity: 'normal',
    });
  }

  private async send(
    ticket: Pick<StoredTicket, 'id'>,
    notice: TicketNotificationKind,
    content: {
      recipients: NotificationRecipients;
      title: string;
      description: string;
      severity: NotificationSeverity;
    },
  ): Promise<boolean> {
    const { recipients, ...payload } = content;
    return bestEffort(
      this.deps.logger,
      `notify ${notice} of ticket ${ticket.id}`,
      () =>
        this.deps.notifications.send({
          recipients,
          payload: {
            ...payload,
            link: ticketLink(ticket.id),
            topic: TICKET_NOTIFICATION_TOPIC,
            scope: ticketNoticeScope(ticket.id, notice),
          },
        }),
    );
  }

  /** The cluster's title in the catalog, or its name when the catalog does not have it. */
  private async clusterTitle(
    ticket: Pick<StoredTicket, 'clusterRef'>,
  ): Promise<string> {
    const { name } = parseEntityRef(ticket.clusterRef);
    try {
      const entity = await this.deps.catalog.getEntityByRef(ticket.clusterRef, {
        credentials: await this.deps.auth.getOwnServiceCredentials(),
      });
      return displayName(entity, name);
    } catch {
      return name;
    }
  }

  private when(instant: Date): string {
    return DateTime.fromJSDate(instant, { zone: this.deps.timeZone }).toFormat(
      'ccc yyyy-MM-dd HH:mm ZZZZ',
    );
  }
}
