/**
 * End to end with a real Alertmanager (Debian's prometheus-alertmanager, which `npm test`
 * installs): alerts posted to Alertmanager's own API reach the plugin through its webhook
 * receiver, authenticated by a static token of Backstage's external access, and the clusters come
 * from a real catalog that ingested the example files.
 */
import { authServiceFactory } from '@backstage/backend-defaults/auth';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  Ticket,
  TicketListResponse,
  TicketSummary,
} from '@mpk-portal/plugin-mpk-common';
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { mpkPlugin } from '../../plugin';

jest.setTimeout(120_000);

const alertmanagerBinary =
  process.env.MPK_ALERTMANAGER_BIN ?? '/usr/bin/prometheus-alertmanager';
const token = 'alertmanager-test-token-5b1d0c';
// The test reads with a token of its own: Alertmanager's may only reach this plugin.
const readerToken = 'test-reader-token-93be1f';
const examples = resolve(__dirname, '../../../../../examples');

function freePort(): Promise<number> {
  return new Promise((done, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
    server.on('error', reject);
  });
}

async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise(wake => setTimeout(wake, 250));
  }
}

describe('a real Alertmanager', () => {
  let workDir: string;
  let alertmanager: ChildProcess | undefined;
  let alertmanagerLog = '';
  let alertmanagerUrl: string;
  let portalUrl: string;

  beforeAll(async () => {
    if (!existsSync(alertmanagerBinary)) {
      throw new Error(
        `${alertmanagerBinary} is missing: install Debian's prometheus-alertmanager (npm test does)`,
      );
    }
    const { server } = await startTestBackend({
      features: [
        mpkPlugin,
        catalogPlugin,
        // The real token handling, so that the static token is checked as in production.
        authServiceFactory,
        httpAuthServiceFactory,
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              rules: [{ allow: ['Resource', 'Group', 'User'] }],
              locations: [
                { type: 'file', target: join(examples, 'org.yaml') },
                { type: 'file', target: join(examples, 'clusters.yaml') },
              ],
            },
            backend: {
              auth: {
                externalAccess: [
                  {
                    type: 'static',
                    options: { token, subject: 'alertmanager' },
                    accessRestrictions: [
                      {
                        plugin: 'mpk',
                        permission: ['mpk.alertmanager.receive'],
                      },
                    ],
                  },
                  {
                    type: 'static',
                    options: { token: readerToken, subject: 'test-reader' },
                  },
                ],
              },
            },
          },
        }),
      ],
    });
    portalUrl = `http://127.0.0.1:${server.port()}`;
    await eventually(
      'the catalog to ingest the example clusters',
      async () => {
        const response = await fetch(
          `${portalUrl}/api/mpk/clusters/default/acme-staging/sla`,
          { headers: { Authorization: `Bearer ${readerToken}` } },
        );
        return response.ok ? true : undefined;
      },
      60_000,
    );

    workDir = await mkdtemp(join(tmpdir(), 'mpk-alertmanager-'));
    const port = await freePort();
    alertmanagerUrl = `http://127.0.0.1:${port}`;
    await writeFile(
      join(workDir, 'alertmanager.yml'),
      [
        'route:',
        '  receiver: mpk-portal',
        '  group_by: [alertname, cluster]',
        '  group_wait: 1s',
        '  group_interval: 2s',
        // Short, so that the portal gets the same notification again and again.
        '  repeat_interval: 3s',
        'receivers:',
        '  - name: mpk-portal',
        '    webhook_configs:',
        `      - url: ${portalUrl}/api/mpk/integrations/alertmanager`,
        '        send_resolved: true',
        '        http_config:',
        '          authorization:',
        `            credentials: ${token}`,
      ].join('\n'),
    );
    alertmanager = spawn(
      alertmanagerBinary,
      [
        `--config.file=${join(workDir, 'alertmanager.yml')}`,
        `--storage.path=${join(workDir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
        `--web.external-url=${alertmanagerUrl}`,
        // An empty address turns clustering off.
        '--cluster.listen-address=',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    alertmanager.stdout!.on('data', d => (alertmanagerLog += d));
    alertmanager.stderr!.on('data', d => (alertmanagerLog += d));
    await eventually('Alertmanager to be ready', async () =>
      (await fetch(`${alertmanagerUrl}/-/ready`)).ok ? true : undefined,
    ).catch(error => {
      throw new Error(`${error.message}\n${alertmanagerLog}`);
    });
  });

  afterAll(async () => {
    // Alertmanager writes its notification log and silences into the data folder as it stops.
    if (alertmanager && alertmanager.exitCode === null) {
      const exited = once(alertmanager, 'exit');
      alertmanager.kill();
      await exited;
    }
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  async function postAlert(alert: {
    labels: Record<string, string>;
    startsAt: string;
    endsAt?: string;
  }) {
    const response = await fetch(`${alertmanagerUrl}/api/v2/alerts`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify([
        {
          ...alert,
          annotations: { summary: 'The Kubernetes API server is unreachable' },
          generatorURL: 'http://prometheus.example:9090/graph',
        },
      ]),
    });
    expect(response.status).toBe(200);
  }

  async function ticketsOf(cluster: string): Promise<TicketSummary[]> {
    const response = await fetch(
      `${portalUrl}/api/mpk/tickets?cluster=${cluster}`,
      { headers: { Authorization: `Bearer ${readerToken}` } },
    );
    expect(response.status).toBe(200);
    return ((await response.json()) as TicketListResponse).items;
  }

  /** A ticket with its events, which lists leave out. */
  async function ticketWithEvents(id: string): Promise<Ticket> {
    const response = await fetch(`${portalUrl}/api/mpk/tickets/${id}`, {
      headers: { Authorization: `Bearer ${readerToken}` },
    });
    expect(response.status).toBe(200);
    return (await response.json()) as Ticket;
  }

  async function webhookNotificationsSent(): Promise<number> {
    const metrics = await (await fetch(`${alertmanagerUrl}/metrics`)).text();
    const sent =
      /^alertmanager_notifications_total\{integration="webhook"\} (\d+)/m.exec(
        metrics,
      );
    const failed =
      /^alertmanager_notifications_failed_total\{integration="webhook"[^}]*\} (\d+)/m.exec(
        metrics,
      );
    expect(Number(failed?.[1] ?? 0)).toBe(0);
    return Number(sent?.[1] ?? 0);
  }

  it('opens one ticket per alert group through repeats, resolves it and reopens it', async () => {
    const labels = {
      alertname: 'KubeAPIDown',
      cluster: 'acme-prod',
      severity: 'critical',
    };
    const startsAt = new Date(Date.now() - 60_000).toISOString();
    await postAlert({ labels, startsAt });

    const [opened] = await eventually('the ticket', async () => {
      const tickets = await ticketsOf('acme-prod');
      return tickets.length > 0 ? tickets : undefined;
    });
    expect(opened).toMatchObject({
      source: 'alertmanager',
      severity: 'urgent',
      status: 'open',
      openedAt: startsAt,
      title: 'KubeAPIDown: The Kubernetes API server is unreachable',
    });
    expect(opened.sla).toMatchObject({ severity: 'urgent', clock: '24x7' });
    expect(opened.alertGroup?.externalUrl).toBe(alertmanagerUrl);

    // Alertmanager repeats the notification every few seconds, and the alert is posted again.
    const sentAtOpening = await webhookNotificationsSent();
    await postAlert({ labels, startsAt });
    await eventually('three repeated notifications', async () =>
      (await webhookNotificationsSent()) >= sentAtOpening + 3
        ? true
        : undefined,
    );
    expect((await ticketsOf('acme-prod')).map(t => t.id)).toEqual([opened.id]);

    const endsAt = new Date().toISOString();
    await postAlert({ labels, startsAt, endsAt });
    const resolved = await eventually('the resolution', async () => {
      const [ticket] = await ticketsOf('acme-prod');
      return ticket.status === 'resolved' ? ticket : undefined;
    });
    expect(resolved.id).toBe(opened.id);
    expect((await ticketWithEvents(resolved.id)).events).toEqual([
      expect.objectContaining({
        type: 'resolved',
        recordedBy: 'alertmanager',
      }),
    ]);

    await postAlert({ labels, startsAt: new Date().toISOString() });
    const reopened = await eventually('the reopening', async () => {
      const [ticket] = await ticketsOf('acme-prod');
      return ticket.status === 'open' ? ticket : undefined;
    });
    expect(reopened.id).toBe(opened.id);
    expect(
      (await ticketWithEvents(reopened.id)).events.map(e => e.type),
    ).toEqual(['resolved', 'reopened']);
    expect(await ticketsOf('acme-prod')).toHaveLength(1);
  });

  it('gives another group its own ticket, with the configured severity mapping', async () => {
    await postAlert({
      labels: {
        alertname: 'KubePodCrashLooping',
        cluster: 'acme-staging',
        severity: 'warning',
      },
      startsAt: new Date(Date.now() - 5_000).toISOString(),
    });
    const [ticket] = await eventually('the staging ticket', async () => {
      const tickets = await ticketsOf('acme-staging');
      return tickets.length > 0 ? tickets : undefined;
    });
    expect(ticket.severity).toBe('high');
    // High is defined for production; staging gets the normal target.
    expect(ticket.sla.severity).toBe('normal');
    expect(await ticketsOf('acme-prod')).toHaveLength(1);
  });
});
