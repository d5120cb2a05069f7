import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContractClock } from '../platform/ContractClock';
import { exampleClusters } from '../__testUtils__/exampleCatalog';
import {
  LIVE_REPORTS_UPLOADER,
  scheduleSecurityChecks,
} from './securityChecks';

// A real Trivy Operator VulnerabilityReport (see security/live/__fixtures__/PROVENANCE.md), as
// the Kubernetes API lists it.
const vulnerabilityReport = JSON.parse(
  readFileSync(
    join(
      __dirname,
      '../security/live/__fixtures__/vulnerabilityreport_extended.json',
    ),
    'utf8',
  ),
);

describe('scheduleSecurityChecks', () => {
  it("records the report resources of connected clusters, and sends the day's expiry notices", async () => {
    const [acmeProd, ...others] = exampleClusters();
    const connected = {
      ...acmeProd,
      metadata: {
        ...acmeProd.metadata,
        annotations: { 'backstage.io/kubernetes-cluster': 'acme-prod-eks' },
      },
    };
    let task: (() => Promise<void>) | undefined;
    const record = jest.fn(async () => ({ reports: [], created: true }));
    const read = jest.fn(async () => [
      {
        apiVersion: 'aquasecurity.github.io/v1alpha1',
        kind: 'VulnerabilityReportList',
        metadata: {},
        items: [vulnerabilityReport],
      },
    ]);
    await scheduleSecurityChecks({
      scheduler: {
        scheduleTask: async ({ fn }) => {
          task = fn as () => Promise<void>;
        },
      },
      logger: mockServices.logger.mock(),
      settings: {
        maxReportAgeDays: 30,
        schedule: { frequency: { hours: 24 }, timeout: { minutes: 1 } },
      },
      catalog: catalogServiceMock({ entities: [connected, ...others] }),
      auth: mockServices.auth(),
      notifications: { send: jest.fn() },
      clock: new ContractClock('UTC', () => new Date('2026-12-02T16:30:00Z')),
      security: { record, exceptionsOf: async () => new Map() },
      securityStore: { claimExpiryNotice: async () => true },
      liveReports: { read },
    });
    await task!();
    expect(read).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledWith('acme-prod-eks');
    expect(record).toHaveBeenCalledWith(
      'resource:default/acme-prod',
      [
        expect.objectContaining({
          tool: 'trivy-operator',
          kind: 'VulnerabilityReport',
        }),
      ],
      LIVE_REPORTS_UPLOADER,
    );
  });
});
