import { ApiSchemas } from '../schema/apiSchemas';
import {
  CLUSTER_PLATFORM_NAMES,
  ClusterEnvironment,
  ClusterPlatform,
  UpgradeStrategy,
} from '../cluster/clusterEntity';
import { CertifiedRelease } from '../stack/stackDefinition';
import { addDays, daysBetween } from './calendarDates';
import {
  compareReleaseLines,
  isEndOfLife,
  ReleaseCalendar,
  releasedCycles,
  supportedLines,
} from './releaseCalendar';

/**
 * The upgrade terms of the contract, in days.
 * @public
 */
export const UPGRADE_TERMS = {
  /** cluster, worker nodes, monitoring and logging platforms: upgraded within this after an EOL */
  daysAfterEndOfLife: 120,
  /** an upgrade path to a new Kubernetes release is available within this after its release */
  upgradePathDays: { 'side-by-side': 90, 'in-place': 120 } as Record<
    UpgradeStrategy,
    number
  >,
  /** an obligation this close to its due date is due soon */
  dueSoonDays: 30,
} as const;

/**
 * The release calendar each platform's Kubernetes versions follow: EKS has its own dates, bare
 * metal (RPC-K) follows upstream Kubernetes.
 * @public
 */
export const KUBERNETES_CALENDAR_OF_PLATFORM: Record<ClusterPlatform, string> =
  {
    eks: 'amazon-eks',
    'rpc-k': 'kubernetes',
  };

/**
 * The stack technology that stands for each platform; its `certifiedReleases` are the
 * Kubernetes releases the provider offers there.
 * @public
 */
export const PLATFORM_TECHNOLOGY: Record<ClusterPlatform, string> = {
  eks: 'aws-eks',
  'rpc-k': 'rpc-k',
};

/**
 * A monitoring or logging platform component and the release calendar of its product.
 * @public
 */
export interface PlatformComponentVersion {
  role: 'monitoring' | 'logging';
  /** key of the product's release calendar, e.g. `prometheus` */
  product: string;
  /** release line installed, e.g. `3.5` */
  version: string;
}

/**
 * What the upgrade rules need to know about a cluster.
 * @public
 */
export interface UpgradeSubject {
  platform: ClusterPlatform;
  /** release line of the control plane, e.g. `1.35` */
  kubernetesVersion: string;
  strategy: UpgradeStrategy;
  /** the environments of all the customer's clusters, this one included */
  customerEnvironments: ClusterEnvironment[];
  /** release lines of the worker nodes' kubelets */
  workerNodeVersions: string[];
  platformComponents: PlatformComponentVersion[];
  /** the releases the provider has certified on the cluster's platform */
  certifiedReleases: CertifiedRelease[];
}

/**
 * The statuses of an upgrade obligation, most urgent first.
 * @public
 */
export const OBLIGATION_STATUSES = [
  'overdue',
  'due-soon',
  'on-track',
  'not-guaranteed',
  'outside-window',
  'unknown',
  'met-late',
  'met',
] as const;

/** @public */
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

/**
 * Whether an obligation has been fulfilled (on time or late): history, not a deadline to meet.
 * @public
 */
export function isFulfilled(obligation: { status: ObligationStatus }): boolean {
  return obligation.status === 'met' || obligation.status === 'met-late';
}

/**
 * One upgrade obligation of the provider towards a cluster.
 * @public
 */
export type UpgradeObligation = ApiSchemas['UpgradeObligation'];

/**
 * The upgrade obligations of a cluster on a given day, with why they stand as they do.
 * @public
 */
export type UpgradeAssessment = ApiSchemas['UpgradeAssessment'];

function statusByDaysLeft(daysLeft: number): ObligationStatus {
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= UPGRADE_TERMS.dueSoonDays ? 'due-soon' : 'on-track';
}

function describeDaysLeft(daysLeft: number): string {
  if (daysLeft === 0) return 'due today';
  if (daysLeft < 0)
    return `${-daysLeft} day${daysLeft === -1 ? '' : 's'} overdue`;
  return `${daysLeft} day${daysLeft === 1 ? '' : 's'} left`;
}

function endOfLifeObligation(
  id: string,
  what: string,
  calendar: ReleaseCalendar | undefined,
  version: string,
  today: string,
): UpgradeObligation {
  const cycle = calendar?.cycles.find(c => c.cycle === version);
  if (calendar && cycle && !cycle.eol) {
    // A release whose end of life is not announced yet owes no upgrade until it is.
    return {
      id,
      what,
      status: 'on-track',
      explanation: `${calendar.title} ${version} has no announced end of life yet, so no upgrade is due; the deadline will be 120 days after the end of life once it is announced.`,
    };
  }
  if (!calendar || !cycle?.eol) {
    return {
      id,
      what,
      status: 'unknown',
      explanation: `${what}: ${
        calendar
          ? `the release calendar of ${calendar.title} does not list version ${version}`
          : 'there is no release calendar for this product'
      }, so no deadline can be computed.`,
    };
  }
  const eol = cycle.eol;
  const dueDate = addDays(eol, UPGRADE_TERMS.daysAfterEndOfLife);
  const daysLeft = daysBetween(today, dueDate);
  const reached = isEndOfLife(cycle, today) ? 'reached' : 'reaches';
  return {
    id,
    what,
    event: {
      kind: 'end-of-life',
      date: eol,
      description: `${calendar.title} ${version} end of life`,
    },
    dueDate,
    daysLeft,
    status: statusByDaysLeft(daysLeft),
    explanation: `${calendar.title} ${version} ${reached} end of life on ${
      cycle.eol
    }; the contract allows ${
      UPGRADE_TERMS.daysAfterEndOfLife
    } days after that, so the upgrade is due by ${dueDate} (${describeDaysLeft(
      daysLeft,
    )}).`,
  };
}

/**
 * The contract's upgrade-path promise for each release newer than the cluster's, and for its own
 * release when the provider's certification of it is recorded (history): the provider makes the
 * release available on the platform within the days the strategy allows after its release. The
 * day it certified the release on the platform fulfils the promise, on time or late.
 */
function upgradePathObligations(
  subject: UpgradeSubject,
  calendar: ReleaseCalendar,
  today: string,
): UpgradeObligation[] {
  const platform = CLUSTER_PLATFORM_NAMES[subject.platform].shortTitle;
  const certifiedOn = new Map(
    subject.certifiedReleases
      .filter(release => release.certifiedOn <= today)
      .map(release => [release.version, release.certifiedOn]),
  );
  const allowed = UPGRADE_TERMS.upgradePathDays[subject.strategy];
  return releasedCycles(calendar, today)
    .filter(cycle => {
      const order = compareReleaseLines(cycle.cycle, subject.kubernetesVersion);
      return order > 0 || (order === 0 && certifiedOn.has(cycle.cycle));
    })
    .map(cycle => {
      const dueDate = addDays(cycle.releaseDate, allowed);
      const promise = `${calendar.title} ${cycle.cycle} was released on ${cycle.releaseDate}; for a ${subject.strategy} upgrade the contract makes it available on ${platform} within ${allowed} days, by ${dueDate}`;
      const base = {
        id: `upgrade-path:${cycle.cycle}`,
        what: `Upgrade path to Kubernetes ${cycle.cycle}`,
        event: {
          kind: 'release' as const,
          date: cycle.releaseDate,
          description: `${calendar.title} ${cycle.cycle} released`,
        },
        dueDate,
      };
      const metOn = certifiedOn.get(cycle.cycle);
      if (metOn) {
        const daysLate = daysBetween(dueDate, metOn);
        return daysLate > 0
          ? {
              ...base,
              status: 'met-late' as const,
              metOn,
              daysLate,
              explanation: `${promise}. The provider certified it on ${platform} on ${metOn}, ${daysLate} day${
                daysLate === 1 ? '' : 's'
              } late: the upgrade-path guarantee was missed.`,
            }
          : {
              ...base,
              status: 'met' as const,
              metOn,
              explanation: `${promise}. The provider certified it on ${platform} on ${metOn}, in time.`,
            };
      }
      const daysLeft = daysBetween(today, dueDate);
      return {
        ...base,
        daysLeft,
        status: statusByDaysLeft(daysLeft),
        explanation: `${promise} (${describeDaysLeft(
          daysLeft,
        )}). The provider has not certified it on ${platform} yet.`,
      };
    });
}

function byDueDate(a: UpgradeObligation, b: UpgradeObligation): number {
  if (a.dueDate === b.dueDate) return a.id.localeCompare(b.id);
  if (!a.dueDate) return 1;
  if (!b.dueDate) return -1;
  return a.dueDate < b.dueDate ? -1 : 1;
}

/**
 * Computes the upgrade obligations of a cluster on `today` (`YYYY-MM-DD`, in the contract's time
 * zone), from the release calendars keyed by product (`kubernetes`, `amazon-eks`, `prometheus`…).
 *
 * Every obligation gets its due date and days left; its status then says whether the guarantee
 * holds: not for a customer without both a production and a non-production environment
 * (`not-guaranteed`). A cluster whose version is not one of the two most recent of its platform,
 * or is past end of life, is outside the supported window: support SLAs do not apply to it and
 * the upgrade path to a newer release is not guaranteed (`outside-window`), while its end-of-life
 * upgrade deadlines, which exist for exactly that case, still hold. An upgrade path the provider
 * certified on the platform is `met` or `met-late` (with the days late): history, whatever the
 * guarantee, and never the `next` obligation.
 * @public
 */
export function assessUpgradeObligations(
  subject: UpgradeSubject,
  calendars: Record<string, ReleaseCalendar>,
  today: string,
): UpgradeAssessment {
  const kubernetesCalendar =
    calendars[KUBERNETES_CALENDAR_OF_PLATFORM[subject.platform]];
  const qualified =
    subject.customerEnvironments.includes('production') &&
    subject.customerEnvironments.includes('non-production');
  const lines = kubernetesCalendar
    ? supportedLines(kubernetesCalendar, today)
    : [];
  const withinSupportedWindow = lines.includes(subject.kubernetesVersion);

  const obligations: UpgradeObligation[] = [
    endOfLifeObligation(
      'kubernetes-eol',
      `Kubernetes control plane ${subject.kubernetesVersion}`,
      kubernetesCalendar,
      subject.kubernetesVersion,
      today,
    ),
    ...[...new Set(subject.workerNodeVersions)]
      .sort(compareReleaseLines)
      .map(version =>
        endOfLifeObligation(
          `worker-nodes-eol:${version}`,
          `Worker nodes on ${version}`,
          kubernetesCalendar,
          version,
          today,
        ),
      ),
    ...subject.platformComponents.map(component =>
      endOfLifeObligation(
        `${component.role}-eol`,
        `${
          component.role === 'monitoring' ? 'Monitoring' : 'Logging'
        } platform ${component.version}`,
        calendars[component.product],
        component.version,
        today,
      ),
    ),
  ];
  if (kubernetesCalendar) {
    obligations.push(
      ...upgradePathObligations(subject, kubernetesCalendar, today),
    );
  }

  let explanation: string;
  if (!withinSupportedWindow) {
    explanation = kubernetesCalendar
      ? `Kubernetes ${
          subject.kubernetesVersion
        } is outside the supported window of ${kubernetesCalendar.title} (${
          lines.join(' and ') || 'no supported version'
        } today): support SLAs do not apply and no upgrade path to a newer release is guaranteed until the cluster runs a supported version; the end-of-life upgrade deadlines still hold.`
      : `There is no release calendar for the ${subject.platform} platform, so the supported window is unknown.`;
  } else {
    explanation = `Kubernetes ${
      subject.kubernetesVersion
    } is within the supported window (${lines.join(' and ')}).`;
  }
  explanation += qualified
    ? " The customer's environment configuration is qualified: the deadlines are guaranteed."
    : ' The customer does not have a qualified environment configuration (at least one production and one non-production environment): the provider still supports upgrades, but the deadlines are not guaranteed.';

  for (const obligation of obligations) {
    // Unknown stays unknown, and what was fulfilled is history whatever the guarantee.
    if (obligation.status === 'unknown' || isFulfilled(obligation)) continue;
    // An undated obligation has no deadline whose guarantee could be in question.
    if (obligation.dueDate === undefined) continue;
    // The 120-day end-of-life deadlines run while the version is past end of life, that is
    // outside the window, so only the upgrade path depends on the window.
    if (!withinSupportedWindow && obligation.event?.kind === 'release') {
      obligation.status = 'outside-window';
    } else if (!qualified) {
      obligation.status = 'not-guaranteed';
    }
  }
  obligations.sort(byDueDate);

  return {
    qualified,
    supportedLines: lines,
    withinSupportedWindow,
    obligations,
    next: obligations.find(o => o.dueDate !== undefined && !isFulfilled(o)),
    explanation,
  };
}
