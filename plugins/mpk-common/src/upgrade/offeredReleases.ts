import {
  ClusterPlatform,
  CLUSTER_PLATFORM_NAMES,
} from '../cluster/clusterEntity';
import { addDays } from './calendarDates';
import {
  compareReleaseLines,
  ReleaseCalendar,
  supportedLines,
} from './releaseCalendar';
import { CertifiedRelease } from '../stack/stackDefinition';
import { UPGRADE_TERMS } from './upgradeObligations';

/**
 * The Kubernetes releases a new cluster on a platform may run on `today`.
 * @public
 */
export interface OfferedReleases {
  /** of the supported releases, those certified on the platform, newest first */
  supportedLines: string[];
  /** every certification recorded by `today`, newest first */
  certified: CertifiedRelease[];
  /** supported releases not certified yet, newest first, each with why it is not offered */
  notYetCertified: { version: string; releaseDate: string; message: string }[];
}

/**
 * What a design may choose from: of the two most recent releases not past end of life, those the
 * provider has certified on the platform; a supported release not certified yet is named with
 * the day its upgrade path is due, so the Lead Architect knows why it is missing.
 * @public
 */
export function offeredReleases(
  platform: ClusterPlatform,
  calendar: ReleaseCalendar,
  certifiedReleases: CertifiedRelease[],
  today: string,
): OfferedReleases {
  const certified = certifiedReleases
    .filter(release => release.certifiedOn <= today)
    .sort((a, b) => compareReleaseLines(b.version, a.version));
  const isCertified = new Set(certified.map(release => release.version));
  const supported = supportedLines(calendar, today);
  const platformName = CLUSTER_PLATFORM_NAMES[platform].shortTitle;
  return {
    supportedLines: supported.filter(line => isCertified.has(line)),
    certified,
    notYetCertified: supported
      .filter(line => !isCertified.has(line))
      .map(line => {
        const { releaseDate } = calendar.cycles.find(c => c.cycle === line)!;
        const due = addDays(
          releaseDate,
          UPGRADE_TERMS.upgradePathDays['side-by-side'],
        );
        return {
          version: line,
          releaseDate,
          message: `Kubernetes ${line} (released ${releaseDate}) is not yet certified on ${platformName}; the contract makes it available by ${due} for side-by-side upgrades.`,
        };
      }),
  };
}
