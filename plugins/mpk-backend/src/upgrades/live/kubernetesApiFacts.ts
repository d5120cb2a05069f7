import { parseKubernetesVersion } from '@mpk-portal/plugin-mpk-common';

/**
 * The release line a `GET /version` answer reports. EKS reports minors such as `29+`, so the
 * numbers are taken from `major` and `minor` digits, else from `gitVersion`.
 */
export function serverVersionLine(version: unknown): string | undefined {
  const { major, minor, gitVersion } = (version ?? {}) as Record<
    string,
    unknown
  >;
  const digits = (value: unknown) =>
    typeof value === 'string' ? /^\d+/.exec(value)?.[0] : undefined;
  if (digits(major) && digits(minor)) {
    return `${digits(major)}.${digits(minor)}`;
  }
  return typeof gitVersion === 'string'
    ? parseKubernetesVersion(gitVersion.split('-')[0])?.line
    : undefined;
}

/** The distinct release lines of the kubelets in a `GET /api/v1/nodes` answer. */
export function kubeletVersionLines(nodeList: unknown): string[] {
  const items = (nodeList as { items?: unknown[] } | undefined)?.items ?? [];
  const lines = items.flatMap(node => {
    const version = (
      node as { status?: { nodeInfo?: { kubeletVersion?: unknown } } }
    ).status?.nodeInfo?.kubeletVersion;
    const line =
      typeof version === 'string'
        ? parseKubernetesVersion(version.split('-')[0])?.line
        : undefined;
    return line ? [line] : [];
  });
  return [...new Set(lines)];
}
