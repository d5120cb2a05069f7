import {
  UpgradeAssessment,
  UpgradeObligation,
} from '@mpk-portal/plugin-mpk-common';
import { ReminderKey } from './UpgradeStore';
import { AssessedCluster } from './assessClusters';
import {
  describeNextWindow,
  reminderThreshold,
  sendUpgradeReminders,
} from './upgradeReminders';

describe('reminderThreshold', () => {
  it.each([
    [31, 'on-track', undefined],
    [30, 'due-soon', '30-days'],
    [8, 'due-soon', '30-days'],
    [7, 'due-soon', '7-days'],
    [0, 'due-soon', '7-days'],
    [-1, 'overdue', 'overdue'],
    [5, 'not-guaranteed', '7-days'],
    [5, 'outside-window', undefined],
  ] as const)('%i days left, %s: %s', (daysLeft, status, threshold) => {
    expect(reminderThreshold({ daysLeft, status })).toBe(threshold);
  });

  it('has nothing to remind of without a date, or once it is met', () => {
    expect(reminderThreshold({ status: 'unknown' })).toBeUndefined();
    expect(reminderThreshold({ status: 'met' })).toBeUndefined();
    expect(reminderThreshold({ status: 'met-late' })).toBeUndefined();
  });
});

function obligation(
  id: string,
  daysLeft: number,
  status: UpgradeObligation['status'],
) {
  return {
    id,
    what: `Obligation ${id}`,
    dueDate: '2027-07-25',
    daysLeft,
    status,
    explanation: `Why ${id}`,
  };
}

const saturdayNights = {
  timeZone: 'America/Chicago',
  windows: [{ days: ['sat'], start: '02:00', end: '06:00' }],
  freezes: [
    { from: '2026-11-20', to: '2027-01-05', reason: 'Holiday sales season' },
  ],
};

const cluster = (
  name: string,
  obligations: UpgradeObligation[],
  maintenance?: unknown,
): AssessedCluster => ({
  installedComponents: [],
  maintenance,
  cluster: {
    entityRef: `resource:default/${name}`,
    name,
    title: `Cluster ${name}`,
    customer: 'acme',
    owner: 'group:default/pod-blue',
    environment: 'production',
    platform: 'eks',
    upgradeStrategy: 'in-place',
    kubernetesVersion: '1.35',
    workerNodeVersions: ['1.35'],
  },
  assessment: { obligations } as UpgradeAssessment,
});

describe('sendUpgradeReminders', () => {
  it('sends each reached reminder once to the owning pod, across runs', async () => {
    const claimed = new Set<string>();
    const store = {
      claimReminder: async (key: ReminderKey) => {
        const id = JSON.stringify(key);
        if (claimed.has(id)) return false;
        claimed.add(id);
        return true;
      },
    };
    const notifications = { send: jest.fn() };
    const clusters = [
      cluster('acme-prod', [
        obligation('kubernetes-eol', 6, 'due-soon'),
        obligation('monitoring-eol', 200, 'on-track'),
      ]),
      cluster('acme-staging', [obligation('kubernetes-eol', -3, 'overdue')]),
      cluster('acme-dev', [{ ...obligation('upgrade-path:1.36', 0, 'met') }]),
    ];

    expect(await sendUpgradeReminders({ clusters, store, notifications })).toBe(
      2,
    );
    expect(await sendUpgradeReminders({ clusters, store, notifications })).toBe(
      0,
    );

    expect(notifications.send).toHaveBeenCalledTimes(2);
    expect(notifications.send).toHaveBeenCalledWith({
      recipients: { type: 'entity', entityRef: 'group:default/pod-blue' },
      payload: {
        title:
          'Cluster acme-prod: Obligation kubernetes-eol is due on 2027-07-25 (6 days left)',
        description: 'Why kubernetes-eol',
        link: '/catalog/default/resource/acme-prod',
        severity: 'high',
        topic: 'mpk-upgrade-deadlines',
      },
    });
    expect(notifications.send).toHaveBeenCalledWith(
      expect.objectContaining({
        payload: expect.objectContaining({
          title:
            'Cluster acme-staging: Obligation kubernetes-eol is overdue since 2027-07-25',
          severity: 'critical',
        }),
      }),
    );
  });
});

describe('describeNextWindow', () => {
  const now = new Date('2026-12-02T18:00:00Z');

  it('names the next window before the deadline, after the freeze', () => {
    expect(describeNextWindow(saturdayNights, '2027-01-31', now)).toBe(
      'Next window before the deadline: Saturday 2027-01-09, 02:00–06:00 (America/Chicago).',
    );
  });

  it('says when no window opens before the deadline, and names the next one', () => {
    expect(describeNextWindow(saturdayNights, '2026-12-31', now)).toBe(
      'No maintenance window opens before the deadline; the next is Saturday 2027-01-09, 02:00–06:00 (America/Chicago).',
    );
  });

  it('says nothing for a cluster without windows', () => {
    expect(describeNextWindow(undefined, '2026-12-31', now)).toBeUndefined();
  });

  it('adds the window to the reminder', async () => {
    const notifications = { send: jest.fn() };
    await sendUpgradeReminders({
      clusters: [
        cluster(
          'acme-prod',
          [
            {
              ...obligation('kubernetes-eol', 6, 'due-soon'),
              dueDate: '2027-01-31',
            },
          ],
          saturdayNights,
        ),
      ],
      store: { claimReminder: async () => true },
      notifications,
      now,
    });
    expect(notifications.send.mock.calls[0][0].payload.description).toBe(
      'Why kubernetes-eol Next window before the deadline: Saturday 2027-01-09, 02:00–06:00 (America/Chicago).',
    );
  });
});
