import {
  AuthService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  CLUSTER_ENTITY_FILTER,
  ParsedSecurityReport,
  parseSecurityDocument,
} from '@mpk-portal/plugin-mpk-common';
import { MpkConfig } from '../config';
import { ContractClock } from '../platform/ContractClock';
import { sendExpiryNotices } from '../security/expiryNotices';
import { SecurityService } from '../security/SecurityService';
import { SecurityStore } from '../security/SecurityStore';

/** The Kubernetes plugin's annotation naming an entity's cluster in its configuration. */
const KUBERNETES_CLUSTER_ANNOTATION = 'backstage.io/kubernetes-cluster';

/** Who a report read from a cluster's own resources is recorded as uploaded by. */
export const LIVE_REPORTS_UPLOADER = 'kubernetes-plugin';

/** Reads the report resources of a cluster the Kubernetes plugin is configured with. */
export interface LiveSecurityReports {
  read(clusterName: string): Promise<unknown[] | undefined>;
}

/**
 * Once a day, on one replica: notifies the owning pods of exceptions that expire in 14 days
 * (each notice once), and records the report resources (Trivy Operator, policy reports) of the
 * clusters connected through the Kubernetes plugin, as an upload would.
 */
export async function scheduleSecurityChecks(options: {
  scheduler: Pick<SchedulerService, 'scheduleTask'>;
  logger: LoggerService;
  settings: MpkConfig['security'];
  catalog: CatalogService;
  auth: AuthService;
  notifications: Pick<NotificationService, 'send'>;
  clock: ContractClock;
  security: Pick<SecurityService, 'record' | 'exceptionsOf'>;
  securityStore: Pick<SecurityStore, 'claimExpiryNotice'>;
  liveReports?: LiveSecurityReports;
}): Promise<void> {
  const { logger, catalog, auth, security } = options;
  await options.scheduler.scheduleTask({
    id: 'mpk-security-checks',
    ...options.settings.schedule,
    scope: 'global',
    fn: async () => {
      const { items: clusters } = await catalog.getEntities(
        { filter: CLUSTER_ENTITY_FILTER },
        { credentials: await auth.getOwnServiceCredentials() },
      );
      if (options.liveReports) {
        for (const cluster of clusters) {
          const name =
            cluster.metadata.annotations?.[KUBERNETES_CLUSTER_ANNOTATION];
          if (!name) continue;
          const documents = await options.liveReports.read(name);
          const reports: ParsedSecurityReport[] = [];
          for (const document of documents ?? []) {
            const parsed = parseSecurityDocument(document);
            if (parsed.ok) reports.push(...parsed.reports);
            else
              logger.warn(
                `Security reports of ${name} not read: ${parsed.problems
                  .slice(0, 3)
                  .join('; ')}`,
              );
          }
          if (reports.length > 0) {
            await security.record(
              stringifyEntityRef(cluster),
              reports,
              LIVE_REPORTS_UPLOADER,
            );
          }
        }
      }
      const sent = await sendExpiryNotices({
        clusters,
        security,
        store: options.securityStore,
        notifications: options.notifications,
        today: options.clock.today(),
      });
      logger.info(`Security checks: ${sent} exception expiry notices sent`);
    },
  });
}
