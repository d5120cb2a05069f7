import {
  ClusterPlatform,
  ClusterUpgradeResponse,
  ConformanceStatus,
  DeprecatedApiReport,
  FleetUpgradeItem,
  SupportedKubernetesVersionsResponse,
  UpgradeCluster,
  UpgradeObligation,
  UpgradePlan,
} from '@mpk-portal/plugin-mpk-common';
import { MpkApi } from '../api';
import {
  acmeCredits,
  acmeProdSla,
  breachedTicket,
  conversationTicket,
  stagingTicket,
  summaryOf,
  urgentTicket,
} from './ticketResponses';
import { acmeProdConformance, failedRun } from './conformanceResponses';
import {
  acmeDeviations,
  acmeProdSecurity,
  kubeBenchReport,
} from './securityResponses';
import {
  acmeAcceptedDesign,
  acmeDesign,
  globexDesign,
} from './designResponses';
import { blueEngagementManager } from './personas';

function upgradeCluster(
  name: string,
  customer: string,
  owner: string,
): UpgradeCluster {
  return {
    entityRef: `resource:default/${name}`,
    name,
    title: name,
    customer,
    owner,
    environment: name.endsWith('prod') ? 'production' : 'non-production',
    platform: 'eks',
    upgradeStrategy: 'in-place',
    kubernetesVersion: '1.33',
    workerNodeVersions: ['1.33'],
  };
}

/** Reaches end of life first: the next obligation of acme-prod. */
export const controlPlaneEol: UpgradeObligation = {
  id: 'kubernetes-eol',
  what: 'Kubernetes control plane 1.33',
  event: {
    kind: 'end-of-life',
    date: '2026-07-29',
    description: 'Amazon EKS 1.33 end of life',
  },
  dueDate: '2026-11-26',
  daysLeft: 12,
  status: 'due-soon',
  explanation:
    'Amazon EKS 1.33 reaches end of life on 2026-07-29; the contract allows 120 days after that, so the upgrade is due by 2026-11-26 (12 days left).',
};

export const upgradePath: UpgradeObligation = {
  id: 'upgrade-path:1.36',
  what: 'Upgrade path to Kubernetes 1.36',
  event: {
    kind: 'release',
    date: '2026-10-01',
    description: 'Amazon EKS 1.36 released',
  },
  dueDate: '2027-01-29',
  daysLeft: 76,
  status: 'on-track',
  explanation:
    'Amazon EKS 1.36 was released on 2026-10-01; for a in-place upgrade the contract makes a path from 1.33 available within 120 days, by 2027-01-29 (76 days left).',
};

export const monitoringUnknown: UpgradeObligation = {
  id: 'monitoring-eol',
  what: 'Monitoring platform 3.5',
  status: 'unknown',
  explanation:
    'Monitoring platform 3.5: the release calendar has no end-of-life date for version 3.5, so no deadline can be computed.',
};

export const acmePlan: UpgradePlan = {
  plannedDate: '2026-11-10',
  state: 'planned',
  note: 'Maintenance window agreed with the customer',
  updatedBy: 'user:default/guest',
  updatedAt: '2026-10-20T09:15:00.000Z',
};

/** Weekend nights in New York, with a year-end freeze; the openings as of 2026-11-14. */
export const acmeMaintenance: NonNullable<
  ClusterUpgradeResponse['maintenance']
> = {
  timeZone: 'America/New_York',
  windows: [{ days: ['sat', 'sun'], start: '01:00', end: '05:00' }],
  freezes: [
    { from: '2026-12-20', to: '2027-01-03', reason: 'Year-end freeze' },
  ],
  nextWindows: [
    '2026-11-21',
    '2026-11-22',
    '2026-11-28',
    '2026-11-29',
    '2026-12-05',
  ].map(date => ({
    date,
    start: `${date}T01:00:00-05:00`,
    end: `${date}T05:00:00-05:00`,
  })),
  nextWindowBeforeDeadline: {
    date: '2026-11-21',
    start: '2026-11-21T01:00:00-05:00',
    end: '2026-11-21T05:00:00-05:00',
  },
};

/** A qualified cluster within the supported window, with a plan. */
export const acmeProdUpgrade: ClusterUpgradeResponse = {
  today: '2026-11-14',
  cluster: upgradeCluster('acme-prod', 'acme', 'group:default/pod-blue'),
  assessment: {
    qualified: true,
    supportedLines: ['1.33', '1.34'],
    withinSupportedWindow: true,
    obligations: [controlPlaneEol, upgradePath, monitoringUnknown],
    next: controlPlaneEol,
    explanation:
      "Kubernetes 1.33 is within the supported window (1.33 and 1.34). The customer's environment configuration is qualified: the deadlines are guaranteed.",
  },
  live: null,
  plan: acmePlan,
  readiness: {
    targetVersion: '1.34',
    ready: true,
    blockers: [],
    warnings: [],
    scans: [],
  },
  maintenance: null,
  orderWarning: null,
};

function fleetItem(
  cluster: UpgradeCluster,
  next: UpgradeObligation | null,
  plan: UpgradePlan | null = null,
  conformance: ConformanceStatus = 'unknown',
  security: FleetUpgradeItem['security'] = {
    status: 'unknown',
    openDeviations: 0,
  },
): FleetUpgradeItem {
  return {
    cluster,
    qualified: true,
    withinSupportedWindow: true,
    next,
    status: next?.status ?? 'unknown',
    plan,
    conformance: { status: conformance, explanation: `${conformance} run` },
    history: [],
    readiness: {
      targetVersion: '1.34',
      ready: true,
      blockers: [],
      warnings: 0,
    },
    security,
  };
}

/** Overdue since October, blocked by two findings, with two upgrade paths met (one late). */
export const globexDevItem: FleetUpgradeItem = {
  ...fleetItem(
    upgradeCluster('globex-dev', 'globex', 'group:default/pod-red'),
    {
      ...controlPlaneEol,
      what: 'Kubernetes control plane 1.32',
      dueDate: '2026-10-30',
      daysLeft: -15,
      status: 'overdue',
    },
  ),
  history: [
    {
      ...upgradePath,
      dueDate: '2026-09-25',
      daysLeft: -50,
      status: 'met-late',
      metOn: '2026-10-15',
      daysLate: 20,
    },
    {
      ...upgradePath,
      id: 'upgrade-path:1.35',
      what: 'Upgrade path to Kubernetes 1.35',
      dueDate: '2026-06-01',
      daysLeft: -166,
      status: 'met',
      metOn: '2026-05-20',
    },
  ],
  readiness: {
    targetVersion: '1.34',
    ready: false,
    blockers: [
      {
        source: 'deprecated-api',
        message: 'Ingress web uses extensions/v1beta1, removed in 1.22',
        remedy: 'Move the Ingress to networking.k8s.io/v1.',
      },
      {
        source: 'version-skew',
        message: 'Worker nodes on 1.30 would be 4 minor versions behind 1.34',
        remedy: 'Upgrade the worker nodes first.',
      },
    ],
    warnings: 1,
  },
  security: { status: 'stale', openDeviations: 1 },
};

export const acmeProdItem = fleetItem(
  acmeProdUpgrade.cluster,
  controlPlaneEol,
  acmePlan,
  'conformant',
  { status: 'deviations', openDeviations: 3 },
);

/** Due in January, and its title needs quoting in CSV. */
export const initechProdItem = fleetItem(
  {
    ...upgradeCluster('initech-prod', 'initech', 'group:default/pod-blue'),
    title: 'Initech "prod", EU',
  },
  upgradePath,
  null,
  'non-conformant',
  { status: 'compliant', openDeviations: 0 },
);

/** No dated obligation. */
export const hooliDevItem = fleetItem(
  upgradeCluster('hooli-dev', 'hooli', 'group:default/pod-red'),
  null,
);

/** The fleet, sorted by days left as the backend sends it. */
export const fleetItems = [
  globexDevItem,
  acmeProdItem,
  initechProdItem,
  hooliDevItem,
];

/** The releases a new cluster may run on each platform, on the fixtures' day. */
export const supportedKubernetesVersions: Record<
  ClusterPlatform,
  SupportedKubernetesVersionsResponse
> = {
  eks: {
    platform: 'eks',
    today: '2026-11-14',
    calendar: { product: 'amazon-eks', title: 'Amazon EKS' },
    supportedLines: ['1.36', '1.35'],
    certified: [
      { version: '1.36', certifiedOn: '2026-10-20' },
      { version: '1.35', certifiedOn: '2026-06-01' },
    ],
    notYetCertified: [],
  },
  'rpc-k': {
    platform: 'rpc-k',
    today: '2026-11-14',
    calendar: { product: 'kubernetes', title: 'Kubernetes' },
    supportedLines: ['1.35', '1.34'],
    certified: [
      { version: '1.35', certifiedOn: '2026-02-10' },
      { version: '1.34', certifiedOn: '2025-10-01' },
    ],
    notYetCertified: [],
  },
};

/** A kubent scan of acme-prod with one finding, as the server stores it. */
export const acmeDeprecatedApiReport: DeprecatedApiReport = {
  id: 'report-1',
  clusterRef: 'resource:default/acme-prod',
  tool: 'kubent',
  sha256: 'a'.repeat(64),
  uploadedAt: '2026-11-20T10:00:00.000Z',
  uploadedBy: 'user:default/erin',
  findings: [
    {
      kind: 'PodSecurityPolicy',
      apiVersion: 'policy/v1beta1',
      name: 'restricted',
      namespace: null,
      deprecatedIn: '1.21',
      removedIn: '1.25',
    },
  ],
};

/**
 * An {@link MpkApi} of jest mocks, answering with the fixtures until told otherwise; the user is
 * the Engagement Manager of pod-blue.
 */
export function fakeMpkApi(): jest.Mocked<MpkApi> {
  return {
    getPersona: jest.fn().mockResolvedValue(blueEngagementManager),
    getClusterUpgrade: jest.fn().mockResolvedValue(acmeProdUpgrade),
    getFleetUpgrades: jest
      .fn()
      .mockResolvedValue({ today: '2026-11-14', items: fleetItems }),
    saveUpgradePlan: jest.fn().mockResolvedValue(acmePlan),
    getClusterSla: jest.fn().mockResolvedValue(acmeProdSla),
    listTickets: jest.fn().mockResolvedValue({
      now: acmeProdSla.now,
      items: [urgentTicket, stagingTicket, breachedTicket].map(summaryOf),
      totalCount: 3,
    }),
    openTicket: jest.fn().mockResolvedValue(urgentTicket),
    getTicket: jest.fn().mockResolvedValue(conversationTicket),
    addTicketComment: jest
      .fn()
      .mockImplementation(async (ticketId: string, body: string) => ({
        id: 'c-new',
        ticketId,
        author: 'user:default/erin',
        authorName: 'Erin Manager',
        side: 'provider',
        body,
        createdAt: new Date(Date.now()).toISOString(),
        countsAsResponse: false,
      })),
    addTicketEvent: jest.fn().mockResolvedValue(urgentTicket),
    getCredits: jest.fn().mockResolvedValue(acmeCredits),
    claimCredit: jest.fn(),
    getClusterConformance: jest.fn().mockResolvedValue(acmeProdConformance),
    uploadConformance: jest.fn().mockResolvedValue(failedRun),
    uploadDeprecatedApiReport: jest
      .fn()
      .mockResolvedValue(acmeDeprecatedApiReport),
    getClusterSecurity: jest.fn().mockResolvedValue(acmeProdSecurity),
    uploadSecurityReports: jest
      .fn()
      .mockResolvedValue({ reports: [kubeBenchReport] }),
    createSecurityException: jest
      .fn()
      .mockImplementation(async (_cluster, request) => ({
        ...request,
        id: 'exception-new',
        scope: request.scope ?? {},
        approvedBy: 'user:default/erin',
        approvedAt: '2026-11-14T10:00:00.000Z',
        origin: 'portal',
        state: 'active',
      })),
    getCustomerDeviations: jest.fn().mockResolvedValue(acmeDeviations),
    getSupportedKubernetesVersions: jest
      .fn()
      .mockImplementation(
        async (platform: ClusterPlatform) =>
          supportedKubernetesVersions[platform],
      ),
    listDesigns: jest
      .fn()
      .mockResolvedValue({ items: [acmeDesign, globexDesign] }),
    getDesign: jest.fn().mockResolvedValue(acmeDesign),
    decideDesign: jest.fn().mockResolvedValue(acmeAcceptedDesign),
  };
}
