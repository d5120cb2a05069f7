import { NewTicket } from '../tickets/TicketStore';

/** A ticket as the store takes it: urgent, technical, on acme-prod, opened 2026-11-20. */
export const newTicket = (overrides: Partial<NewTicket> = {}): NewTicket => ({
  externalId: null,
  source: 'api',
  clusterRef: 'resource:default/acme-prod',
  customer: 'acme',
  environment: 'production',
  supportedWindow: {
    date: '2026-11-20',
    kubernetesVersion: '1.35',
    supportedLines: ['1.36', '1.35'],
    within: true,
    explanation: 'inside',
  },
  severity: 'urgent',
  category: 'technical',
  title: 'API server unreachable',
  openedAt: new Date('2026-11-20T16:30:00.000Z'),
  causedByThirdParty: false,
  alertGroup: null,
  ...overrides,
});
