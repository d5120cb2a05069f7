import { compareKnownReleaseLines, toReleaseLine } from './releaseLines';

describe('toReleaseLine', () => {
  it('cuts the versions each tool writes to major.minor', () => {
    expect(toReleaseLine('v1.16.0')).toBe('1.16');
    expect(toReleaseLine('1.9.0')).toBe('1.9');
    expect(toReleaseLine('1.25')).toBe('1.25');
    expect(toReleaseLine('1.24.17-eks-7f9249a')).toBe('1.24');
  });

  it('refuses what is not a version', () => {
    expect(toReleaseLine('')).toBeUndefined();
    expect(toReleaseLine('future')).toBeUndefined();
    expect(toReleaseLine('1')).toBeUndefined();
    expect(toReleaseLine('v1.16.0 ')).toBeUndefined();
  });
});

describe('compareKnownReleaseLines', () => {
  it('orders numerically, not as text', () => {
    expect(compareKnownReleaseLines('1.9', '1.16')).toBeLessThan(0);
    expect(compareKnownReleaseLines('1.16', '1.16')).toBe(0);
    expect(compareKnownReleaseLines('2.0', '1.36')).toBeGreaterThan(0);
  });

  it('gives undefined for anything else', () => {
    expect(compareKnownReleaseLines('v1.16.0', '1.16')).toBeUndefined();
    expect(compareKnownReleaseLines('1.16', 'later')).toBeUndefined();
  });
});
