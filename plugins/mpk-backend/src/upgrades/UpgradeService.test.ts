import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CompoundEntityRef } from '@backstage/catalog-model';
import knexFactory from 'knex';
import { getClusterEntity } from '../platform/clusterEntities';
import { ContractClock } from '../platform/ContractClock';
import { ReleaseCalendars } from '../releases/ReleaseCalendars';
import { UpgradeStore } from './UpgradeStore';
import { ConformanceStore } from '../conformance/ConformanceStore';
import { ConformanceService } from '../conformance/ConformanceService';
import { exampleClusters, exampleStack } from '../__testUtils__/exampleCatalog';
import { DeprecatedApiReportStore } from './readiness/DeprecatedApiReportStore';
import { SecurityBaselines } from '../security/SecurityBaselines';
import { SecurityService } from '../security/SecurityService';
import { SecurityStore } from '../security/SecurityStore';
import { FleetQuery, UpgradeService } from './UpgradeService';
import { parseDeprecatedApiReport } from '@mpk-portal/plugin-mpk-common';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse } from 'yaml';

/** The example deprecated-API report of a cluster, as examples/deprecated-api-reports lists it. */
function exampleApiReport(cluster: string): Buffer {
  const list = resolve(
    __dirname,
    '../../../../examples/deprecated-api-reports/reports.yaml',
  );
  const { reports } = parse(readFileSync(list, 'utf8')) as {
    reports: { cluster: string; report: string }[];
  };
  const entry = reports.find(r => r.cluster === cluster)!;
  return readFileSync(resolve(dirname(list), entry.report));
}

const credentials = mockCredentials.user();
const allClusters: FleetQuery = {
  customer: [],
  owner: [],
  status: [],
  security: [],
  order: 'asc',
};

/** The scope of a caller who may read every cluster. */
const everyCluster = { includes: () => true };

const knexes: ReturnType<typeof knexFactory>[] = [];
afterAll(() => Promise.all(knexes.map(k => k.destroy())));

async function serviceWith(
  entities: Entity[],
  now = '2026-11-24T18:00:00Z',
  liveFacts?: ConstructorParameters<typeof UpgradeService>[0]['liveFacts'],
) {
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: ':memory:',
    useNullAsDefault: true,
  });
  knexes.push(knex);
  const database = mockServices.database({ knex });
  const catalog = catalogServiceMock({
    entities: [...entities, ...exampleStack()],
  });
  const reports = await DeprecatedApiReportStore.create({ database });
  const service = new UpgradeService({
    reports,
    security: new SecurityService({
      store: await SecurityStore.create({ database }),
      baselines: await SecurityBaselines.create({
        logger: mockServices.logger.mock(),
      }),
      clock: new ContractClock('America/Los_Angeles', () => new Date(now)),
      maxReportAgeDays: 30,
    }),
    catalog,
    calendars: await ReleaseCalendars.create({
      logger: mockServices.logger.mock(),
    }),
    store: await UpgradeStore.create({ database }),
    clock: new ContractClock('America/Los_Angeles', () => new Date(now)),
    auth: mockServices.auth(),
    liveFacts,
    conformance: new ConformanceService({
      store: await ConformanceStore.create({ database }),
      clock: new ContractClock('America/Los_Angeles', () => new Date(now)),
      maxAgeDays: 90,
    }),
  });
  const entityOf = (ref: CompoundEntityRef) =>
    getClusterEntity(catalog, ref, credentials);
  return {
    reports,
    clusterUpgrade: async (ref: CompoundEntityRef) =>
      service.clusterUpgrade(await entityOf(ref)),
    fleet: (query: FleetQuery) => service.fleet(query, everyCluster),
    savePlan: async (
      ref: CompoundEntityRef,
      plan: Parameters<UpgradeService['savePlan']>[1],
      userRef: string,
    ) => service.savePlan(await entityOf(ref), plan, userRef),
  };
}

const ref = (name: string): CompoundEntityRef => ({
  kind: 'resource',
  namespace: 'default',
  name,
});

describe('UpgradeService', () => {
  it("counts acme-prod's deadlines from the shipped EKS calendar", async () => {
    const service = await serviceWith(exampleClusters());

    const response = await service.clusterUpgrade({
      kind: 'resource',
      namespace: 'default',
      name: 'acme-prod',
    });

    expect(response.today).toBe('2026-11-24');
    expect(response.cluster).toMatchObject({
      entityRef: 'resource:default/acme-prod',
      platform: 'eks',
      upgradeStrategy: 'side-by-side',
      kubernetesVersion: '1.35',
      workerNodeVersions: ['1.35'],
    });
    expect(response.assessment.qualified).toBe(true);
    const kubernetesEol = response.assessment.obligations.find(
      o => o.id === 'kubernetes-eol',
    );
    expect(kubernetesEol).toMatchObject({
      dueDate: '2027-07-25',
      daysLeft: 243,
      status: 'on-track',
    });
    expect(response.assessment.obligations.map(o => o.id)).toContain(
      'monitoring-eol',
    );
    expect(response.plan).toBeNull();
  });

  it('counts today in the contract time zone', async () => {
    // 07:30 UTC on 24 November is still 23 November in Los Angeles.
    const service = await serviceWith(
      exampleClusters(),
      '2026-11-24T07:30:00Z',
    );
    const response = await service.clusterUpgrade({
      kind: 'resource',
      namespace: 'default',
      name: 'acme-prod',
    });
    expect(response.today).toBe('2026-11-23');
    expect(
      response.assessment.obligations.find(o => o.id === 'kubernetes-eol')
        ?.daysLeft,
    ).toBe(244);
  });

  it('shows the deadlines of a customer with only a production cluster as not guaranteed', async () => {
    const service = await serviceWith(
      exampleClusters().filter(e => e.metadata.name !== 'globex-staging'),
    );
    const response = await service.clusterUpgrade(ref('globex-prod'));
    expect(response.assessment.qualified).toBe(false);
    expect(response.assessment.withinSupportedWindow).toBe(false);
    const statuses = new Set(
      response.assessment.obligations.map(o => o.status),
    );
    // The upgrade paths the provider certified stay history whatever the guarantee.
    expect(statuses).toEqual(
      new Set(['not-guaranteed', 'outside-window', 'met', 'met-late']),
    );
  });

  describe('the examples on 2 December 2026', () => {
    const today = '2026-12-02T18:00:00Z';

    it('give every obligation of every example cluster a known status', async () => {
      const service = await serviceWith(exampleClusters(), today);
      for (const { metadata } of exampleClusters()) {
        const { assessment } = await service.clusterUpgrade(ref(metadata.name));
        const unknown = assessment.obligations.filter(
          o => o.status === 'unknown',
        );
        expect({ cluster: metadata.name, unknown }).toEqual({
          cluster: metadata.name,
          unknown: [],
        });
        for (const obligation of assessment.obligations) {
          expect({ id: obligation.id, dueDate: obligation.dueDate }).toEqual({
            id: obligation.id,
            dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          });
        }
      }
    });

    it('show an upgrade path met in time, one met late with its days, and one overdue', async () => {
      const service = await serviceWith(exampleClusters(), today);
      const path = async (cluster: string, version: string) =>
        (
          await service.clusterUpgrade(ref(cluster))
        ).assessment.obligations.find(o => o.id === `upgrade-path:${version}`);
      // EKS certified 1.36 on 2026-09-20: 20 days after the side-by-side deadline, in time in place.
      expect(await path('acme-prod', '1.36')).toMatchObject({
        status: 'met-late',
        metOn: '2026-09-20',
        dueDate: '2026-08-31',
        daysLate: 20,
      });
      expect(await path('acme-staging', '1.36')).toMatchObject({
        status: 'met',
        metOn: '2026-09-20',
        dueDate: '2026-09-30',
      });
      // RPC-K has not certified 1.36, due 120 days after its release on 2026-04-22.
      expect(await path('globex-staging', '1.36')).toMatchObject({
        status: 'overdue',
        dueDate: '2026-08-20',
        daysLeft: -104,
      });
    });

    it("show globex-prod's readiness blockers from each source, on its card and in the fleet", async () => {
      const service = await serviceWith(exampleClusters(), today);
      const report = exampleApiReport('globex-prod');
      const parsed = parseDeprecatedApiReport(JSON.parse(report.toString()));
      if (!parsed.ok) throw new Error(parsed.problems.join('; '));
      await service.reports.record({
        clusterRef: 'resource:default/globex-prod',
        tool: parsed.tool,
        sha256: 'f'.repeat(64),
        uploadedAt: '2026-11-30T09:00:00.000Z',
        uploadedBy: 'user:default/sam-scka',
        findings: parsed.findings,
      });

      const { readiness } = await service.clusterUpgrade(ref('globex-prod'));
      expect(readiness.targetVersion).toBe('1.35');
      expect(readiness.ready).toBe(false);
      expect(new Set(readiness.blockers.map(b => b.source))).toEqual(
        new Set(['deprecated-api', 'component-compatibility', 'version-skew']),
      );
      for (const blocker of readiness.blockers) {
        expect(blocker.message).not.toBe('');
        expect(blocker.remedy).not.toBe('');
      }
      expect(readiness.scans).toEqual([
        {
          tool: 'kubent',
          observedAt: '2026-11-30T09:00:00.000Z',
          uploadedBy: 'user:default/sam-scka',
          findings: 1,
        },
      ]);

      const blocked = await service.fleet({
        ...allClusters,
        readiness: 'blocked',
      });
      const row = blocked.items.find(i => i.cluster.name === 'globex-prod');
      expect(row?.readiness).toMatchObject({
        targetVersion: '1.35',
        ready: false,
      });
      expect(row?.readiness.blockers).toHaveLength(readiness.blockers.length);
      const ready = await service.fleet({ ...allClusters, readiness: 'ready' });
      expect(ready.items.every(i => i.readiness.ready)).toBe(true);
      expect(ready.items.map(i => i.cluster.name)).not.toContain('globex-prod');
    });

    it('list the fulfilled obligations as history in the fleet', async () => {
      const service = await serviceWith(exampleClusters(), today);
      const { items } = await service.fleet(allClusters);
      const acmeProd = items.find(i => i.cluster.name === 'acme-prod')!;
      expect(acmeProd.history.map(o => [o.id, o.status])).toEqual([
        ['upgrade-path:1.36', 'met-late'],
        ['upgrade-path:1.35', 'met'],
      ]);
      expect(acmeProd.next?.status).not.toMatch(/^met/);
    });
  });

  it('refuses a cluster that is not in the catalog, and one with an incomplete entry', async () => {
    const [acmeProd] = exampleClusters();
    const broken = {
      ...acmeProd,
      metadata: {
        ...acmeProd.metadata,
        name: 'broken',
        labels: { 'mpk.io/customer': 'acme' },
      },
    };
    const service = await serviceWith([acmeProd, broken]);
    await expect(
      service.clusterUpgrade({
        kind: 'resource',
        namespace: 'default',
        name: 'nowhere',
      }),
    ).rejects.toThrow(
      'No kubernetes-cluster resource:default/nowhere in the catalog',
    );
    await expect(
      service.clusterUpgrade({
        kind: 'resource',
        namespace: 'default',
        name: 'broken',
      }),
    ).rejects.toThrow(
      /^The catalog entry of resource:default\/broken is incomplete: label mpk.io\/environment is missing/,
    );
  });

  it('lists the fleet sorted by days left, with filters', async () => {
    const service = await serviceWith(exampleClusters());

    const all = await service.fleet(allClusters);
    const daysLeft = all.items.map(i => i.next?.daysLeft);
    expect(all.items).toHaveLength(4);
    expect(daysLeft).toEqual([...daysLeft].sort((a, b) => a! - b!));

    const descending = await service.fleet({ ...allClusters, order: 'desc' });
    expect(descending.items.map(i => i.cluster.name)).toEqual(
      all.items.map(i => i.cluster.name).reverse(),
    );

    const acme = await service.fleet({ ...allClusters, customer: ['acme'] });
    expect(acme.items.map(i => i.cluster.name).sort()).toEqual([
      'acme-prod',
      'acme-staging',
    ]);

    const green = await service.fleet({
      ...allClusters,
      owner: ['group:default/pod-green'],
    });
    expect(green.items.map(i => i.cluster.name).sort()).toEqual([
      'globex-prod',
      'globex-staging',
    ]);

    const byStatus = await service.fleet({
      ...allClusters,
      status: [all.items[0].status],
    });
    expect(byStatus.items.every(i => i.status === all.items[0].status)).toBe(
      true,
    );
    expect(byStatus.items.length).toBeGreaterThan(0);
  });

  it('records a plan for a cluster of the catalog only', async () => {
    const service = await serviceWith(exampleClusters());
    // A Saturday after the holiday freeze: acme-prod's window opens on Saturdays.
    const plan = {
      plannedDate: '2027-01-16',
      state: 'planned' as const,
      note: 'to 1.36',
    };

    await service.savePlan(
      { kind: 'resource', namespace: 'default', name: 'acme-prod' },
      plan,
      'user:default/erin-em',
    );
    const response = await service.clusterUpgrade({
      kind: 'resource',
      namespace: 'default',
      name: 'acme-prod',
    });
    expect(response.plan).toMatchObject({
      ...plan,
      updatedBy: 'user:default/erin-em',
    });
    await expect(
      service.savePlan(
        { kind: 'resource', namespace: 'default', name: 'nowhere' },
        plan,
        'user:default/erin-em',
      ),
    ).rejects.toThrow(
      'No kubernetes-cluster resource:default/nowhere in the catalog',
    );
  });

  it('refuses a planned date outside the maintenance windows or in a freeze, and records one done on any day', async () => {
    const service = await serviceWith(exampleClusters());
    const save = (plannedDate: string, state: 'planned' | 'done' = 'planned') =>
      service.savePlan(
        ref('acme-prod'),
        { plannedDate, state, note: '' },
        'user:default/erin-em',
      );
    await expect(save('2027-01-15')).rejects.toThrow(
      /^plannedDate: No maintenance window opens on Friday 2027-01-15/,
    );
    await expect(save('2026-12-19')).rejects.toThrow(
      /^plannedDate: .*Holiday sales season/,
    );
    await expect(save('2027-01-09')).resolves.toMatchObject({
      plannedDate: '2027-01-09',
    });
    await expect(save('2027-01-15', 'done')).resolves.toMatchObject({
      state: 'done',
    });
  });

  it('shows the maintenance windows with the next openings, and asks for the non-production cluster first', async () => {
    const service = await serviceWith(
      exampleClusters(),
      '2026-12-02T18:00:00Z',
    );
    const response = await service.clusterUpgrade(ref('acme-staging'));
    expect(response.maintenance).toMatchObject({
      timeZone: 'America/Chicago',
      freezes: [],
    });
    // Wednesday 2 December, 12:00 in Chicago: the next window opens that evening at 20:00 CST.
    expect(response.maintenance?.nextWindows[0]).toEqual({
      date: '2026-12-02',
      start: '2026-12-02T20:00:00-06:00',
      end: '2026-12-02T23:00:00-06:00',
    });
    expect(response.orderWarning).toBeNull();

    const production = await service.clusterUpgrade(ref('acme-prod'));
    expect(production.orderWarning).toMatch(
      /^Upgrade acme-staging to 1\.36 first/,
    );
    // Inside the holiday freeze until 5 January: the first Saturday after it is 9 January.
    expect(production.maintenance?.nextWindows[0].date).toBe('2027-01-09');
  });

  it('counts from the versions the Kubernetes API reports, and says when the catalog disagrees', async () => {
    const [acmeProd, ...others] = exampleClusters();
    const annotated = {
      ...acmeProd,
      metadata: {
        ...acmeProd.metadata,
        annotations: { 'backstage.io/kubernetes-cluster': 'acme-prod-eks' },
      },
    };
    const read = jest.fn(async () => ({
      serverVersion: '1.34',
      kubeletVersions: ['1.34', '1.33'],
    }));
    const service = await serviceWith([annotated, ...others], undefined, {
      read,
    });

    const response = await service.clusterUpgrade({
      kind: 'resource',
      namespace: 'default',
      name: 'acme-prod',
    });

    expect(read).toHaveBeenCalledWith('acme-prod-eks');
    expect(response.live).toEqual({
      kubernetesCluster: 'acme-prod-eks',
      serverVersion: '1.34',
      kubeletVersions: ['1.34', '1.33'],
      declaredKubernetesVersion: '1.35',
      disagreement:
        'The Kubernetes API of acme-prod-eks reports 1.34, the catalog declares 1.35: the deadlines are counted from 1.34.',
    });
    expect(response.cluster.kubernetesVersion).toBe('1.34');
    expect(response.cluster.workerNodeVersions).toEqual(['1.34', '1.33']);
    expect(response.assessment.obligations.map(o => o.id)).toContain(
      'worker-nodes-eol:1.33',
    );
  });

  it('keeps the declared versions of a cluster the Kubernetes plugin does not know', async () => {
    const read = jest.fn();
    const service = await serviceWith(exampleClusters(), undefined, { read });
    const response = await service.clusterUpgrade({
      kind: 'resource',
      namespace: 'default',
      name: 'acme-prod',
    });
    expect(read).not.toHaveBeenCalled();
    expect(response.live).toBeNull();
    expect(response.cluster.kubernetesVersion).toBe('1.35');
  });
});
