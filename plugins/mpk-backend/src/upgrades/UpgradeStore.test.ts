import { mockServices } from '@backstage/backend-test-utils';
import { createStoreTestDatabases } from '../__testUtils__/storeTestDatabases';
import { migrationsDirectory } from '../platform/migrateDatabase';
import { ReminderKey, UpgradeStore } from './UpgradeStore';

jest.setTimeout(60_000);

describe('UpgradeStore', () => {
  const databases = createStoreTestDatabases();

  async function createStore(databaseId: Parameters<typeof databases.init>[0]) {
    const knex = await databases.init(databaseId);
    const store = await UpgradeStore.create({
      database: mockServices.database({ knex }),
    });
    return { knex, store };
  }

  it.each(databases.eachSupportedId())(
    'saves, replaces and reads plans on %p',
    async id => {
      const { store } = await createStore(id);
      const at = new Date('2026-11-24T10:00:00Z');

      await store.savePlan(
        'resource:default/acme-prod',
        {
          plannedDate: '2027-01-15',
          state: 'planned',
          note: 'Side-by-side to 1.36',
        },
        'user:default/erin-em',
        at,
      );
      const saved = await store.savePlan(
        'resource:default/acme-prod',
        {
          plannedDate: '2027-01-20',
          state: 'in-progress',
          note: 'Moved a week, O’Brien’s change freeze',
        },
        'user:default/erin-em',
        at,
      );

      const plans = await store.getPlans([
        'resource:default/acme-prod',
        'resource:default/acme-staging',
      ]);
      expect([...plans.keys()]).toEqual(['resource:default/acme-prod']);
      expect(plans.get('resource:default/acme-prod')).toEqual({
        plannedDate: '2027-01-20',
        state: 'in-progress',
        note: 'Moved a week, O’Brien’s change freeze',
        updatedBy: 'user:default/erin-em',
        updatedAt: '2026-11-24T10:00:00.000Z',
      });
      expect(saved).toEqual(plans.get('resource:default/acme-prod'));
    },
  );

  it.each(databases.eachSupportedId())(
    'reads plans of many clusters at once on %p',
    async id => {
      const { store } = await createStore(id);
      const refs = Array.from(
        { length: 1200 },
        (_, i) => `resource:default/c${i}`,
      );
      for (const ref of [refs[0], refs[700], refs[1199]]) {
        await store.savePlan(
          ref,
          { plannedDate: '2027-01-01', state: 'planned', note: '' },
          'user:default/x',
        );
      }
      expect([...(await store.getPlans(refs)).keys()].sort()).toEqual(
        [refs[0], refs[1199], refs[700]].sort(),
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'lets only the first claim of a reminder through on %p',
    async id => {
      const { store } = await createStore(id);
      const key: ReminderKey = {
        clusterRef: 'resource:default/acme-prod',
        obligationId: 'kubernetes-eol',
        dueDate: '2027-07-25',
        threshold: '30-days',
      };

      const claims = await Promise.all([
        store.claimReminder(key),
        store.claimReminder(key),
      ]);
      expect(claims.sort()).toEqual([false, true]);
      expect(await store.claimReminder(key)).toBe(false);
      expect(await store.claimReminder({ ...key, threshold: '7-days' })).toBe(
        true,
      );
      // A new due date (say, a corrected calendar) is a new reminder.
      expect(await store.claimReminder({ ...key, dueDate: '2027-07-30' })).toBe(
        true,
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'migrates down and up again on %p',
    async id => {
      const { knex } = await createStore(id);
      expect(await knex.schema.hasTable('mpk_upgrade_plans')).toBe(true);

      await knex.migrate.rollback({ directory: migrationsDirectory }, true);
      expect(await knex.schema.hasTable('mpk_upgrade_plans')).toBe(false);
      expect(await knex.schema.hasTable('mpk_upgrade_reminders')).toBe(false);

      await knex.migrate.latest({ directory: migrationsDirectory });
      expect(await knex.schema.hasTable('mpk_upgrade_reminders')).toBe(true);
    },
  );
});
