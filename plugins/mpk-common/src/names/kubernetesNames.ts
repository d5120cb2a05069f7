/** Longest name a DNS label (RFC 1123) may have; Kubernetes applies it to namespaces, services and clusters. */
export const DNS_LABEL_MAX_LENGTH = 63;

/**
 * Explains why a name is not a valid RFC 1123 DNS label, as Kubernetes requires for
 * namespace, service and cluster names.
 *
 * @returns `undefined` for a valid name, otherwise a sentence naming the first problem
 * @public
 */
export function explainDnsLabelProblem(name: string): string | undefined {
  if (name.length === 0) {
    return 'must not be empty';
  }
  if (name.length > DNS_LABEL_MAX_LENGTH) {
    return `must be at most ${DNS_LABEL_MAX_LENGTH} characters (it has ${name.length})`;
  }
  const invalid = name.match(/[^a-z0-9-]/);
  if (invalid) {
    return `may contain only lowercase letters, digits and '-' (found '${invalid[0]}')`;
  }
  if (name.startsWith('-') || name.endsWith('-')) {
    return "must start and end with a letter or digit, not '-'";
  }
  return undefined;
}

/**
 * Whether a name is a valid RFC 1123 DNS label.
 * @public
 */
export function isDnsLabel(name: string): boolean {
  return explainDnsLabelProblem(name) === undefined;
}
