import { findDeprecatedApiByKind } from './deprecatedApiCatalog';
import { DeprecatedApiScanTool } from './deprecatedApiInput';
import {
  DeprecatedApiFinding,
  ReadinessFindings,
  ReadinessItem,
} from './readinessApi';
import { compareKnownReleaseLines, toReleaseLine } from './releaseLines';

/**
 * One deprecated-API scan of a cluster: an uploaded kubent or pluto report, or a reading of the
 * API server's metric.
 * @public
 */
export interface DeprecatedApiScan {
  tool: DeprecatedApiScanTool;
  /** when the report was uploaded or the metric read (ISO 8601) */
  observedAt: string;
  findings: DeprecatedApiFinding[];
}

/**
 * What {@link deprecatedApiReadiness} judges.
 * @public
 */
export interface DeprecatedApiReadinessInput {
  /** the release line the cluster would move to, e.g. `1.36` */
  targetVersion: string;
  /** the latest scan of each tool; an object found by several counts once */
  scans: DeprecatedApiScan[];
}

/**
 * The wording of the warning given when a cluster has no deprecated-API scan.
 * @public
 */
export const NO_DEPRECATED_API_SCAN: ReadinessItem = {
  source: 'deprecated-api',
  message: 'No deprecated-API scan for this cluster',
  remedy:
    "Upload the output of `kubent -o json` or `pluto detect-all-in-cluster -o json`, or connect the cluster to the Kubernetes plugin so the API server's apiserver_requested_deprecated_apis metric is read",
};

interface SeenFinding {
  finding: DeprecatedApiFinding;
  tool: DeprecatedApiScanTool;
  evidence: string;
}

/**
 * Judges the deprecated APIs a cluster still uses against its next Kubernetes version: an API
 * removed in or before the target blocks the upgrade; one deprecated by then but removed later,
 * or whose removal is not known, is a warning. Objects that scans share are judged once, on the
 * newest scan that found them (gaps filled from older ones).
 * @public
 */
export function deprecatedApiReadiness(
  input: DeprecatedApiReadinessInput,
): ReadinessFindings {
  const target = toReleaseLine(input.targetVersion);
  if (target === undefined) {
    throw new TypeError(
      `Expected a target release line such as 1.36, got ${JSON.stringify(
        input.targetVersion,
      )}`,
    );
  }
  if (input.scans.length === 0) {
    return { blockers: [], warnings: [{ ...NO_DEPRECATED_API_SCAN }] };
  }

  const blockers: Judged[] = [];
  const warnings: Judged[] = [];
  for (const seen of mergeAcrossScans(input.scans)) {
    const verdict = judge(seen.finding, target);
    if (verdict === 'not-yet-deprecated') continue;
    const judged = { seen, item: describe(seen, verdict) };
    (verdict === 'blocker' ? blockers : warnings).push(judged);
  }
  return {
    blockers: blockers.sort(byRemovalThenObject).map(({ item }) => item),
    warnings: warnings.sort(byRemovalThenObject).map(({ item }) => item),
  };
}

type Verdict = 'blocker' | 'removed-later' | 'removal-unknown';

interface Judged {
  seen: SeenFinding;
  item: ReadinessItem;
}

function judge(
  finding: DeprecatedApiFinding,
  target: string,
): Verdict | 'not-yet-deprecated' {
  const removal =
    finding.removedIn === undefined
      ? undefined
      : compareKnownReleaseLines(finding.removedIn, target);
  if (removal !== undefined && removal <= 0) return 'blocker';
  const deprecation =
    finding.deprecatedIn === undefined
      ? undefined
      : compareKnownReleaseLines(finding.deprecatedIn, target);
  // A scan (pluto with an old target, say) may list APIs that the target still fully supports.
  if (deprecation !== undefined && deprecation > 0) return 'not-yet-deprecated';
  return removal === undefined ? 'removal-unknown' : 'removed-later';
}

function mergeAcrossScans(scans: DeprecatedApiScan[]): SeenFinding[] {
  const newestFirst = [...scans].sort(
    (a, b) => instantOf(b.observedAt) - instantOf(a.observedAt),
  );
  const byObject = new Map<string, SeenFinding>();
  for (const scan of newestFirst) {
    const evidence = describeScan(scan);
    for (const finding of scan.findings) {
      const key = JSON.stringify([
        finding.apiVersion,
        finding.kind,
        finding.namespace,
        finding.name,
      ]);
      const earlier = byObject.get(key);
      if (earlier) {
        earlier.finding = {
          ...finding,
          ...definedFields(earlier.finding),
        };
      } else {
        byObject.set(key, { finding, tool: scan.tool, evidence });
      }
    }
  }
  return [...byObject.values()];
}

function definedFields(finding: DeprecatedApiFinding): DeprecatedApiFinding {
  return Object.fromEntries(
    Object.entries(finding).filter(([, value]) => value !== undefined),
  ) as DeprecatedApiFinding;
}

// Unreadable instants sort as oldest, so a well-dated scan always wins.
function instantOf(iso: string): number {
  const instant = Date.parse(iso);
  return Number.isNaN(instant) ? -Infinity : instant;
}

const SCAN_NAMES: Record<DeprecatedApiScanTool, string> = {
  kubent: 'kubent report of',
  pluto: 'pluto report of',
  'apiserver-metric': 'API server metric read on',
};

function describeScan(scan: DeprecatedApiScan): string {
  const instant = Date.parse(scan.observedAt);
  // Dates only: people read these, and the UTC day is the same for everyone reading.
  return Number.isNaN(instant)
    ? `${SCAN_NAMES[scan.tool]} an unknown date`
    : `${SCAN_NAMES[scan.tool]} ${new Date(instant)
        .toISOString()
        .slice(0, 10)}`;
}

function describe(seen: SeenFinding, verdict: Verdict): ReadinessItem {
  const { finding, tool } = seen;
  const subject =
    tool === 'apiserver-metric'
      ? `Clients requested ${finding.name} through ${finding.apiVersion}`
      : `${finding.kind} ${finding.namespace ? `${finding.namespace}/` : ''}${
          finding.name
        } uses ${finding.apiVersion}`;
  const since = finding.deprecatedIn ? ` since ${finding.deprecatedIn}` : '';
  const message = {
    blocker: `${subject}, removed in Kubernetes ${finding.removedIn}`,
    'removed-later': `${subject}, deprecated${since} and removed in Kubernetes ${finding.removedIn}`,
    'removal-unknown': `${subject}, deprecated${since}; no removal release is known`,
  }[verdict];
  return {
    source: 'deprecated-api',
    message,
    remedy: remedyFor(finding, tool),
    evidence: seen.evidence,
  };
}

function remedyFor(
  finding: DeprecatedApiFinding,
  tool: DeprecatedApiScanTool,
): string {
  const known = findDeprecatedApiByKind(finding.apiVersion, finding.kind);
  const servedSince =
    known?.replacementAvailableIn && known.replacement === finding.replacement
      ? ` (served since ${known.replacementAvailableIn})`
      : '';
  // The gauge is set once per API server process, so fixed clients still show until a restart.
  if (tool === 'apiserver-metric') {
    return finding.replacement
      ? `Move the clients that request it to ${finding.replacement}${servedSince}; the metric stays set until the API server restarts`
      : `Stop the clients that request it (the API has no successor); the metric stays set until the API server restarts`;
  }
  return finding.replacement
    ? `Move it to ${finding.replacement}${servedSince}, re-apply it, then upload a new scan`
    : `Remove it or replace it by other means (${finding.apiVersion} ${finding.kind} has no successor API), then upload a new scan`;
}

function byRemovalThenObject(a: Judged, b: Judged): number {
  return (
    removalOrder(a.seen.finding) - removalOrder(b.seen.finding) ||
    a.item.message.localeCompare(b.item.message, 'en')
  );
}

function removalOrder(finding: DeprecatedApiFinding): number {
  const match = /^(\d+)\.(\d+)$/.exec(finding.removedIn ?? '');
  return match ? Number(match[1]) * 1000 + Number(match[2]) : Infinity;
}
