import { ReadinessFindings, ReadinessItem } from './readinessApi';

/*
 * The Kubernetes version skew policy between kubelet and kube-apiserver, as kubernetes.io states
 * it ("Version Skew Policy", https://kubernetes.io/releases/version-skew-policy/#kubelet; source
 * kubernetes/website content/en/releases/version-skew-policy.md, read 2026-12-02):
 *
 *   - `kubelet` must not be newer than `kube-apiserver`.
 *   - `kubelet` may be up to three minor versions older than `kube-apiserver` (`kubelet` < 1.25
 *     may only be up to two minor versions older than `kube-apiserver`).
 *
 * The three-version allowance first appears in the Kubernetes 1.28 documentation (KEP-3935);
 * up to 1.27 it read "may be up to two minor versions older". Stated by the kubelet's version,
 * as the page does, both agree: a 1.25 kubelet is the oldest a 1.28 API server accepts three
 * behind. The page also warns that kubelets persistently three minor versions behind must be
 * upgraded before the control plane can be. See VERSION-SKEW-SOURCE.md.
 */

/** The first kubelet line allowed three minor versions behind kube-apiserver. */
const threeVersionSkewSince = { major: 1, minor: 25 };

const SOURCE = 'version-skew';

interface ReleaseLine {
  major: number;
  minor: number;
}

/** `1.31`, `v1.31.4` or `1.31.4-eks-1234` read as their release line; undefined otherwise. */
function readReleaseLine(version: string): ReleaseLine | undefined {
  const match = /^v?(\d{1,4})\.(\d{1,4})(?:$|[.+-])/.exec(version.trim());
  return match
    ? { major: Number(match[1]), minor: Number(match[2]) }
    : undefined;
}

function lineText(line: ReleaseLine): string {
  return `${line.major}.${line.minor}`;
}

/**
 * Minor versions from `older` to `newer`. Kubernetes has had one major version; a different
 * major counts as a distance no skew allowance covers.
 */
function minorVersionsBetween(older: ReleaseLine, newer: ReleaseLine): number {
  if (older.major !== newer.major) {
    return older.major < newer.major ? Infinity : -Infinity;
  }
  return newer.minor - older.minor;
}

/**
 * How many minor versions a kubelet of this line may be behind kube-apiserver: three from 1.25,
 * two before, as the skew policy words it.
 * @public
 */
export function allowedKubeletSkew(kubeletLine: string): number {
  const line = readReleaseLine(kubeletLine);
  if (!line) {
    throw new RangeError(`"${kubeletLine}" is not a Kubernetes version`);
  }
  return minorVersionsBetween(threeVersionSkewSince, line) >= 0 ? 3 : 2;
}

/** The oldest kubelet line a control plane on `target` supports. */
function oldestSupportedLine(target: ReleaseLine): ReleaseLine {
  // Lines closer to the target never have a smaller allowance, so the first that fits is it.
  for (let behind = 3; behind > 0; behind--) {
    const line = { major: target.major, minor: target.minor - behind };
    if (line.minor >= 0 && allowedKubeletSkew(lineText(line)) >= behind) {
      return line;
    }
  }
  return target;
}

function versions(count: number): string {
  return count === 1 ? '1 minor version' : `${count} minor versions`;
}

/**
 * The version skew findings of a planned control plane upgrade (`controlPlane` to
 * `targetVersion`), by the release lines of the worker nodes' kubelets:
 * - a node newer than the control plane is a blocker (the policy never allows it);
 * - a node further behind the target than the policy allows is a blocker: it has to be upgraded
 *   before the control plane;
 * - a node exactly as far behind as allowed is a warning: this upgrade may go ahead, the next
 *   one will need the node upgraded first.
 * Versions may be release lines (`1.31`) or full versions (`v1.31.4-eks-…`); nodes on the same
 * line give one finding. `evidence` says what the versions were read from.
 * @public
 */
export function versionSkewReadiness(input: {
  controlPlane: string;
  targetVersion: string;
  nodeVersions: string[];
  evidence: string;
}): ReadinessFindings {
  const { evidence } = input;
  const item = (message: string, remedy: string): ReadinessItem => ({
    source: SOURCE,
    message,
    remedy,
    evidence,
  });
  const controlPlane = readReleaseLine(input.controlPlane);
  const target = readReleaseLine(input.targetVersion);
  if (!controlPlane || !target) {
    const unread = controlPlane ? input.targetVersion : input.controlPlane;
    return {
      blockers: [],
      warnings: [
        item(
          `The version skew of the worker nodes was not checked: "${unread}" is not a Kubernetes version`,
          'Correct the cluster’s Kubernetes version in the catalog',
        ),
      ],
    };
  }

  const blockers: ReadinessItem[] = [];
  const warnings: ReadinessItem[] = [];
  const unreadable = new Set<string>();
  const lines = new Map<string, ReleaseLine>();
  for (const version of input.nodeVersions) {
    const line = readReleaseLine(version);
    if (line) lines.set(lineText(line), line);
    else unreadable.add(version);
  }
  const oldestFirst = [...lines.values()].sort(
    (a, b) => a.major - b.major || a.minor - b.minor,
  );

  for (const node of oldestFirst) {
    const nodeText = lineText(node);
    const ahead = minorVersionsBetween(controlPlane, node);
    if (ahead > 0) {
      blockers.push(
        item(
          `Worker nodes on ${nodeText} are newer than the ${lineText(
            controlPlane,
          )} control plane; the skew policy never allows a kubelet newer than the API server`,
          `Replace those nodes with nodes on ${lineText(
            controlPlane,
          )} or older, or correct the recorded versions if they are wrong`,
        ),
      );
      continue;
    }
    const behindTarget = minorVersionsBetween(node, target);
    const allowed = allowedKubeletSkew(nodeText);
    if (behindTarget > allowed) {
      blockers.push(
        item(
          `Worker nodes on ${nodeText} would be ${versions(
            behindTarget,
          )} behind a ${lineText(
            target,
          )} control plane; the skew policy allows ${allowed}`,
          `Upgrade those nodes to ${lineText(
            oldestSupportedLine(target),
          )} or later before upgrading the control plane`,
        ),
      );
    } else if (behindTarget === allowed) {
      warnings.push(
        item(
          `Worker nodes on ${nodeText} will be ${versions(
            behindTarget,
          )} behind a ${lineText(
            target,
          )} control plane, the most the skew policy allows`,
          `Upgrade those nodes to ${lineText(
            oldestSupportedLine({ ...target, minor: target.minor + 1 }),
          )} or later before the control plane goes past ${lineText(
            target,
          )}: the next upgrade will need them upgraded first`,
        ),
      );
    }
  }

  if (unreadable.size > 0) {
    warnings.push(
      item(
        `The version skew of nodes reporting ${[...unreadable]
          .map(v => `"${v}"`)
          .join(', ')} was not checked: not a Kubernetes version`,
        'Check the kubelet versions the nodes report',
      ),
    );
  }
  return { blockers, warnings };
}
