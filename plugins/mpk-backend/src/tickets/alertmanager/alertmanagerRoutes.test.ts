import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from '../../__testUtils__/contractRequest';
import { exampleCatalog } from '../../__testUtils__/exampleCatalog';
import { fakeMessaging } from '../../__testUtils__/fakeMessaging';
import { mpkPlugin } from '../../plugin';
import { TicketComment } from '@mpk-portal/plugin-mpk-common';

jest.setTimeout(30_000);

const alertmanager = mockCredentials.service.header({
  onBehalfOf: mockCredentials.service('alertmanager'),
  targetPluginId: 'mpk',
});

const minutesAgo = (minutes: number) =>
  new Date(Date.now() - minutes * 60_000).toISOString();

/** A webhook notification as Alertmanager 0.25 sends it (payload version 4). */
function notification(
  status: 'firing' | 'resolved',
  alerts: Array<{
    labels: Record<string, string>;
    startsAt: string;
    endsAt?: string;
  }>,
  groupLabels: Record<string, string> = {
    alertname: 'KubeAPIDown',
    cluster: 'acme-prod',
  },
) {
  const common = Object.fromEntries(
    Object.entries(alerts[0].labels).filter(([key, value]) =>
      alerts.every(a => a.labels[key] === value),
    ),
  );
  return {
    receiver: 'mpk-portal',
    status,
    alerts: alerts.map(alert => ({
      status,
      labels: alert.labels,
      annotations: { summary: 'The Kubernetes API server is unreachable' },
      startsAt: alert.startsAt,
      endsAt: alert.endsAt ?? '0001-01-01T00:00:00Z',
      generatorURL: 'http://prometheus.example:9090/graph?g0.expr=up%3D%3D0',
      fingerprint: 'a8e5c1f1c4a2c9b0',
    })),
    groupLabels,
    commonLabels: common,
    commonAnnotations: { summary: 'The Kubernetes API server is unreachable' },
    externalURL: 'http://alertmanager.example:9093',
    version: '4',
    groupKey: `{}:{alertname="KubeAPIDown", cluster="${groupLabels.cluster}"}`,
    truncatedAlerts: 0,
  };
}

async function startBackend(config: object = {}) {
  const { server } = await startTestBackend({
    features: [
      mpkPlugin,
      catalogServiceMock.factory({ entities: exampleCatalog() }),
      mockServices.rootConfig.factory({ data: config }),
      ...fakeMessaging().features,
    ],
  });
  const post = (body: object) =>
    request(server)
      .post('/api/mpk/integrations/alertmanager')
      .set('Authorization', alertmanager)
      .send(body);
  const tickets = async () =>
    (
      await request(server)
        .get('/api/mpk/tickets')
        .set('Authorization', mockCredentials.user.header())
    ).body;
  const comments = async (id: string) =>
    (
      await request(server)
        .get(`/api/mpk/tickets/${id}`)
        .set('Authorization', mockCredentials.user.header())
    ).body.comments as TicketComment[];
  return { post, tickets, comments };
}

describe('POST /api/mpk/integrations/alertmanager', () => {
  it('keeps one ticket per alert group: opened, repeated, resolved, fired again', async () => {
    const { post, tickets, comments } = await startBackend();
    const labels = {
      alertname: 'KubeAPIDown',
      cluster: 'acme-prod',
      severity: 'critical',
    };
    const startsAt = minutesAgo(30);
    const firing = notification('firing', [{ labels, startsAt }]);

    const opened = await post(firing);
    expect(opened.status).toBe(201);
    expect(opened.body.outcome).toBe('opened');
    expect(opened.body.ticket).toMatchObject({
      source: 'alertmanager',
      cluster: 'resource:default/acme-prod',
      severity: 'urgent',
      title: 'KubeAPIDown: The Kubernetes API server is unreachable',
      openedAt: new Date(startsAt).toISOString(),
      alertGroup: {
        groupKey: firing.groupKey,
        externalUrl: 'http://alertmanager.example:9093',
      },
    });
    expect(opened.body.ticket.sla.dueAt).toBe(
      new Date(Date.parse(startsAt) + 15 * 60_000).toISOString(),
    );

    const repeated = await post(firing);
    expect(repeated.status).toBe(200);
    expect(repeated.body.outcome).toBe('unchanged');
    expect(repeated.body.ticket.id).toBe(opened.body.ticket.id);

    const endsAt = minutesAgo(10);
    const resolved = await post(
      notification('resolved', [{ labels, startsAt, endsAt }]),
    );
    expect(resolved.body.outcome).toBe('resolved');
    expect(resolved.body.ticket.status).toBe('resolved');
    expect(resolved.body.ticket.events).toEqual([
      expect.objectContaining({
        type: 'resolved',
        at: new Date(endsAt).toISOString(),
        recordedBy: 'alertmanager',
      }),
    ]);
    expect(
      (await post(notification('resolved', [{ labels, startsAt, endsAt }])))
        .body.outcome,
    ).toBe('unchanged');
    // A late repeat of the first firing notice does not reopen it.
    expect((await post(firing)).body.outcome).toBe('unchanged');

    const firedAgainAt = minutesAgo(2);
    const reopened = await post(
      notification('firing', [{ labels, startsAt: firedAgainAt }]),
    );
    expect(reopened.body.outcome).toBe('reopened');
    expect(reopened.body.ticket.status).toBe('open');
    expect(reopened.body.ticket.id).toBe(opened.body.ticket.id);

    const all = await tickets();
    expect(all.totalCount).toBe(1);
    expect(
      reopened.body.ticket.events.map((e: { type: string }) => e.type),
    ).toEqual(['resolved', 'reopened']);

    // Each change comes with Alertmanager's note in the conversation, repeats with none.
    const notes = await comments(opened.body.ticket.id);
    expect(
      notes.map(n => [n.author, n.authorName, n.side, n.countsAsResponse]),
    ).toEqual([
      ['alertmanager', 'Alertmanager', 'service', false],
      ['alertmanager', 'Alertmanager', 'service', false],
      ['alertmanager', 'Alertmanager', 'service', false],
    ]);
    expect(notes.map(n => n.body.split('\n'))).toEqual([
      [
        'Alertmanager reports 1 firing alert(s) in group alertname=KubeAPIDown, cluster=acme-prod; this ticket tracks the group.',
        `- KubeAPIDown (cluster=acme-prod, severity=critical) since ${startsAt}: The Kubernetes API server is unreachable`,
        'Alertmanager: http://alertmanager.example:9093',
      ],
      [
        `Alertmanager reports group alertname=KubeAPIDown, cluster=acme-prod resolved at ${new Date(
          endsAt,
        ).toISOString()}; the ticket is resolved.`,
        `- KubeAPIDown (cluster=acme-prod, severity=critical) since ${startsAt}: The Kubernetes API server is unreachable`,
        'Alertmanager: http://alertmanager.example:9093',
      ],
      [
        `Alertmanager reports group alertname=KubeAPIDown, cluster=acme-prod firing again since ${new Date(
          firedAgainAt,
        ).toISOString()}; the ticket is reopened.`,
        `- KubeAPIDown (cluster=acme-prod, severity=critical) since ${firedAgainAt}: The Kubernetes API server is unreachable`,
        'Alertmanager: http://alertmanager.example:9093',
      ],
    ]);
    // Alertmanager's notes never answer the ticket.
    expect(all.items[0].response).toEqual({
      at: new Date(endsAt).toISOString(),
      by: 'alertmanager',
      kind: 'resolution',
    });
  });

  it("writes only the alerts of the ticket's cluster into its changes and notes, and refuses a group of another cluster's alone", async () => {
    const { post, comments } = await startBackend();
    const acme = {
      alertname: 'KubeAPIDown',
      cluster: 'acme-prod',
      severity: 'critical',
    };
    const globex = { ...acme, cluster: 'globex-prod', secret: 'globex-vip' };
    const startsAt = minutesAgo(30);
    const firing = notification('firing', [{ labels: acme, startsAt }]);
    const opened = (await post(firing)).body.ticket;
    // The same group, as a sender that stopped grouping by cluster reports it.
    const mixed = (
      status: 'firing' | 'resolved',
      alerts: Parameters<typeof notification>[1],
    ) => ({
      ...notification(status, alerts, { alertname: 'KubeAPIDown' }),
      groupKey: firing.groupKey,
    });

    const acmeEndsAt = minutesAgo(20);
    const resolved = await post(
      mixed('resolved', [
        { labels: acme, startsAt, endsAt: acmeEndsAt },
        { labels: globex, startsAt, endsAt: minutesAgo(1) },
      ]),
    );
    expect(resolved.body.outcome).toBe('resolved');
    // Resolved when acme-prod's alert ended, not when globex-prod's did.
    expect(resolved.body.ticket.events[0].at).toBe(
      new Date(acmeEndsAt).toISOString(),
    );

    const acmeAgainAt = minutesAgo(5);
    const reopened = await post(
      mixed('firing', [
        { labels: acme, startsAt: acmeAgainAt },
        { labels: globex, startsAt: minutesAgo(2) },
      ]),
    );
    expect(reopened.body.outcome).toBe('reopened');
    expect(reopened.body.ticket.events[1].at).toBe(
      new Date(acmeAgainAt).toISOString(),
    );

    const notes = (await comments(opened.id)).map(n => n.body);
    expect(notes).toHaveLength(3);
    for (const note of notes) {
      expect(note).not.toMatch(/globex/);
    }

    // A group whose alerts all name another cluster changes nothing of this ticket.
    const others = await post(
      mixed('resolved', [{ labels: globex, startsAt, endsAt: minutesAgo(1) }]),
    );
    expect(others.status).toBe(400);
    expect(others.body.error.message).toBe(
      `alerts: none names resource:default/acme-prod, the cluster of the group's ticket, in the "cluster" label; group alerts by the "cluster" label in Alertmanager's route`,
    );
    expect(await comments(opened.id)).toHaveLength(3);
  });

  it('maps severities by configuration and takes the most urgent alert of the group', async () => {
    const { post } = await startBackend({
      mpk: {
        integrations: {
          alertmanager: {
            clusterLabel: 'k8s_cluster',
            severities: { page: 'high', ticket: 'low' },
          },
        },
      },
    });
    const groupLabels = {
      alertname: 'NodeDiskPressure',
      k8s_cluster: 'acme-prod',
    };
    const response = await post({
      ...notification(
        'firing',
        [
          {
            labels: { ...groupLabels, severity: 'ticket', node: 'a' },
            startsAt: minutesAgo(5),
          },
          {
            labels: { ...groupLabels, severity: 'page', node: 'b' },
            startsAt: minutesAgo(3),
          },
        ],
        groupLabels,
      ),
      groupKey: '{}:{alertname="NodeDiskPressure"}',
    });
    expect(response.status).toBe(201);
    expect(response.body.ticket).toMatchObject({
      severity: 'high',
      openedAt: expect.any(String),
      title: 'NodeDiskPressure: The Kubernetes API server is unreachable',
    });
    // The group opened with its first alert.
    expect(Date.parse(response.body.ticket.openedAt)).toBeLessThan(
      Date.now() - 4 * 60_000,
    );
  });

  it.each([
    [
      'a group without the cluster label',
      () =>
        notification(
          'firing',
          [{ labels: { alertname: 'Watchdog' }, startsAt: minutesAgo(1) }],
          { alertname: 'Watchdog' },
        ),
      'alerts: no alert carries the "cluster" label that names the cluster',
    ],
    [
      'a group of several clusters',
      () =>
        notification(
          'firing',
          [
            {
              labels: { alertname: 'X', cluster: 'acme-prod' },
              startsAt: minutesAgo(1),
            },
            {
              labels: { alertname: 'X', cluster: 'acme-staging' },
              startsAt: minutesAgo(1),
            },
          ],
          { alertname: 'X' },
        ),
      'alerts: the group mixes clusters (acme-prod, acme-staging); group alerts by the "cluster" label in Alertmanager\'s route',
    ],
    [
      'an unknown cluster',
      () =>
        notification(
          'firing',
          [
            {
              labels: { alertname: 'X', cluster: 'initech-prod' },
              startsAt: minutesAgo(1),
            },
          ],
          { alertname: 'X', cluster: 'initech-prod' },
        ),
      'cluster: no kubernetes-cluster resource:default/initech-prod in the catalog',
    ],
    [
      'another payload version',
      () => ({
        ...notification('firing', [
          {
            labels: { alertname: 'X', cluster: 'acme-prod' },
            startsAt: minutesAgo(1),
          },
        ]),
        version: '3',
      }),
      'Invalid Alertmanager notification: version: only payload version 4 of the Alertmanager webhook is understood',
    ],
    [
      'a malformed start time',
      () =>
        notification('firing', [
          { labels: { alertname: 'X', cluster: 'acme-prod' }, startsAt: 'now' },
        ]),
      'Invalid Alertmanager notification: alerts.0.startsAt: expected an ISO 8601 date and time',
    ],
  ])('refuses %s with a 400, storing nothing', async (_, body, message) => {
    const { post, tickets } = await startBackend();
    const response = await post(body());
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(message);
    expect((await tickets()).totalCount).toBe(0);
  });

  it('ignores the resolution of a group it never saw firing', async () => {
    const { post, tickets } = await startBackend();
    const response = await post(
      notification('resolved', [
        {
          labels: { alertname: 'KubeAPIDown', cluster: 'acme-prod' },
          startsAt: minutesAgo(9),
          endsAt: minutesAgo(1),
        },
      ]),
    );
    expect(response.body).toEqual({ outcome: 'ignored', ticket: null });
    expect((await tickets()).totalCount).toBe(0);
  });
});
