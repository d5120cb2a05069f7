import { calendars } from '../__testUtils__/releaseCalendars';
import { addDays, daysBetween } from './calendarDates';
import { ReleaseCalendar } from './releaseCalendar';
import {
  assessUpgradeObligations,
  UpgradeObligation,
  UpgradeSubject,
} from './upgradeObligations';

const acmeProd: UpgradeSubject = {
  platform: 'eks',
  kubernetesVersion: '1.35',
  strategy: 'side-by-side',
  customerEnvironments: ['production', 'non-production'],
  workerNodeVersions: ['1.35'],
  platformComponents: [
    { role: 'monitoring', product: 'prometheus', version: '3.5' },
    { role: 'logging', product: 'fluentd', version: '1.18' },
  ],
  certifiedReleases: [],
};

function byId(obligations: UpgradeObligation[]) {
  return Object.fromEntries(obligations.map(o => [o.id, o]));
}

describe('assessUpgradeObligations', () => {
  it('computes every obligation of a qualified EKS cluster from the EKS calendar', () => {
    const assessment = assessUpgradeObligations(
      acmeProd,
      calendars,
      '2026-11-24',
    );

    expect(assessment).toMatchObject({
      qualified: true,
      supportedLines: ['1.36', '1.35'],
      withinSupportedWindow: true,
    });
    const obligations = byId(assessment.obligations);
    expect(obligations['kubernetes-eol']).toEqual({
      id: 'kubernetes-eol',
      what: 'Kubernetes control plane 1.35',
      event: {
        kind: 'end-of-life',
        date: '2027-03-27',
        description: 'Amazon EKS 1.35 end of life',
      },
      dueDate: '2027-07-25',
      daysLeft: 243,
      status: 'on-track',
      explanation:
        'Amazon EKS 1.35 reaches end of life on 2027-03-27; the contract allows 120 days after that, so the upgrade is due by 2027-07-25 (243 days left).',
    });
    expect(obligations['worker-nodes-eol:1.35']).toMatchObject({
      dueDate: '2027-07-25',
      status: 'on-track',
    });
    expect(obligations['monitoring-eol']).toMatchObject({
      what: 'Monitoring platform 3.5',
      dueDate: '2026-11-11',
      daysLeft: -13,
      status: 'overdue',
    });
    expect(obligations['logging-eol']).toEqual({
      id: 'logging-eol',
      what: 'Logging platform 1.18',
      status: 'unknown',
      explanation:
        'Logging platform 1.18: there is no release calendar for this product, so no deadline can be computed.',
    });
    expect(obligations['upgrade-path:1.36']).toMatchObject({
      event: { kind: 'release', date: '2026-06-02' },
      dueDate: '2026-08-31',
      daysLeft: -85,
      status: 'overdue',
    });
    expect(assessment.obligations.map(o => o.id)).toEqual([
      'upgrade-path:1.36',
      'monitoring-eol',
      'kubernetes-eol',
      'worker-nodes-eol:1.35',
      'logging-eol',
    ]);
    expect(assessment.next?.id).toBe('upgrade-path:1.36');
  });

  it('gives an in-place upgrade 120 days after a release instead of 90', () => {
    const sideBySide = assessUpgradeObligations(
      acmeProd,
      calendars,
      '2026-06-10',
    );
    const inPlace = assessUpgradeObligations(
      { ...acmeProd, strategy: 'in-place' },
      calendars,
      '2026-06-10',
    );
    expect(byId(sideBySide.obligations)['upgrade-path:1.36'].dueDate).toBe(
      '2026-08-31',
    );
    expect(byId(inPlace.obligations)['upgrade-path:1.36'].dueDate).toBe(
      '2026-09-30',
    );
  });

  it('has no upgrade-path obligation for a cluster on the newest release', () => {
    const assessment = assessUpgradeObligations(
      { ...acmeProd, kubernetesVersion: '1.36', workerNodeVersions: ['1.36'] },
      calendars,
      '2026-11-24',
    );
    expect(
      assessment.obligations.some(o => o.id.startsWith('upgrade-path')),
    ).toBe(false);
  });

  it('follows upstream Kubernetes dates on bare metal', () => {
    const assessment = assessUpgradeObligations(
      { ...acmeProd, platform: 'rpc-k', workerNodeVersions: [] },
      calendars,
      '2026-11-24',
    );
    expect(byId(assessment.obligations)['kubernetes-eol']).toMatchObject({
      event: { date: '2027-02-28', description: 'Kubernetes 1.35 end of life' },
      dueDate: '2027-06-28',
    });
  });

  it('tracks lagging worker nodes on their own version', () => {
    const assessment = assessUpgradeObligations(
      { ...acmeProd, workerNodeVersions: ['1.35', '1.34', '1.35'] },
      calendars,
      '2026-11-24',
    );
    const ids = assessment.obligations
      .map(o => o.id)
      .filter(id => id.startsWith('worker'));
    expect(ids).toEqual(['worker-nodes-eol:1.34', 'worker-nodes-eol:1.35']);
    expect(byId(assessment.obligations)['worker-nodes-eol:1.34']).toMatchObject(
      {
        dueDate: '2027-04-01',
        daysLeft: 128,
      },
    );
  });

  it('shows the deadlines of a customer without a non-production environment as not guaranteed', () => {
    const assessment = assessUpgradeObligations(
      { ...acmeProd, customerEnvironments: ['production'] },
      calendars,
      '2026-11-24',
    );
    expect(assessment.qualified).toBe(false);
    expect(assessment.explanation).toMatch(
      /the deadlines are not guaranteed\.$/,
    );
    for (const obligation of assessment.obligations) {
      expect(obligation.status).toBe(
        obligation.dueDate ? 'not-guaranteed' : 'unknown',
      );
    }
    expect(byId(assessment.obligations)['kubernetes-eol'].dueDate).toBe(
      '2027-07-25',
    );
  });

  it('marks a cluster behind the two most recent versions as outside the supported window, keeping its end-of-life deadline', () => {
    const assessment = assessUpgradeObligations(
      {
        ...acmeProd,
        platform: 'rpc-k',
        kubernetesVersion: '1.34',
        workerNodeVersions: ['1.34'],
        platformComponents: [],
      },
      calendars,
      '2026-11-24',
    );
    expect(assessment.withinSupportedWindow).toBe(false);
    expect(assessment.explanation).toBe(
      'Kubernetes 1.34 is outside the supported window of Kubernetes (1.36 and 1.35 today): support SLAs do not apply and no upgrade path to a newer release is guaranteed until the cluster runs a supported version; the end-of-life upgrade deadlines still hold.' +
        " The customer's environment configuration is qualified: the deadlines are guaranteed.",
    );
    const obligations = byId(assessment.obligations);
    expect(obligations['kubernetes-eol']).toMatchObject({
      status: 'on-track',
      daysLeft: 92,
    });
    expect(obligations['kubernetes-eol'].explanation).toBe(
      'Kubernetes 1.34 reached end of life on 2026-10-27; the contract allows 120 days after that, so the upgrade is due by 2027-02-24 (92 days left).',
    );
    expect(obligations['upgrade-path:1.36'].status).toBe('outside-window');
  });

  describe('upgrade path: met when the provider certified the release in time', () => {
    // EKS 1.36 was released on 2026-06-02: due 2026-08-31 side by side, 2026-09-30 in place.
    it.each([
      // certifiedOn, strategy, today, status, metOn, daysLate, daysLeft
      [
        undefined,
        'side-by-side',
        '2026-07-01',
        'on-track',
        undefined,
        undefined,
        61,
      ],
      [
        undefined,
        'side-by-side',
        '2026-08-01',
        'due-soon',
        undefined,
        undefined,
        30,
      ],
      [
        undefined,
        'side-by-side',
        '2026-08-31',
        'due-soon',
        undefined,
        undefined,
        0,
      ],
      [
        undefined,
        'side-by-side',
        '2026-09-01',
        'overdue',
        undefined,
        undefined,
        -1,
      ],
      [
        '2026-08-31',
        'side-by-side',
        '2026-12-02',
        'met',
        '2026-08-31',
        undefined,
        undefined,
      ],
      [
        '2026-09-01',
        'side-by-side',
        '2026-12-02',
        'met-late',
        '2026-09-01',
        1,
        undefined,
      ],
      [
        '2026-09-20',
        'side-by-side',
        '2026-12-02',
        'met-late',
        '2026-09-20',
        20,
        undefined,
      ],
      [
        '2026-09-20',
        'in-place',
        '2026-12-02',
        'met',
        '2026-09-20',
        undefined,
        undefined,
      ],
      // A certification recorded for a day still to come has not happened yet.
      [
        '2026-12-10',
        'in-place',
        '2026-12-02',
        'overdue',
        undefined,
        undefined,
        -63,
      ],
    ] as const)(
      'certified %s, %s, on %s: %s',
      (certifiedOn, strategy, today, status, metOn, daysLate, daysLeft) => {
        const path = byId(
          assessUpgradeObligations(
            {
              ...acmeProd,
              strategy,
              certifiedReleases: certifiedOn
                ? [{ version: '1.36', certifiedOn }]
                : [],
            },
            calendars,
            today,
          ).obligations,
        )['upgrade-path:1.36'];
        expect(path.status).toBe(status);
        expect(path.metOn).toBe(metOn);
        expect(path.daysLate).toBe(daysLate);
        expect(path.daysLeft).toBe(daysLeft);
      },
    );

    it('says when and how late the path was made available', () => {
      const path = byId(
        assessUpgradeObligations(
          {
            ...acmeProd,
            certifiedReleases: [{ version: '1.36', certifiedOn: '2026-09-20' }],
          },
          calendars,
          '2026-12-02',
        ).obligations,
      )['upgrade-path:1.36'];
      expect(path.explanation).toBe(
        'Amazon EKS 1.36 was released on 2026-06-02; for a side-by-side upgrade the contract makes it available on EKS within 90 days, by 2026-08-31. The provider certified it on EKS on 2026-09-20, 20 days late: the upgrade-path guarantee was missed.',
      );
    });

    it("keeps the cluster's own release as history when its certification is recorded, and never makes a met obligation the next one", () => {
      const assessment = assessUpgradeObligations(
        {
          ...acmeProd,
          platformComponents: [],
          certifiedReleases: [
            { version: '1.35', certifiedOn: '2026-03-10' },
            { version: '1.36', certifiedOn: '2026-09-20' },
          ],
        },
        calendars,
        '2026-12-02',
      );
      const obligations = byId(assessment.obligations);
      expect(obligations['upgrade-path:1.35']).toMatchObject({
        status: 'met',
        metOn: '2026-03-10',
        dueDate: '2026-04-28',
      });
      expect(obligations['upgrade-path:1.36'].status).toBe('met-late');
      expect(assessment.next?.id).toBe('kubernetes-eol');
    });

    it('lists every newer release not yet certified, each with its own due date', () => {
      const assessment = assessUpgradeObligations(
        {
          ...acmeProd,
          platform: 'rpc-k',
          kubernetesVersion: '1.34',
          strategy: 'in-place',
          workerNodeVersions: [],
          platformComponents: [],
          certifiedReleases: [{ version: '1.35', certifiedOn: '2026-05-05' }],
        },
        calendars,
        '2026-12-02',
      );
      const obligations = byId(assessment.obligations);
      expect(obligations['upgrade-path:1.35']).toMatchObject({
        status: 'met-late',
        dueDate: '2026-04-16',
        daysLate: 19,
      });
      // 1.34 is outside the window of upstream Kubernetes on 2026-12-02.
      expect(obligations['upgrade-path:1.36']).toMatchObject({
        status: 'outside-window',
        dueDate: '2026-08-20',
      });
      expect(obligations['upgrade-path:1.34']).toBeUndefined();
    });

    it('keeps met and met late whether or not the guarantee holds', () => {
      const assessment = assessUpgradeObligations(
        {
          ...acmeProd,
          customerEnvironments: ['production'],
          certifiedReleases: [{ version: '1.36', certifiedOn: '2026-09-20' }],
        },
        calendars,
        '2026-12-02',
      );
      const obligations = byId(assessment.obligations);
      expect(obligations['upgrade-path:1.36'].status).toBe('met-late');
      expect(obligations['kubernetes-eol'].status).toBe('not-guaranteed');
    });
  });

  it('owes no upgrade of a release whose end of life is not announced yet', () => {
    const obligation = byId(
      assessUpgradeObligations(
        {
          ...acmeProd,
          platformComponents: [
            { role: 'logging', product: 'fluentd', version: '1.19' },
          ],
        },
        {
          ...calendars,
          fluentd: {
            product: 'fluentd',
            title: 'Fluentd',
            cycles: [{ cycle: '1.19', releaseDate: '2025-07-30' }],
          },
        },
        '2026-12-02',
      ).obligations,
    )['logging-eol'];
    expect(obligation).toMatchObject({ status: 'on-track' });
    expect(obligation.dueDate).toBeUndefined();
    expect(obligation.explanation).toContain('no announced end of life yet');
  });

  describe('status at the due-date boundaries', () => {
    // EKS 1.35 reaches end of life on 2027-03-27, so the upgrade is due on 2027-07-25.
    it.each([
      ['2027-06-24', 31, 'on-track', '(31 days left).'],
      ['2027-06-25', 30, 'due-soon', '(30 days left).'],
      ['2027-07-24', 1, 'due-soon', '(1 day left).'],
      ['2027-07-25', 0, 'due-soon', '(due today).'],
      ['2027-07-26', -1, 'overdue', '(1 day overdue).'],
      ['2027-07-27', -2, 'overdue', '(2 days overdue).'],
    ])('on %s: %i days left, %s', (today, daysLeft, status, ending) => {
      const obligation = byId(
        assessUpgradeObligations(
          { ...acmeProd, platformComponents: [] },
          calendars,
          today,
        ).obligations,
      )['kubernetes-eol'];
      expect(obligation.daysLeft).toBe(daysLeft);
      expect(obligation.status).toBe(status);
      expect(obligation.explanation.endsWith(ending)).toBe(true);
    });
  });

  it('counts 29 February in a leap year', () => {
    const leap: ReleaseCalendar = {
      product: 'kubernetes',
      title: 'Kubernetes',
      cycles: [{ cycle: '1.50', releaseDate: '2026-11-01', eol: '2027-11-01' }],
    };
    const obligation = byId(
      assessUpgradeObligations(
        {
          ...acmeProd,
          platform: 'rpc-k',
          kubernetesVersion: '1.50',
          workerNodeVersions: [],
        },
        { kubernetes: leap },
        '2027-01-01',
      ).obligations,
    )['kubernetes-eol'];
    expect(obligation.dueDate).toBe('2028-02-29');
  });

  it('always puts an end-of-life deadline 120 days after the event, with consistent days and status', () => {
    // A deterministic walk over many days and calendars instead of a fixed table.
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let run = 0; run < 500; run++) {
      const eol = addDays('2026-01-01', random(1500));
      const today = addDays(eol, random(600) - 300);
      const calendar: ReleaseCalendar = {
        product: 'kubernetes',
        title: 'Kubernetes',
        cycles: [
          { cycle: '1.41', releaseDate: '2025-06-01', eol: addDays(eol, 90) },
          { cycle: '1.40', releaseDate: '2025-01-01', eol },
        ],
      };
      const subject: UpgradeSubject = {
        ...acmeProd,
        platform: 'rpc-k',
        kubernetesVersion: '1.40',
        workerNodeVersions: [],
        platformComponents: [],
      };
      const assessment = assessUpgradeObligations(
        subject,
        { kubernetes: calendar },
        today,
      );
      const obligation = byId(assessment.obligations)['kubernetes-eol'];
      expect(obligation.dueDate).toBe(addDays(eol, 120));
      expect(obligation.daysLeft).toBe(daysBetween(today, addDays(eol, 120)));
      expect(assessment.withinSupportedWindow).toBe(today < eol);
      const daysLeft = obligation.daysLeft!;
      let expected = 'on-track';
      if (daysLeft < 0) expected = 'overdue';
      else if (daysLeft <= 30) expected = 'due-soon';
      expect(obligation.status).toBe(expected);
    }
  });
});
