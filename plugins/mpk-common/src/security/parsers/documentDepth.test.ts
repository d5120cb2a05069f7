import { nestsDeeperThan } from './documentDepth';

describe('nestsDeeperThan', () => {
  it('counts levels of objects and arrays', () => {
    expect(nestsDeeperThan('x', 0)).toBe(false);
    expect(nestsDeeperThan({ a: [1] }, 2)).toBe(false);
    expect(nestsDeeperThan({ a: [{}] }, 2)).toBe(true);
  });

  it('walks 100,000 levels without recursion, and ends on a cycle', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(nestsDeeperThan(deep, 64)).toBe(true);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(nestsDeeperThan(cycle, 64)).toBe(true);
  });
});
