import { ApiSchemas } from '../../schema/apiSchemas';

/**
 * Where a readiness finding comes from.
 * @public
 */
export const READINESS_SOURCES = [
  'deprecated-api',
  'component-compatibility',
  'version-skew',
] as const;

/** @public */
export type ReadinessSource = (typeof READINESS_SOURCES)[number];

/**
 * One blocker or warning between a cluster and its next Kubernetes version, with how to fix it.
 * @public
 */
export type ReadinessItem = ApiSchemas['ReadinessItem'];

/**
 * A rule's findings for one source: blockers stop the upgrade, warnings should be looked at.
 * @public
 */
export interface ReadinessFindings {
  blockers: ReadinessItem[];
  warnings: ReadinessItem[];
}

/**
 * What stands between a cluster and its next Kubernetes minor version.
 * @public
 */
export type UpgradeReadiness = ApiSchemas['UpgradeReadiness'];

/**
 * One object a deprecated-API scan found (kubent, pluto, or the API server's metric).
 * @public
 */
export type DeprecatedApiFinding = ApiSchemas['DeprecatedApiFinding'];

/**
 * A stored deprecated-API scan of a cluster.
 * @public
 */
export type DeprecatedApiReport = ApiSchemas['DeprecatedApiReport'];

/**
 * The next minor release line after `line`, e.g. `1.36` after `1.35`.
 * @public
 */
export function nextMinorLine(line: string): string {
  const [major, minor] = line.split('.').map(Number);
  return `${major}.${minor + 1}`;
}
