import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { isClusterEntity } from '@mpk-portal/plugin-mpk-common';

/**
 * The Tickets tab of `kubernetes-cluster` Resource pages: every ticket with its SLA.
 * @alpha
 */
export const ticketsEntityContent = EntityContentBlueprint.make({
  name: 'tickets',
  params: {
    path: 'tickets',
    title: 'Tickets',
    filter: isClusterEntity,
    loader: () =>
      import('../components/TicketsContent').then(m => <m.TicketsContent />),
  },
});
