import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { exceptionsExpiringOn } from '@mpk-portal/plugin-mpk-common';
import { SecurityService } from './SecurityService';
import { SecurityStore } from './SecurityStore';

/**
 * Tells the owning pod of each cluster of the exceptions that expire in 14 days, each once: the
 * notice is claimed in the store before it is sent, so another run, on this replica or another,
 * skips it.
 * @returns how many notices were sent
 */
export async function sendExpiryNotices(options: {
  clusters: Entity[];
  security: Pick<SecurityService, 'exceptionsOf'>;
  store: Pick<SecurityStore, 'claimExpiryNotice'>;
  notifications: Pick<NotificationService, 'send'>;
  today: string;
}): Promise<number> {
  let sent = 0;
  const exceptions = await options.security.exceptionsOf(options.clusters);
  for (const cluster of options.clusters) {
    const clusterRef = stringifyEntityRef(cluster);
    const owner = cluster.spec?.owner;
    if (typeof owner !== 'string') continue;
    for (const exception of exceptionsExpiringOn(
      exceptions.get(clusterRef) ?? [],
      options.today,
    )) {
      const claimed = await options.store.claimExpiryNotice(
        clusterRef,
        exception.id,
        exception.expires,
      );
      if (!claimed) continue;
      const { namespace, name } = parseEntityRef(clusterRef);
      const title = cluster.metadata.title ?? cluster.metadata.name;
      await options.notifications.send({
        recipients: {
          type: 'entity',
          entityRef: stringifyEntityRef(
            parseEntityRef(owner, {
              defaultKind: 'group',
              defaultNamespace: 'default',
            }),
          ),
        },
        payload: {
          title: `${title}: the exception for ${exception.set} ${exception.check} expires on ${exception.expires}`,
          description: `Approved by ${exception.approvedBy}: ${exception.reason}. After ${exception.expires} the check counts as a deviation again unless it is corrected or the exception renewed.`,
          link: `/catalog/${namespace}/resource/${name}`,
          severity: 'normal',
          topic: 'mpk-security-exceptions',
        },
      });
      sent++;
    }
  }
  return sent;
}
