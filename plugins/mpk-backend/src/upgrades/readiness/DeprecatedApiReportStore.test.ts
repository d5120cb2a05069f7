import { mockServices } from '@backstage/backend-test-utils';
import { createStoreTestDatabases } from '../../__testUtils__/storeTestDatabases';
import {
  DeprecatedApiReportStore,
  NewDeprecatedApiReport,
} from './DeprecatedApiReportStore';

jest.setTimeout(60_000);

const finding = {
  kind: 'Deployment',
  apiVersion: 'apps/v1beta1',
  name: 'nginx-deployment-old',
  namespace: null,
  removedIn: '1.16',
  replacement: 'apps/v1',
};

function report(
  overrides: Partial<NewDeprecatedApiReport>,
): NewDeprecatedApiReport {
  return {
    clusterRef: 'resource:default/globex-prod',
    tool: 'kubent',
    sha256: 'a'.repeat(64),
    uploadedAt: '2026-11-20T10:00:00.000Z',
    uploadedBy: 'user:default/sam-scka',
    findings: [finding],
    ...overrides,
  };
}

describe('DeprecatedApiReportStore', () => {
  const databases = createStoreTestDatabases();

  async function createStore(databaseId: Parameters<typeof databases.init>[0]) {
    const knex = await databases.init(databaseId);
    return DeprecatedApiReportStore.create({
      database: mockServices.database({ knex }),
    });
  }

  it.each(databases.eachSupportedId())(
    'records a report once however often it is sent, on %p',
    async id => {
      const store = await createStore(id);
      const first = await store.record(report({}));
      const again = await store.record(
        report({ uploadedAt: '2026-11-21T10:00:00.000Z' }),
      );
      expect(first.created).toBe(true);
      expect(again.created).toBe(false);
      expect(again.report).toEqual(first.report);
      expect(first.report.findings).toEqual([finding]);
      expect(first.report.uploadedAt).toBe('2026-11-20T10:00:00.000Z');
    },
  );

  it.each(databases.eachSupportedId())(
    'reads the latest report of each cluster, on %p',
    async id => {
      const store = await createStore(id);
      await store.record(report({}));
      const newer = await store.record(
        report({
          tool: 'pluto',
          sha256: 'b'.repeat(64),
          uploadedAt: '2026-11-25T10:00:00.000Z',
          findings: [],
        }),
      );
      const other = await store.record(
        report({ clusterRef: 'resource:default/acme-prod' }),
      );

      const latest = await store.latest([
        'resource:default/globex-prod',
        'resource:default/acme-prod',
        'resource:default/acme-staging',
      ]);
      expect(latest.get('resource:default/globex-prod')).toEqual(newer.report);
      expect(latest.get('resource:default/acme-prod')).toEqual(other.report);
      expect(latest.has('resource:default/acme-staging')).toBe(false);
    },
  );
});
