/**
 * Whether a parsed value nests objects and arrays deeper than `max` levels (a top-level object
 * is level 1). Walks with its own stack, so a hostile document cannot overflow the call stack,
 * and stops at the first level over the bound (so a cyclic value ends too).
 */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 1 }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const current = next.value;
    if (typeof current !== 'object' || current === null) continue;
    if (next.depth > max) return true;
    const children = Array.isArray(current) ? current : Object.values(current);
    for (const child of children) {
      if (typeof child === 'object' && child !== null) {
        stack.push({ value: child, depth: next.depth + 1 });
      }
    }
  }
  return false;
}
