import { ApiSchemas } from '../schema/apiSchemas';
import { ClusterPlatform } from '../cluster/clusterEntity';
import { ReleaseCalendar, supportedLines } from '../upgrade/releaseCalendar';
import { KUBERNETES_CALENDAR_OF_PLATFORM } from '../upgrade/upgradeObligations';

/**
 * Whether a cluster's Kubernetes version was inside the supported window on a day, and why.
 * @public
 */
export type SupportedWindowAt = ApiSchemas['SupportedWindowAt'];

/**
 * The support SLAs cover the two most recent Kubernetes releases of the platform that are not past
 * end of life. This judges a release line on a given day, e.g. the day a ticket was opened.
 * @public
 */
export function supportedWindowAt(
  cluster: { platform: ClusterPlatform; kubernetesVersion: string },
  calendars: Record<string, ReleaseCalendar>,
  date: string,
): SupportedWindowAt {
  const product = KUBERNETES_CALENDAR_OF_PLATFORM[cluster.platform];
  const calendar = calendars[product];
  const lines = calendar ? supportedLines(calendar, date) : [];
  const within = lines.includes(cluster.kubernetesVersion);
  let explanation: string;
  if (!calendar) {
    explanation = `No release calendar for ${product}: the supported window on ${date} is unknown, so no SLA applies`;
  } else {
    const window =
      lines.length > 0
        ? lines.join(' and ')
        : 'no release (all past end of life)';
    explanation = `On ${date} the supported ${
      calendar.title
    } releases were ${window}: ${cluster.kubernetesVersion} was ${
      within ? 'inside' : 'outside'
    } the window`;
  }
  return {
    date,
    kubernetesVersion: cluster.kubernetesVersion,
    supportedLines: lines,
    within,
    explanation,
  };
}
