import { mockServices } from '@backstage/backend-test-utils';
import { ServiceUnavailableError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { TicketSummary } from '@mpk-portal/plugin-mpk-common';
import { exampleCatalog } from '../__testUtils__/exampleCatalog';
import { ContractClock } from '../platform/ContractClock';
import { CreditClaimStore } from './CreditClaimStore';
import { CreditService } from './CreditService';
import { TicketService } from '../tickets/TicketService';

const now = new Date('2026-12-01T18:00:00.000Z');

/** Urgent on acme-prod, missed at 23:45 Pacific on the last day of November: 07:45 UTC in December. */
const breached: TicketSummary = {
  id: 't-1',
  externalId: null,
  source: 'api',
  cluster: 'resource:default/acme-prod',
  customer: 'acme',
  environment: 'production',
  severity: 'urgent',
  category: 'technical',
  title: 'Control plane unreachable',
  openedAt: '2026-12-01T07:30:00.000Z',
  causedByThirdParty: false,
  status: 'open',
  sla: {
    severity: 'urgent',
    target: 'PT15M',
    clock: '24x7',
    dueAt: '2026-12-01T07:45:00.000Z',
    atRiskFrom: '2026-12-01T07:41:15.000Z',
    state: 'breached',
    atRisk: false,
    applicable: true,
    explanation: 'due Mon 2026-11-30 23:45 PST',
  },
  alertGroup: null,
  createdAt: '2026-12-01T07:30:00.000Z',
  openedBy: 'ticketing-system',
  response: null,
};

function creditService(catalog: CatalogService) {
  return new CreditService({
    catalog,
    auth: mockServices.auth(),
    tickets: {} as TicketService,
    claims: {
      claimOfTicket: async () => undefined,
    } as unknown as CreditClaimStore,
    clock: new ContractClock('America/Los_Angeles', () => now),
  });
}

describe('CreditService.ticketCredit', () => {
  it("files a breach under its month in the contract's time zone", async () => {
    const credits = creditService(
      catalogServiceMock({ entities: exampleCatalog() }),
    );
    expect(await credits.ticketCredit(breached)).toMatchObject({
      breachedAt: '2026-12-01T07:45:00.000Z',
      month: '2026-11',
      claimStatus: 'claimable',
    });
  });

  it('leaves the credit out for a customer the catalog gives no contract terms', async () => {
    const credits = creditService(
      catalogServiceMock({
        entities: exampleCatalog().filter(e => e.metadata.name !== 'acme'),
      }),
    );
    expect(await credits.ticketCredit(breached)).toBeUndefined();
  });

  it('lets a catalog that fails fail the request, rather than hide the credit', async () => {
    const catalog = catalogServiceMock.mock({
      getEntityByRef: async () => {
        throw new ServiceUnavailableError('catalog unavailable');
      },
    });
    await expect(creditService(catalog).ticketCredit(breached)).rejects.toThrow(
      new ServiceUnavailableError('catalog unavailable'),
    );
  });
});
