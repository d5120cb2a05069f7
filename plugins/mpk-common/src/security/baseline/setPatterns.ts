const cache = new Map<string, RegExp>();

/**
 * Whether a set name matches a baseline's set pattern, where `*` stands for any text (none
 * included) and everything else for itself, case and all.
 * @public
 */
export function matchesSetPattern(pattern: string, set: string): boolean {
  if (!pattern.includes('*')) return pattern === set;
  let regex = cache.get(pattern);
  if (!regex) {
    const source = pattern
      .split('*')
      .map(part => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    regex = new RegExp(`^${source}$`, 's');
    if (cache.size > 1000) cache.clear();
    cache.set(pattern, regex);
  }
  return regex.test(set);
}
