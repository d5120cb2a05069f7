import { assessConformance } from './conformanceStatus';

const zone = 'America/Los_Angeles';
const run = (
  overrides: Partial<Parameters<typeof assessConformance>[1]> = {},
) => ({
  kubernetesMinor: '1.35',
  finishedAt: '2026-11-20T18:00:00.000Z',
  passed: 424,
  failed: 0,
  status: 'passed' as const,
  ...overrides,
});
const cluster = { kubernetesVersion: '1.35' };

describe('assessConformance', () => {
  it('is unknown without a run', () => {
    expect(assessConformance(cluster, null, '2026-11-25', zone).status).toBe(
      'unknown',
    );
  });

  it('is conformant after a passing run on the current version, and says for how long', () => {
    expect(assessConformance(cluster, run(), '2026-11-25', zone)).toEqual({
      status: 'conformant',
      explanation:
        "The latest run (2026-11-20, Kubernetes 1.35, 424 passed, 0 failed) passed on the cluster's current version; it counts for 85 more day(s).",
    });
  });

  it('is non-conformant when specs failed', () => {
    expect(
      assessConformance(
        cluster,
        run({ failed: 2, passed: 422, status: 'failed' }),
        '2026-11-25',
        zone,
      ).status,
    ).toBe('non-conformant');
  });

  it('goes stale after 90 days, counted in the contract zone, or a configured age', () => {
    // Finished 2026-08-27 in Los Angeles (03:00 UTC on the 28th).
    const old = run({ finishedAt: '2026-08-28T03:00:00.000Z' });
    expect(assessConformance(cluster, old, '2026-11-25', zone).status).toBe(
      'conformant',
    );
    const stale = assessConformance(cluster, old, '2026-11-26', zone);
    expect(stale).toEqual({
      status: 'stale',
      explanation:
        'The latest run (2026-08-27, Kubernetes 1.35, 424 passed, 0 failed) is 91 days old, over the 90 days a run counts (it counted until 2026-11-25): a new run is needed.',
    });
    expect(
      assessConformance(cluster, run(), '2026-11-25', zone, 3).status,
    ).toBe('stale');
  });

  it('is stale for a run on another minor version, even a failed one', () => {
    const result = assessConformance(
      cluster,
      run({ kubernetesMinor: '1.34', status: 'failed', failed: 1 }),
      '2026-11-25',
      zone,
    );
    expect(result.status).toBe('stale');
    expect(result.explanation).toMatch(
      /ran on another minor version than the cluster's 1\.35/,
    );
  });

  it('is stale for a run before the last version change', () => {
    const result = assessConformance(
      { kubernetesVersion: '1.35', versionSince: '2026-11-21' },
      run(),
      '2026-11-25',
      zone,
    );
    expect(result.explanation).toBe(
      'The latest run (2026-11-20, Kubernetes 1.35, 424 passed, 0 failed) finished before the cluster changed version on 2026-11-21: a new run is needed.',
    );
  });
});
