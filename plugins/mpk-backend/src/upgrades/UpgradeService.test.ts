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
import { exampleClusters } from '../__testUtils__/exampleCatalog';
import { FleetQuery, UpgradeService } from './UpgradeService';

const credentials = mockCredentials.user();
const allClusters: FleetQuery = {
  customer: [],
  owner: [],
  status: [],
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
  const catalog = catalogServiceMock({ entities });
  const service = new UpgradeService({
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
    const service = await serviceWith(exampleClusters());
    const response = await service.clusterUpgrade({
      kind: 'resource',
      namespace: 'default',
      name: 'globex-prod',
    });
    expect(response.assessment.qualified).toBe(false);
    expect(response.assessment.withinSupportedWindow).toBe(false);
    const statuses = new Set(
      response.assessment.obligations.map(o => o.status),
    );
    expect(statuses).toEqual(
      new Set(['not-guaranteed', 'outside-window', 'unknown']),
    );
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
    expect(all.items).toHaveLength(3);
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
    expect(green.items.map(i => i.cluster.name)).toEqual(['globex-prod']);

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
    const plan = {
      plannedDate: '2027-01-15',
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
