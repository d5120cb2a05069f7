import {
  InstalledComponent,
  parseKubernetesVersion,
} from '../../cluster/clusterEntity';
import {
  KubernetesCompatibility,
  StackTechnology,
} from '../../stack/stackDefinition';
import { compareReleaseLines } from '../releaseCalendar';
import { ReadinessFindings, ReadinessItem } from './readinessApi';

type CompatibilityRow = KubernetesCompatibility['versions'][number];

const SOURCE = 'component-compatibility';

function describeRange({ kubernetes: { min, max } }: CompatibilityRow): string {
  return max ? `${min} to ${max}` : `${min} and later`;
}

function supports(row: CompatibilityRow, target: string): boolean {
  const { min, max } = row.kubernetes;
  return (
    compareReleaseLines(target, min) >= 0 &&
    (max === undefined || compareReleaseLines(target, max) <= 0)
  );
}

/** The oldest version line of the table that supports the target, if any. */
function oldestSupporting(
  table: KubernetesCompatibility,
  target: string,
): CompatibilityRow | undefined {
  return table.versions
    .filter(row => supports(row, target))
    .sort((a, b) => compareReleaseLines(a.version, b.version))[0];
}

/**
 * Whether the stack components installed on a cluster support its next Kubernetes version, by the
 * compatibility table of each technology (`kubernetesCompatibility` in the stack definition):
 * - the target outside the range of the installed version line is a blocker, whose remedy names
 *   the oldest line of the table that supports the target (or says that none does yet);
 * - an installed version line the table does not list, or a version with no line (e.g. `n/a` on a
 *   technology that has a table), is a warning: its compatibility is not known.
 *
 * Technologies without a table, and technologies that are not installed, give nothing. Installed
 * versions are read as `1.27.3`, `v3.30.3` or `0.8`, by their `major.minor` line.
 * @param targetVersion - the Kubernetes version the control plane goes to, e.g. `1.36`
 * @public
 */
export function componentCompatibilityReadiness(
  installed: InstalledComponent[],
  technologies: Pick<
    StackTechnology,
    'id' | 'title' | 'kubernetesCompatibility'
  >[],
  targetVersion: string,
): ReadinessFindings {
  const target = parseKubernetesVersion(targetVersion)?.line ?? targetVersion;
  const byId = new Map(technologies.map(tech => [tech.id, tech]));
  const blockers: ReadinessItem[] = [];
  const warnings: ReadinessItem[] = [];

  for (const { component, version } of installed) {
    const technology = byId.get(component);
    const table = technology?.kubernetesCompatibility;
    if (!technology || !table) continue;
    const { title } = technology;
    const evidence = table.source;

    const line = parseKubernetesVersion(version)?.line;
    if (!line) {
      warnings.push({
        source: SOURCE,
        message: `compatibility of ${title} "${version}" with Kubernetes ${target} is not known: the installed version has no release line`,
        remedy: `Record the installed version of ${title} (e.g. 1.2.3), then check it against the compatibility table.`,
        evidence,
      });
      continue;
    }

    const row = table.versions.find(
      candidate => compareReleaseLines(candidate.version, line) === 0,
    );
    if (!row) {
      warnings.push({
        source: SOURCE,
        message: `compatibility of ${title} ${line} with Kubernetes ${target} is not known: not in the compatibility table`,
        remedy: `Check ${title} ${line} against the project's compatibility table before upgrading the control plane, or move ${title} to a version line the table lists.`,
        evidence,
      });
      continue;
    }
    if (supports(row, target)) continue;

    const fix = oldestSupporting(table, target);
    let remedy: string;
    if (!fix) {
      remedy = `No ${title} version line in the compatibility table supports Kubernetes ${target} yet: keep the control plane on its version until a ${title} release does, or remove ${title} first.`;
    } else {
      const verb =
        compareReleaseLines(fix.version, line) > 0 ? 'Upgrade' : 'Change';
      remedy = `${verb} ${title} to ${
        fix.version
      } or later (supports ${describeRange(
        fix,
      )}) on the cluster before the control plane.`;
    }
    blockers.push({
      source: SOURCE,
      message: `${title} ${line} supports Kubernetes ${describeRange(
        row,
      )}, not ${target}`,
      remedy,
      evidence,
    });
  }

  return { blockers, warnings };
}
