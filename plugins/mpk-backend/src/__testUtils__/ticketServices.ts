import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { DEFAULT_SUPPORT_CALENDAR } from '@mpk-portal/plugin-mpk-common';
import knexFactory, { Knex } from 'knex';
import { ContractClock } from '../shared/ContractClock';
import { ReleaseCalendars } from '../releases/ReleaseCalendars';
import { TicketStore } from '../tickets/TicketStore';
import { TicketService } from '../tickets/TicketService';

const knexes: Knex[] = [];
afterAll(() => Promise.all(knexes.splice(0).map(k => k.destroy())));

/**
 * A ticket service on a fresh in-memory SQLite database, the shipped release calendars and the
 * contract's support calendar, at a fixed moment. The catalog's entities can be changed later.
 */
export async function ticketServiceWith(entities: Entity[], now: Date) {
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: ':memory:',
    useNullAsDefault: true,
  });
  knexes.push(knex);
  const store = await TicketStore.create({
    database: mockServices.database({ knex }),
  });
  const catalog = { entities };
  const tickets = new TicketService({
    catalog: {
      ...catalogServiceMock(),
      getEntityByRef: (ref, options) =>
        catalogServiceMock({ entities: catalog.entities }).getEntityByRef(
          ref,
          options,
        ),
    } as ReturnType<typeof catalogServiceMock>,
    auth: mockServices.auth(),
    calendars: await ReleaseCalendars.create({
      logger: mockServices.logger.mock(),
    }),
    store,
    supportCalendar: DEFAULT_SUPPORT_CALENDAR,
    clock: new ContractClock('America/Los_Angeles', () => now),
  });
  return { tickets, store, catalog };
}
