import { mockServices } from '@backstage/backend-test-utils';
import { ParsedSecurityReport } from '@mpk-portal/plugin-mpk-common';
import { createStoreTestDatabases } from '../__testUtils__/storeTestDatabases';
import { SecurityStore } from './SecurityStore';

jest.setTimeout(60_000);

const cluster = 'resource:default/acme-prod';

function kubeBench(status: 'fail' | 'pass'): ParsedSecurityReport {
  return {
    tool: 'kube-bench',
    kind: 'kube-bench',
    summary: {
      pass: status === 'pass' ? 1 : 0,
      fail: status === 'fail' ? 1 : 0,
    },
    checks: [
      {
        set: 'cis-1.5',
        check: '4.2.11',
        title:
          'Ensure that the --rotate-certificates argument is not set to false',
        status,
        scored: true,
      },
    ],
    vulnerabilities: [],
  };
}

describe('SecurityStore', () => {
  const databases = createStoreTestDatabases();

  async function createStore(id: Parameters<typeof databases.init>[0]) {
    const knex = await databases.init(id);
    return SecurityStore.create({ database: mockServices.database({ knex }) });
  }

  it.each(databases.eachSupportedId())(
    'opens a failing check, keeps it open while it fails, and closes it when it passes, on %p',
    async id => {
      const store = await createStore(id);
      const day = (n: number) => new Date(Date.UTC(2026, 10, n, 9));
      const first = await store.recordReports(
        cluster,
        [{ report: kubeBench('fail'), sha256: 'a'.repeat(64) }],
        { uploadedBy: 'user:default/sam-scka', at: day(1) },
      );
      expect(first.created).toBe(true);
      const again = await store.recordReports(
        cluster,
        [{ report: kubeBench('fail'), sha256: 'a'.repeat(64) }],
        { uploadedBy: 'user:default/sam-scka', at: day(2) },
      );
      expect(again).toEqual({ reports: first.reports, created: false });
      await store.recordReports(
        cluster,
        [{ report: kubeBench('fail'), sha256: 'b'.repeat(64) }],
        { uploadedBy: 'user:default/sam-scka', at: day(3) },
      );
      const open = (await store.openFindings([cluster])).get(cluster)!;
      expect(open).toHaveLength(1);
      expect(open[0]).toMatchObject({
        check: '4.2.11',
        firstSeen: day(1).toISOString(),
        lastSeen: day(3).toISOString(),
      });

      await store.recordReports(
        cluster,
        [{ report: kubeBench('pass'), sha256: 'c'.repeat(64) }],
        { uploadedBy: 'user:default/sam-scka', at: day(5) },
      );
      expect(
        (await store.openFindings([cluster])).get(cluster),
      ).toBeUndefined();
      const closed = await store.closedFindings(cluster, day(1));
      expect(closed).toEqual([
        expect.objectContaining({
          check: '4.2.11',
          firstSeen: day(1).toISOString(),
          closedAt: day(5).toISOString(),
        }),
      ]);
      const latest = (await store.latestReports([cluster])).get(cluster)!;
      expect(latest).toHaveLength(1);
      expect(latest[0].summary).toEqual({ pass: 1, fail: 0 });
    },
  );

  it.each(databases.eachSupportedId())(
    'records an exception once, and claims each expiry notice once, on %p',
    async id => {
      const store = await createStore(id);
      const exception = {
        set: 'cis-1.5',
        check: '4.2.11',
        scope: { cluster: 'acme-prod' },
        reason: 'Rotation is done by the node image',
        approvedBy: 'user:default/erin-em',
        approvedAt: '2026-11-20T10:00:00.000Z',
        expires: '2027-01-31',
      };
      const first = await store.createException(cluster, exception);
      const again = await store.createException(cluster, exception);
      expect(first.created).toBe(true);
      expect(again).toEqual({ exception: first.exception, created: false });
      expect((await store.exceptions([cluster])).get(cluster)).toEqual([
        first.exception,
      ]);
      expect(
        await store.claimExpiryNotice(
          cluster,
          first.exception.id,
          '2027-01-31',
        ),
      ).toBe(true);
      expect(
        await store.claimExpiryNotice(
          cluster,
          first.exception.id,
          '2027-01-31',
        ),
      ).toBe(false);
    },
  );
});
