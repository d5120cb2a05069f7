import { ticketSlaFacts } from '@mpk-portal/plugin-mpk-common';
import { NewTicket } from '../tickets/TicketStore';

/**
 * A ticket as the store takes it: urgent, technical, on acme-prod (pod Blue's), opened
 * 2026-11-20, with the SLA facts the contract's calendar gives its fields.
 */
export const newTicket = (
  overrides: Partial<Omit<NewTicket, 'slaFacts'>> = {},
): NewTicket => {
  const ticket = {
    externalId: null,
    source: 'api' as const,
    clusterRef: 'resource:default/acme-prod',
    customer: 'acme',
    environment: 'production' as const,
    supportedWindow: {
      date: '2026-11-20',
      kubernetesVersion: '1.35',
      supportedLines: ['1.36', '1.35'],
      within: true,
      explanation: 'inside',
    },
    severity: 'urgent' as const,
    category: 'technical' as const,
    title: 'API server unreachable',
    description: null,
    openedAt: new Date('2026-11-20T16:30:00.000Z'),
    openedBy: 'user:default/dana-acme',
    ownerRef: 'group:default/pod-blue',
    causedByThirdParty: false,
    alertGroup: null,
    ...overrides,
  };
  return {
    ...ticket,
    slaFacts: ticketSlaFacts({
      ...ticket,
      withinSupportedWindow: ticket.supportedWindow.within,
    }),
  };
};
