import {
  describeDaysLeft,
  describeHistoryEntry,
  describeMet,
  describePlanUpdate,
  describeReadiness,
  describeScan,
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

describe('describeMet', () => {
  it('dates an obligation met in time', () => {
    expect(describeMet({ status: 'met', metOn: '2026-09-20' })).toBe(
      'Met on 2026-09-20',
    );
  });

  it('counts the days an obligation was met late', () => {
    expect(
      describeMet({ status: 'met-late', metOn: '2026-09-20', daysLate: 20 }),
    ).toBe('Met 20 days late (2026-09-20)');
    expect(
      describeMet({ status: 'met-late', metOn: '2026-09-20', daysLate: 1 }),
    ).toBe('Met 1 day late (2026-09-20)');
  });

  it('says nothing of an open obligation', () => {
    expect(describeMet({ status: 'overdue' })).toBeUndefined();
  });
});

describe('describeHistoryEntry', () => {
  const path = {
    id: 'upgrade-path:1.36',
    what: 'Upgrade path to Kubernetes 1.36',
  };

  it('names an upgrade path by its release', () => {
    expect(
      describeHistoryEntry({ ...path, status: 'met-late', daysLate: 20 }),
    ).toBe('1.36 met 20 days late');
    expect(describeHistoryEntry({ ...path, status: 'met' })).toBe('1.36 met');
  });

  it('names another obligation by what it is', () => {
    expect(
      describeHistoryEntry({
        id: 'kubernetes-eol',
        what: 'Kubernetes control plane 1.33',
        status: 'met',
      }),
    ).toBe('Kubernetes control plane 1.33 met');
  });
});

describe('describeReadiness', () => {
  it('says ready without blockers, and counts them otherwise', () => {
    expect(describeReadiness({ targetVersion: '1.36', blockers: [] })).toBe(
      'Ready for 1.36',
    );
    expect(describeReadiness({ targetVersion: '1.36', blockers: [1] })).toBe(
      '1 blocker for 1.36',
    );
    expect(describeReadiness({ targetVersion: '1.36', blockers: [1, 2] })).toBe(
      '2 blockers for 1.36',
    );
  });
});

describe('describeScan', () => {
  it('dates an uploaded report and names who uploaded it', () => {
    expect(
      describeScan({
        tool: 'pluto',
        observedAt: '2026-11-20T10:00:00.000Z',
        uploadedBy: 'user:default/erin',
        findings: 3,
      }),
    ).toBe('pluto report of 2026-11-20 by user:default/erin, 3 findings');
  });

  it('says the metric is read now', () => {
    expect(
      describeScan({
        tool: 'apiserver-metric',
        observedAt: '2026-11-14T08:00:00.000Z',
        findings: 1,
      }),
    ).toBe('API server metric, read now, 1 finding');
  });
});
