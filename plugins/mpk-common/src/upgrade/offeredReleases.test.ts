import { kubernetesCalendar } from '../__testUtils__/releaseCalendars';
import { offeredReleases } from './offeredReleases';

describe('offeredReleases', () => {
  const rpcK = [
    { version: '1.34', certifiedOn: '2025-10-20' },
    { version: '1.35', certifiedOn: '2026-05-05' },
  ];

  it('offers the supported releases the provider certified, and names the newer one it did not', () => {
    expect(
      offeredReleases('rpc-k', kubernetesCalendar, rpcK, '2026-12-02'),
    ).toEqual({
      supportedLines: ['1.35'],
      certified: [
        { version: '1.35', certifiedOn: '2026-05-05' },
        { version: '1.34', certifiedOn: '2025-10-20' },
      ],
      notYetCertified: [
        {
          version: '1.36',
          releaseDate: '2026-04-22',
          message:
            'Kubernetes 1.36 (released 2026-04-22) is not yet certified on RPC-K; the contract makes it available by 2026-07-21 for side-by-side upgrades.',
        },
      ],
    });
  });

  it('counts a certification only from its day', () => {
    const offered = offeredReleases(
      'rpc-k',
      kubernetesCalendar,
      [...rpcK, { version: '1.36', certifiedOn: '2026-12-03' }],
      '2026-12-02',
    );
    expect(offered.supportedLines).toEqual(['1.35']);
    expect(
      offeredReleases(
        'rpc-k',
        kubernetesCalendar,
        [...rpcK, { version: '1.36', certifiedOn: '2026-12-03' }],
        '2026-12-03',
      ).supportedLines,
    ).toEqual(['1.36', '1.35']);
  });

  it('never offers a certified release outside the supported window', () => {
    expect(
      offeredReleases('rpc-k', kubernetesCalendar, rpcK, '2026-12-02')
        .supportedLines,
    ).not.toContain('1.34');
  });
});
