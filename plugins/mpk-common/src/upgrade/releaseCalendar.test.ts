import { kubernetesCalendar } from '../__testUtils__/releaseCalendars';
import {
  compareReleaseLines,
  ReleaseCalendar,
  releasedCycles,
  supportedLines,
} from './releaseCalendar';

describe('compareReleaseLines', () => {
  it('orders numerically, not as text', () => {
    expect(
      ['1.9', '1.35', '1.10', '2.0', '1.4'].sort(compareReleaseLines),
    ).toEqual(['1.4', '1.9', '1.10', '1.35', '2.0']);
  });
});

describe('supportedLines', () => {
  it('is the two most recent released lines of the calendar', () => {
    expect(supportedLines(kubernetesCalendar, '2026-11-24')).toEqual([
      '1.36',
      '1.35',
    ]);
    // The day before 1.36 came out, 1.35 and 1.34 were the two most recent.
    expect(supportedLines(kubernetesCalendar, '2026-04-21')).toEqual([
      '1.35',
      '1.34',
    ]);
    expect(supportedLines(kubernetesCalendar, '2026-04-22')).toEqual([
      '1.36',
      '1.35',
    ]);
  });

  it('drops a recent line once it reaches end of life', () => {
    const stalled: ReleaseCalendar = {
      product: 'p',
      title: 'P',
      cycles: [
        { cycle: '2.1', releaseDate: '2030-01-01', eol: '2031-01-01' },
        { cycle: '2.0', releaseDate: '2029-01-01', eol: '2030-06-01' },
      ],
    };
    expect(supportedLines(stalled, '2030-05-31')).toEqual(['2.1', '2.0']);
    expect(supportedLines(stalled, '2030-06-01')).toEqual(['2.1']);
  });

  it('on the day one line is released and another reaches end of life, counts both changes', () => {
    const handover: ReleaseCalendar = {
      product: 'p',
      title: 'P',
      cycles: [
        { cycle: '1.3', releaseDate: '2030-03-01', eol: '2031-03-01' },
        { cycle: '1.2', releaseDate: '2029-09-01', eol: '2030-09-01' },
        { cycle: '1.1', releaseDate: '2029-03-01', eol: '2030-03-01' },
      ],
    };
    expect(supportedLines(handover, '2030-02-28')).toEqual(['1.2', '1.1']);
    expect(supportedLines(handover, '2030-03-01')).toEqual(['1.3', '1.2']);
  });

  it('lists released cycles newest first and leaves out future ones', () => {
    expect(
      releasedCycles(kubernetesCalendar, '2025-12-16').map(c => c.cycle),
    ).toEqual(['1.34', '1.33', '1.32']);
  });
});
