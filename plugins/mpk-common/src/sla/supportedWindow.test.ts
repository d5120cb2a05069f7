import { calendars } from '../__testUtils__/releaseCalendars';
import { supportedWindowAt } from './supportedWindow';

describe('supportedWindowAt', () => {
  it('judges the window on the given day, not today', () => {
    // Upstream 1.36 was released on 2026-04-22: before it, 1.34 was still one of the two newest.
    expect(
      supportedWindowAt(
        { platform: 'rpc-k', kubernetesVersion: '1.34' },
        calendars,
        '2026-04-21',
      ),
    ).toEqual({
      date: '2026-04-21',
      kubernetesVersion: '1.34',
      supportedLines: ['1.35', '1.34'],
      within: true,
      explanation:
        'On 2026-04-21 the supported Kubernetes releases were 1.35 and 1.34: 1.34 was inside the window',
    });
    expect(
      supportedWindowAt(
        { platform: 'rpc-k', kubernetesVersion: '1.34' },
        calendars,
        '2026-04-22',
      ).within,
    ).toBe(false);
  });

  it('takes EKS clusters off the window at end of standard support', () => {
    // EKS 1.34 ends standard support on 2026-12-02; 1.35 and 1.36 are newer anyway.
    const window = supportedWindowAt(
      { platform: 'eks', kubernetesVersion: '1.35' },
      calendars,
      '2026-11-25',
    );
    expect(window.supportedLines).toEqual(['1.36', '1.35']);
    expect(window.within).toBe(true);
  });

  it('applies no SLA when the calendar is missing', () => {
    const window = supportedWindowAt(
      { platform: 'eks', kubernetesVersion: '1.35' },
      {},
      '2026-11-25',
    );
    expect(window.within).toBe(false);
    expect(window.explanation).toBe(
      'No release calendar for amazon-eks: the supported window on 2026-11-25 is unknown, so no SLA applies',
    );
  });
});
