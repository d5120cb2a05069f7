import {
  describeDaysLeft,
  describePlanUpdate,
  shortEntityName,
} from './upgradeWording';

describe('describeDaysLeft', () => {
  it.each([
    [12, '12 days left'],
    [1, '1 day left'],
    [0, 'due today'],
    [-1, '1 day overdue'],
    [-15, '15 days overdue'],
  ])('describes %i days left as "%s"', (daysLeft, text) => {
    expect(describeDaysLeft(daysLeft)).toBe(text);
  });
});

describe('describePlanUpdate', () => {
  it('names a user of the default namespace by name, at a UTC time', () => {
    expect(
      describePlanUpdate({
        updatedBy: 'user:default/guest',
        updatedAt: '2026-10-20T09:15:42.000Z',
      }),
    ).toBe('guest on 2026-10-20 09:15 UTC');
  });

  it('keeps another namespace, and a timestamp it cannot read', () => {
    expect(
      describePlanUpdate({
        updatedBy: 'user:partners/jane',
        updatedAt: 'yesterday',
      }),
    ).toBe('partners/jane on yesterday');
  });
});

describe('shortEntityName', () => {
  it('drops the implied kind and the default namespace', () => {
    expect(shortEntityName('group:default/pod-blue', 'group')).toBe('pod-blue');
  });

  it('keeps another namespace and another kind', () => {
    expect(shortEntityName('group:emea/pod-blue', 'group')).toBe(
      'emea/pod-blue',
    );
    expect(shortEntityName('user:default/jane', 'group')).toBe('user:jane');
  });

  it('keeps what is not an entity ref', () => {
    expect(shortEntityName('group:', 'group')).toBe('group:');
  });
});
