import { mockServices } from '@backstage/backend-test-utils';
import { newTicket } from '../__testUtils__/newTicket';
import { createStoreTestDatabases } from '../__testUtils__/storeTestDatabases';
import { TicketStore } from '../tickets/TicketStore';
import { CreditClaimStore } from './CreditClaimStore';

jest.setTimeout(60_000);

describe('CreditClaimStore', () => {
  const databases = createStoreTestDatabases();

  it.each(databases.eachSupportedId())(
    'keeps one claim per ticket on %p',
    async id => {
      const knex = await databases.init(id);
      const database = mockServices.database({ knex });
      const tickets = await TicketStore.create({ database });
      const store = await CreditClaimStore.create({ database });
      const { ticket } = await tickets.insertTicket(newTicket());
      const claim = {
        ticketId: ticket.id,
        customer: 'acme',
        requestedAt: '2026-11-21T10:00:00.000Z',
        requestedBy: 'user:default/erin-em',
      };
      const [first, second] = await Promise.all([
        store.insertClaim(claim),
        store.insertClaim({
          ...claim,
          requestedAt: '2026-11-22T10:00:00.000Z',
        }),
      ]);
      expect([first.created, second.created].sort()).toEqual([false, true]);
      expect(first.claim).toEqual(second.claim);
      expect(await store.claimsOf('acme')).toEqual([first.claim]);
      expect(await store.claimsOf('globex')).toEqual([]);
    },
  );
});
