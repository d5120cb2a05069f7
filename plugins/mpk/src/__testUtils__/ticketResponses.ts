import {
  ClusterSlaResponse,
  CreditsResponse,
  CREDIT_TERMS,
  Ticket,
  TicketSla,
  TicketSummary,
} from '@mpk-portal/plugin-mpk-common';

/** The moment the fixtures below are seen at. */
export const fixtureNow = Date.parse('2026-11-25T20:05:00.000Z');

const window = {
  date: '2026-11-25',
  kubernetesVersion: '1.35',
  supportedLines: ['1.36', '1.35'],
  within: true,
  explanation:
    'On 2026-11-25 the supported Amazon EKS releases were 1.36 and 1.35: 1.35 was inside the window',
};

function ticket(
  id: string,
  overrides: Partial<Omit<Ticket, 'sla'>>,
  sla: Partial<TicketSla>,
): Ticket {
  return {
    id,
    externalId: null,
    source: 'api',
    cluster: 'resource:default/acme-prod',
    customer: 'acme',
    environment: 'production',
    severity: 'urgent',
    category: 'technical',
    title: `Ticket ${id}`,
    openedAt: '2026-11-25T20:00:00.000Z',
    causedByThirdParty: false,
    status: 'open',
    supportedWindow: window,
    events: [],
    sla: {
      severity: 'urgent',
      target: 'PT15M',
      clock: '24x7',
      dueAt: '2026-11-25T20:15:00.000Z',
      atRiskFrom: '2026-11-25T20:11:15.000Z',
      state: 'pending',
      atRisk: false,
      applicable: true,
      explanation:
        'due Wed 2026-11-25 12:15 PST: opened Wed 2026-11-25 12:00 PST, 15 min around the clock',
      ...sla,
    },
    alertGroup: null,
    createdAt: '2026-11-25T20:00:00.000Z',
    description: null,
    openedBy: null,
    response: null,
    ...overrides,
  };
}

/** A ticket as lists serve it: without what only its page shows. */
export function summaryOf(full: Ticket): TicketSummary {
  const { description, events, supportedWindow, comments, credit, ...summary } =
    full;
  return summary;
}

/** Urgent, opened 5 minutes before {@link fixtureNow}: 10 minutes left. */
export const urgentTicket = ticket(
  'urgent-1',
  { title: 'Control plane unreachable' },
  {},
);

/** High asked on staging: the normal target, an hour of business time. */
export const stagingTicket = ticket(
  'staging-1',
  {
    title: 'Helm release stuck',
    cluster: 'resource:default/acme-staging',
    environment: 'non-production',
    severity: 'high',
    openedAt: '2026-11-25T19:30:00.000Z',
  },
  {
    severity: 'normal',
    target: 'PT1H',
    clock: 'business-hours',
    dueAt: '2026-11-25T20:30:00.000Z',
    atRiskFrom: '2026-11-25T20:15:00.000Z',
    explanation:
      'due Wed 2026-11-25 12:30 PST: opened Wed 2026-11-25 11:30 PST, 1 h counted on Wed; high is defined for production; on a non-production cluster the normal target applies',
  },
);

/** Answered late. */
export const breachedTicket = ticket(
  'breached-1',
  {
    title: 'Autoscaler does not add nodes',
    openedAt: '2026-11-02T11:00:00.000Z',
    events: [
      {
        type: 'responded',
        at: '2026-11-02T11:31:00.000Z',
        recordedAt: '2026-11-02T11:31:05.000Z',
        recordedBy: 'user:default/sam-scka',
      },
    ],
    response: {
      at: '2026-11-02T11:31:00.000Z',
      by: 'user:default/sam-scka',
      kind: 'acknowledgement',
    },
  },
  {
    dueAt: '2026-11-02T11:15:00.000Z',
    atRiskFrom: '2026-11-02T11:11:15.000Z',
    state: 'breached',
    respondedAt: '2026-11-02T11:31:00.000Z',
  },
);

/**
 * A ticket a customer opened in the portal, as `GET /tickets/:id` serves it: a conversation whose
 * provider comment was the initial response (answered late), the events, and its credit.
 */
export const conversationTicket: Ticket = ticket(
  'conversation-1',
  {
    title: 'Webhook timeouts block deployments',
    source: 'portal',
    openedAt: '2026-11-23T20:00:00.000Z',
    openedBy: 'user:default/dana',
    description:
      'Deployments fail since 19:50.\nkubectl apply times out on the webhook.',
    comments: [
      {
        id: 'c1',
        ticketId: 'conversation-1',
        author: 'user:default/dana',
        authorName: 'Dana Developer',
        side: 'customer',
        body: 'Still failing.\nSee <b>logs</b> at https://example.com/logs',
        createdAt: '2026-11-23T20:05:00.000Z',
        countsAsResponse: false,
      },
      {
        id: 'c2',
        ticketId: 'conversation-1',
        author: 'user:default/sam-scka',
        authorName: 'Sam Senior',
        side: 'provider',
        body: '<script>alert("x")</script> Looking at the webhook now.',
        createdAt: '2026-11-23T20:20:00.000Z',
        countsAsResponse: true,
      },
      {
        id: 'c3',
        ticketId: 'conversation-1',
        author: 'alertmanager',
        authorName: 'Alertmanager',
        side: 'service',
        body: 'The alert WebhookLatencyHigh resolved.',
        createdAt: '2026-11-23T21:00:00.000Z',
        countsAsResponse: false,
      },
    ],
    events: [
      {
        type: 'resolved',
        at: '2026-11-23T21:00:00.000Z',
        recordedAt: '2026-11-23T21:00:01.000Z',
        recordedBy: 'alertmanager',
      },
      {
        type: 'reopened',
        at: '2026-11-23T21:30:00.000Z',
        recordedAt: '2026-11-23T21:30:02.000Z',
        recordedBy: 'user:default/dana',
      },
    ],
    response: {
      at: '2026-11-23T20:20:00.000Z',
      by: 'user:default/sam-scka',
      kind: 'comment',
    },
    credit: {
      ticket: {
        id: 'conversation-1',
        title: 'Webhook timeouts block deployments',
        cluster: 'resource:default/acme-prod',
        openedAt: '2026-11-23T20:00:00.000Z',
        severity: 'urgent',
      },
      breachedAt: '2026-11-23T20:15:00.000Z',
      claimDeadline: '2026-11-30T20:15:00.000Z',
      eligible: true,
      reasons: [],
      claim: null,
      claimStatus: 'claimable',
      explanation:
        'Earns $250 if requested by 2026-11-30T20:15:00.000Z (7 days after the breach).',
      month: '2026-11',
    },
  },
  {
    dueAt: '2026-11-23T20:15:00.000Z',
    atRiskFrom: '2026-11-23T20:11:15.000Z',
    state: 'breached',
    respondedAt: '2026-11-23T20:20:00.000Z',
    explanation:
      'due Mon 2026-11-23 12:15 PST: opened Mon 2026-11-23 12:00 PST, 15 min around the clock',
  },
);

export const acmeProdSla: ClusterSlaResponse = {
  supportedWindow: window,
  cluster: 'resource:default/acme-prod',
  now: new Date(fixtureNow).toISOString(),
  openTickets: [urgentTicket, stagingTicket].map(summaryOf),
  compliance: {
    last30Days: {
      from: '2026-10-26T20:05:00.000Z',
      to: '2026-11-25T20:05:00.001Z',
      met: 3,
      breached: 1,
      pending: 2,
      percent: 75,
    },
    last90Days: {
      from: '2026-08-27T20:05:00.000Z',
      to: '2026-11-25T20:05:00.001Z',
      met: 0,
      breached: 0,
      pending: 0,
      percent: null,
    },
  },
};

const months = [
  '2025-12',
  '2026-01',
  '2026-02',
  '2026-03',
  '2026-04',
  '2026-05',
  '2026-06',
  '2026-07',
  '2026-08',
  '2026-09',
  '2026-10',
  '2026-11',
];

/** The months with decided responses; the others had none. */
const recentCompliance: Record<string, object> = {
  '2026-09': { met: 3, breached: 0, percent: 100 },
  '2026-10': { met: 3, breached: 1, percent: 75 },
  '2026-11': { met: 3, breached: 3, percent: 50 },
};

export const acmeCredits: CreditsResponse = {
  customer: {
    name: 'acme',
    title: 'Acme Corporation',
    entityRef: 'group:default/acme',
  },
  month: '2026-11',
  timeZone: 'America/Los_Angeles',
  now: new Date(fixtureNow).toISOString(),
  contract: {
    monthlySupportFeeUsd: 12000,
    onboardingUntil: '2026-03-31',
    agreementBreaches: [],
  },
  terms: CREDIT_TERMS,
  events: [
    {
      ticket: {
        id: 'breached-1',
        title: 'Autoscaler does not add nodes',
        cluster: 'resource:default/acme-prod',
        openedAt: '2026-11-02T11:00:00.000Z',
        severity: 'urgent',
      },
      breachedAt: '2026-11-02T11:15:00.000Z',
      claimDeadline: '2026-11-09T11:15:00.000Z',
      eligible: true,
      reasons: [],
      claim: null,
      claimStatus: 'expired',
      explanation:
        'Not requested within 7 days after the breach (by 2026-11-09T11:15:00.000Z): no credit.',
    },
    {
      ticket: {
        id: 'breached-2',
        title: 'Webhook timeouts block deployments',
        cluster: 'resource:default/acme-prod',
        openedAt: '2026-11-23T20:00:00.000Z',
        severity: 'urgent',
      },
      breachedAt: '2026-11-23T20:15:00.000Z',
      claimDeadline: '2026-11-30T20:15:00.000Z',
      eligible: true,
      reasons: [],
      claim: null,
      claimStatus: 'claimable',
      explanation:
        'Earns $250 if requested by 2026-11-30T20:15:00.000Z (7 days after the breach).',
    },
    {
      ticket: {
        id: 'breached-3',
        title: 'Nodes unreachable during the AWS outage',
        cluster: 'resource:default/acme-prod',
        openedAt: '2026-11-05T15:10:00.000Z',
        severity: 'high',
      },
      breachedAt: '2026-11-05T16:10:00.000Z',
      claimDeadline: '2026-11-12T16:10:00.000Z',
      eligible: false,
      reasons: ['caused by a party other than the provider'],
      claim: null,
      claimStatus: 'ineligible',
      explanation: 'No credit: caused by a party other than the provider.',
    },
  ],
  totals: {
    breaches: 3,
    eligible: 2,
    claimed: 0,
    claimedUsd: 0,
    capUsd: 12000,
    payableUsd: 0,
    capped: false,
  },
  explanation:
    '3 missed initial response(s) in 2026-11, 2 eligible for a credit, 0 claimed: 0 x $250 = $0, under the cap of $12,000 (100% of the monthly support fee): $0 payable.',
  complianceByMonth: months.map(month => ({
    month,
    from: `${month}-01T08:00:00.000Z`,
    to: `${month}-28T08:00:00.000Z`,
    met: 0,
    breached: 0,
    pending: 0,
    percent: null,
    ...recentCompliance[month],
  })),
};
