import { InstalledComponent } from '../../cluster/clusterEntity';
import { StackTechnology } from '../../stack/stackDefinition';
import { componentCompatibilityReadiness } from './componentCompatibility';
import { deprecatedApiReadiness } from './deprecatedApiReadiness';
import {
  DeprecatedApiFinding,
  nextMinorLine,
  ReadinessFindings,
  UpgradeReadiness,
} from './readinessApi';
import { versionSkewReadiness } from './versionSkew';

/**
 * A deprecated-API scan the readiness is judged on: an uploaded kubent or pluto report, or the
 * API server's metric read through the Kubernetes plugin.
 * @public
 */
export interface ApiUsageScanInput {
  tool: 'kubent' | 'pluto' | 'apiserver-metric';
  observedAt: string;
  uploadedBy?: string;
  findings: DeprecatedApiFinding[];
}

/**
 * What the readiness rules need to know about a cluster.
 * @public
 */
export interface ReadinessSubject {
  /** release line of the control plane, e.g. `1.35` */
  kubernetesVersion: string;
  /** release lines of the worker nodes' kubelets */
  workerNodeVersions: string[];
  /** where the node versions come from, e.g. `the catalog` */
  nodeVersionsFrom: string;
  installedComponents: InstalledComponent[];
  scans: ApiUsageScanInput[];
}

/**
 * What stands between a cluster and its next Kubernetes minor version: removed or deprecated APIs
 * still in use, installed components that do not support it, and worker nodes the version skew
 * policy would not allow. Ready means no blockers; warnings are for a person to judge.
 * @public
 */
export function assessUpgradeReadiness(
  subject: ReadinessSubject,
  technologies: Pick<
    StackTechnology,
    'id' | 'title' | 'kubernetesCompatibility'
  >[],
): UpgradeReadiness {
  const targetVersion = nextMinorLine(subject.kubernetesVersion);
  const scans = [...subject.scans].sort((a, b) =>
    b.observedAt.localeCompare(a.observedAt),
  );
  const parts: ReadinessFindings[] = [
    deprecatedApiReadiness({ targetVersion, scans }),
    componentCompatibilityReadiness(
      subject.installedComponents,
      technologies,
      targetVersion,
    ),
    versionSkewReadiness({
      controlPlane: subject.kubernetesVersion,
      targetVersion,
      nodeVersions: subject.workerNodeVersions,
      evidence: subject.nodeVersionsFrom,
    }),
  ];
  const blockers = parts.flatMap(part => part.blockers);
  return {
    targetVersion,
    ready: blockers.length === 0,
    blockers,
    warnings: parts.flatMap(part => part.warnings),
    scans: scans.map(scan => ({
      tool: scan.tool,
      observedAt: scan.observedAt,
      ...(scan.uploadedBy ? { uploadedBy: scan.uploadedBy } : {}),
      findings: scan.findings.length,
    })),
  };
}
