import { mockServices } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import { acmeDesign, acmeTeam } from '../__testUtils__/designFixtures';
import { createStoreTestDatabases } from '../__testUtils__/storeTestDatabases';
import { migrationsDirectory } from '../platform/migrateDatabase';
import { DesignStore, NewDesignVersion } from './DesignStore';

jest.setTimeout(60_000);

const team = acmeTeam;
const design = acmeDesign;

const newVersion = (
  overrides: Partial<NewDesignVersion> = {},
): NewDesignVersion => ({
  name: 'acme-platform',
  customer: 'acme',
  ownerRef: 'group:default/pod-blue',
  team,
  contentHash: 'a'.repeat(64),
  design,
  publishedAt: new Date('2026-12-01T09:00:00.000Z'),
  publishedBy: 'user:default/leo-la',
  ...overrides,
});

const noCheck = () => {};

describe('DesignStore', () => {
  const databases = createStoreTestDatabases();

  async function createStore(id: Parameters<typeof databases.init>[0]) {
    const knex = await databases.init(id);
    const store = await DesignStore.create({
      database: mockServices.database({ knex }),
    });
    return { knex, store };
  }

  it.each(databases.eachSupportedId())(
    'starts an engagement with its first version and reads it back on %p',
    async id => {
      const { store } = await createStore(id);
      const { design: stored, created } = await store.publish(
        newVersion(),
        noCheck,
      );
      expect(created).toBe(true);
      expect(stored).toEqual({
        name: 'acme-platform',
        customer: 'acme',
        ownerRef: 'group:default/pod-blue',
        team,
        startedAt: '2026-12-01T09:00:00.000Z',
        versions: [
          {
            version: 1,
            contentHash: 'a'.repeat(64),
            design,
            state: 'shared',
            publishedAt: '2026-12-01T09:00:00.000Z',
            publishedBy: 'user:default/leo-la',
            decision: null,
            decidedBy: null,
            decidedAt: null,
            comment: null,
            provisionedAt: null,
            provisionedBy: null,
          },
        ],
      });
      expect(await store.get('acme-platform')).toEqual(stored);
      expect(await store.get('nope')).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'writes nothing for the latest content again, and supersedes what was not provisioned on %p',
    async id => {
      const { store } = await createStore(id);
      await store.publish(newVersion(), noCheck);
      const again = await store.publish(
        newVersion({ publishedAt: new Date('2026-12-01T10:00:00.000Z') }),
        noCheck,
      );
      expect(again.created).toBe(false);
      expect(again.design.versions).toHaveLength(1);

      await store.decide(
        'acme-platform',
        1,
        {
          decision: 'accept',
          comment: null,
          decidedAt: new Date('2026-12-02T10:00:00.000Z'),
          decidedBy: 'user:default/avery-acme',
        },
        () => 'record',
      );
      await store.provision(
        'acme-platform',
        1,
        {
          provisionedAt: new Date('2026-12-03T10:00:00.000Z'),
          provisionedBy: 'user:default/sam-scka',
        },
        () => 'record',
      );
      await store.publish(newVersion({ contentHash: 'b'.repeat(64) }), noCheck);
      const third = await store.publish(
        newVersion({
          contentHash: 'c'.repeat(64),
          ownerRef: 'group:default/pod-green',
          team: { ...team, engagementManager: 'user:default/maya-em' },
        }),
        noCheck,
      );
      expect(third.created).toBe(true);
      expect(
        third.design.versions.map(v => [v.version, v.state, v.decision]),
      ).toEqual([
        [1, 'provisioned', 'accept'],
        [2, 'superseded', null],
        [3, 'shared', null],
      ]);
      // Each new version takes the request's pod and team.
      expect(third.design.ownerRef).toBe('group:default/pod-green');
      expect(third.design.team.engagementManager).toBe('user:default/maya-em');
      expect(third.design.startedAt).toBe('2026-12-01T09:00:00.000Z');
    },
  );

  it.each(databases.eachSupportedId())(
    'numbers concurrent publishes one after the other, and starts the engagement once, on %p',
    async id => {
      const { store } = await createStore(id);
      const results = await Promise.all([
        store.publish(newVersion(), noCheck),
        store.publish(newVersion(), noCheck),
        store.publish(newVersion({ contentHash: 'b'.repeat(64) }), noCheck),
      ]);
      expect(results.filter(r => r.created).length).toBeGreaterThanOrEqual(2);
      const stored = (await store.get('acme-platform'))!;
      expect(stored.versions.map(v => v.version)).toEqual(
        stored.versions.map((_, i) => i + 1),
      );
      expect(stored.versions.filter(v => v.state === 'shared')).toHaveLength(1);
    },
  );

  it.each(databases.eachSupportedId())(
    'stores nothing that the check refuses on %p',
    async id => {
      const { store } = await createStore(id);
      const refuse = () => {
        throw new ConflictError('refused');
      };
      await expect(store.publish(newVersion(), refuse)).rejects.toThrow(
        'refused',
      );
      expect(await store.get('acme-platform')).toBeUndefined();
      await store.publish(newVersion(), noCheck);
      await expect(
        store.decide(
          'acme-platform',
          1,
          {
            decision: 'accept',
            comment: null,
            decidedAt: new Date(),
            decidedBy: 'user:default/avery-acme',
          },
          refuse,
        ),
      ).rejects.toThrow('refused');
      expect((await store.get('acme-platform'))!.versions[0].state).toBe(
        'shared',
      );
      expect(
        await store.decide(
          'nope',
          1,
          {
            decision: 'accept',
            comment: null,
            decidedAt: new Date(),
            decidedBy: 'user:default/avery-acme',
          },
          () => 'record',
        ),
      ).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'records a decision with its comment, and nothing for a repeat, on %p',
    async id => {
      const { store } = await createStore(id);
      await store.publish(newVersion(), noCheck);
      const decision = {
        decision: 'request-changes' as const,
        comment: 'Add a staging environment.\nThree nodes.',
        decidedAt: new Date('2026-12-02T10:00:00.000Z'),
        decidedBy: 'user:default/avery-acme',
      };
      const first = await store.decide(
        'acme-platform',
        1,
        decision,
        () => 'record',
      );
      expect(first!.created).toBe(true);
      expect(first!.design.versions[0]).toMatchObject({
        state: 'changes-requested',
        decision: 'request-changes',
        comment: 'Add a staging environment.\nThree nodes.',
        decidedAt: '2026-12-02T10:00:00.000Z',
        decidedBy: 'user:default/avery-acme',
      });
      const repeat = await store.decide(
        'acme-platform',
        1,
        { ...decision, comment: 'other', decidedAt: new Date() },
        () => 'repeat',
      );
      expect(repeat).toEqual({ design: first!.design, created: false });
    },
  );

  it.each(databases.eachSupportedId())(
    'lists the designs of the customers a scope selects, newest first, on %p',
    async id => {
      const { store } = await createStore(id);
      await store.publish(newVersion(), noCheck);
      await store.publish(
        newVersion({
          name: 'globex-platform',
          customer: 'globex',
          publishedAt: new Date('2026-12-02T09:00:00.000Z'),
        }),
        noCheck,
      );
      const names = async (
        scope?: Parameters<DesignStore['list']>[0],
      ): Promise<string[]> => (await store.list(scope)).map(d => d.name);
      expect(await names()).toEqual(['globex-platform', 'acme-platform']);
      expect(await names({ customers: ['acme'] })).toEqual(['acme-platform']);
      expect(await names({ customers: [] })).toEqual([]);
      expect(await names({ not: { customers: ['acme'] } })).toEqual([
        'globex-platform',
      ]);
      expect(
        await names({
          anyOf: [{ customers: ['acme'] }, { customers: ['globex'] }],
        }),
      ).toEqual(['globex-platform', 'acme-platform']);
      expect(
        await names({
          allOf: [{ customers: ['acme', 'globex'] }, { customers: ['acme'] }],
        }),
      ).toEqual(['acme-platform']);
      expect((await store.list())[1].versions).toHaveLength(1);
    },
  );

  it.each(databases.eachSupportedId())(
    'migrates down and up again on %p',
    async id => {
      const { knex } = await createStore(id);
      // Down to before the designs' migration, undoing the later ones first.
      while (
        (await knex.migrate.currentVersion({
          directory: migrationsDirectory,
        })) >= '20261203100000'
      ) {
        await knex.migrate.down({ directory: migrationsDirectory });
      }
      expect(await knex.schema.hasTable('mpk_design_versions')).toBe(false);
      expect(await knex.schema.hasTable('mpk_designs')).toBe(false);
      await knex.migrate.latest({ directory: migrationsDirectory });
      expect(await knex.schema.hasTable('mpk_design_versions')).toBe(true);
    },
  );
});
