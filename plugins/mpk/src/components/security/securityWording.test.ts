import { expiryRange } from '../SecurityCard/exceptionDates';
import {
  describeCheck,
  describeCounts,
  describeDay,
  describeResource,
} from './securityWording';

describe('security wording', () => {
  it('names what a finding is on, down to what is given', () => {
    expect(describeResource(undefined)).toBe('the whole cluster');
    expect(describeResource({})).toBe('the whole cluster');
    expect(describeResource({ namespace: 'shop' })).toBe(
      'everything in namespace shop',
    );
    expect(describeResource({ namespace: 'shop', kind: 'Pod' })).toBe(
      'every Pod in namespace shop',
    );
    expect(
      describeResource({ namespace: 'shop', kind: 'Deployment', name: 'web' }),
    ).toBe('Deployment shop/web');
    expect(describeResource({ kind: 'Node', name: 'ip-10-0-1-5' })).toBe(
      'Node ip-10-0-1-5',
    );
  });

  it('names a check within its set, or every check of it', () => {
    expect(describeCheck({ set: 'cis-1.8', check: '4.2.1' })).toBe(
      'cis-1.8 / 4.2.1',
    );
    expect(describeCheck({ set: 'polaris', check: '*' })).toBe(
      'every check of polaris',
    );
  });

  it("words a report's own counts without the zeros", () => {
    expect(describeCounts({ pass: 110, fail: 2, info: 0 })).toBe(
      '110 pass, 2 fail',
    );
    expect(describeCounts({ critical: 0 })).toBe('nothing counted');
  });

  it('gives the UTC day of an instant', () => {
    expect(describeDay('2026-10-01T23:30:00-05:00')).toBe('2026-10-02');
    expect(describeDay('not a date')).toBe('not a date');
  });

  it('bounds an exception expiry to after today and within a year', () => {
    expect(expiryRange('2026-12-31')).toEqual({
      min: '2027-01-01',
      max: '2027-12-31',
    });
  });
});
