import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationSeverity } from '@backstage/plugin-notifications-common';
import {
  NotificationRecipients,
  NotificationService,
} from '@backstage/plugin-notifications-node';
import { bestEffort } from '../platform/bestEffort';
import { displayName, excerpt } from '../platform/notificationTexts';
import { StoredDesign, StoredDesignVersion } from './DesignStore';

/** The topic of every design notification, for people's notification settings. */
export const DESIGN_NOTIFICATION_TOPIC = 'mpk-design';

/** The design's page in the catalog (its `cluster-design` Resource, with its document). */
export const designLink = (name: string) => `/catalog/default/resource/${name}`;

/** What is announced of a design. */
export type DesignNotificationKind = 'shared' | 'decision';

/**
 * One notification per design and notice: the next version's replaces the one before, rather
 * than piling up.
 */
export const designNoticeScope = (
  name: string,
  notice: DesignNotificationKind,
) => `mpk-design:${name}:${notice}`;

/**
 * The notifications of onboarding: the customer's people hear of each new version of their
 * design, to accept it or request changes; the design's Lead Architect and Engagement Manager of
 * the customer's decision. Sent once, after the change is committed; a failure is logged and
 * never fails what was done.
 */
export class DesignNotifications {
  constructor(
    private readonly deps: {
      notifications: Pick<NotificationService, 'send'>;
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
    },
  ) {}

  /** A new version, shared with the customer's people (the customer group). */
  async shared(
    design: StoredDesign,
    version: StoredDesignVersion,
    changes: string[],
  ): Promise<void> {
    await this.send(design, 'shared', async () => {
      const pod = await this.nameOf(design.ownerRef);
      const environments = version.design.environments
        .map(e => e.name)
        .join(', ');
      const first = version.version === 1;
      return {
        recipients: {
          type: 'entity',
          entityRef: `group:default/${design.customer}`,
        },
        title: first
          ? `Detailed design ${design.name} is ready for your acceptance`
          : `Version ${version.version} of detailed design ${design.name} is ready for your acceptance`,
        description: first
          ? `${pod} shares the design of your clusters (${environments}): read it, then accept it or request changes.`
          : excerpt(
              `What changed: ${
                changes.length > 0
                  ? changes.join('; ')
                  : 'only the order of its environments, node groups or components'
              }. Read it, then accept it or request changes.`,
            ),
        severity: 'normal',
      };
    });
  }

  /** The customer's decision on a version, to the design's Lead Architect and Engagement Manager. */
  async decided(
    design: StoredDesign,
    version: StoredDesignVersion,
  ): Promise<void> {
    await this.send(design, 'decision', async () => {
      const [customer, decidedBy] = await Promise.all([
        this.nameOf(`group:default/${design.customer}`, design.customer),
        this.nameOf(version.decidedBy!),
      ]);
      const accepted = version.decision === 'accept';
      const comment = version.comment ? excerpt(version.comment) : undefined;
      return {
        recipients: {
          type: 'entity',
          entityRef: [
            ...new Set([
              design.team.leadArchitect,
              design.team.engagementManager,
            ]),
          ],
        },
        title: accepted
          ? `${customer} accepted design ${design.name} version ${version.version}`
          : `${customer} requested changes to design ${design.name} version ${version.version}`,
        description: accepted
          ? `Accepted by ${decidedBy}${
              comment ? ` ("${comment}")` : ''
            }: it can be provisioned.`
          : `${decidedBy}: ${comment}`,
        severity: accepted ? 'normal' : 'high',
      };
    });
  }

  private async send(
    design: StoredDesign,
    notice: DesignNotificationKind,
    content: () => Promise<{
      recipients: NotificationRecipients;
      title: string;
      description: string;
      severity: NotificationSeverity;
    }>,
  ): Promise<void> {
    await bestEffort(
      this.deps.logger,
      `notify ${notice} of design ${design.name}`,
      async () => {
        const { recipients, ...payload } = await content();
        await this.deps.notifications.send({
          recipients,
          payload: {
            ...payload,
            link: designLink(design.name),
            topic: DESIGN_NOTIFICATION_TOPIC,
            scope: designNoticeScope(design.name, notice),
          },
        });
      },
    );
  }

  /** A user's or group's name in the catalog, or `fallback` (the ref) when it cannot be read. */
  private async nameOf(ref: string, fallback: string = ref): Promise<string> {
    try {
      const entity = await this.deps.catalog.getEntityByRef(ref, {
        credentials: await this.deps.auth.getOwnServiceCredentials(),
      });
      return displayName(entity, fallback);
    } catch {
      return fallback;
    }
  }
}
