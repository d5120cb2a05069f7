import { AuthService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  assessCreditMonth,
  CREDIT_TERMS,
  creditClaimRefusal,
  CreditClaimResponse,
  creditEventOf,
  CreditsResponse,
  CUSTOMER_GROUP_TYPE,
  customerContractSchema,
  CustomerContract,
  describeZodProblems,
  monthIn,
  monthRange,
  slaCompliance,
  TicketCredit,
  TicketSummary,
} from '@mpk-portal/plugin-mpk-common';
import { DateTime } from 'luxon';
import { ContractClock } from '../platform/ContractClock';
import { TicketService } from '../tickets/TicketService';
import { CreditClaimStore } from './CreditClaimStore';

/** Months of compliance the credits view charts, the requested one last. */
const chartedMonths = 12;

/** How long after its opening a ticket can still breach: more than any closure of the calendar. */
const longestResponseDays = 31;

/** A customer's catalog entry and contract terms, or why they cannot be read. */
type CustomerTerms =
  | { entity: Entity; contract: CustomerContract }
  | { problem: string };

function previousMonths(month: string, count: number): string[] {
  const last = DateTime.fromISO(`${month}-01`, { zone: 'utc' });
  return Array.from({ length: count }, (_, i) =>
    last.minus({ months: count - 1 - i }).toFormat('yyyy-MM'),
  );
}

/** Service credits for missed initial responses, per customer and month, and their claims. */
export class CreditService {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      tickets: TicketService;
      claims: CreditClaimStore;
      /** in whose time zone months and claim windows are counted */
      clock: ContractClock;
    },
  ) {}

  /** A customer's credits for a month; whether the caller may read them is the route's to check. */
  async credits(
    customerName: string,
    month: string | undefined,
  ): Promise<CreditsResponse> {
    const { timeZone } = this.deps.clock;
    const now = this.deps.clock.now();
    const { entity, contract } = await this.customer(customerName);
    const shownMonth = month ?? monthIn(timeZone, now);
    const months = previousMonths(shownMonth, chartedMonths);
    const from = DateTime.fromJSDate(monthRange(months[0], timeZone).from)
      .minus({ days: longestResponseDays })
      .toJSDate();
    const tickets = await this.deps.tickets.summarizeAll(
      {
        customers: [customerName],
        openedFrom: from,
        openedBefore: monthRange(shownMonth, timeZone).to,
      },
      now,
    );
    const claims = await this.deps.claims.claimsOf(customerName);

    return {
      customer: {
        name: customerName,
        title: entity.metadata.title ?? customerName,
        entityRef: stringifyEntityRef(entity),
      },
      month: shownMonth,
      timeZone,
      now: now.toISOString(),
      contract,
      terms: CREDIT_TERMS,
      ...assessCreditMonth({
        month: shownMonth,
        tickets,
        claims,
        contract,
        now,
        timeZone,
      }),
      complianceByMonth: months.map(m => {
        const range = monthRange(m, timeZone);
        return { month: m, ...slaCompliance(tickets, range.from, range.to) };
      }),
    };
  }

  /**
   * Requests the credit of a missed initial response. Refused, with the reason and nothing stored,
   * when the ticket has no breach, the breach earns no credit, or the 7-day window has closed. A
   * second request for the same ticket returns the first.
   */
  async claim(
    ticketId: string,
    requestedBy: string,
  ): Promise<{ response: CreditClaimResponse; created: boolean }> {
    const now = this.deps.clock.now();
    const { timeZone } = this.deps.clock;
    const ticket = await this.deps.tickets.find(ticketId, now);
    if (!ticket) {
      throw new InputError(`ticketId: no ticket ${ticketId}`);
    }
    const { contract } = await this.customer(ticket.customer);

    const existing = await this.deps.claims.claimOfTicket(ticketId);
    if (existing) {
      return {
        response: {
          claim: existing,
          event: creditEventOf(ticket, existing, contract, now, timeZone),
        },
        created: false,
      };
    }
    const refusal = creditClaimRefusal(ticket, contract, now, timeZone);
    if (refusal) throw new InputError(refusal);
    const { claim, created } = await this.deps.claims.insertClaim({
      ticketId,
      customer: ticket.customer,
      requestedAt: now.toISOString(),
      requestedBy,
    });
    return {
      response: {
        claim,
        event: creditEventOf(ticket, claim, contract, now, timeZone),
      },
      created,
    };
  }

  /**
   * The credit of a ticket's missed initial response, claimed or not, with the month the credits
   * view files it under; null when its response was not missed (or no SLA applies), undefined
   * when the catalog has no customer group with contract terms for its customer. A catalog or
   * database that fails is an error. Whether the caller may read credits is the route's to
   * check.
   */
  async ticketCredit(
    ticket: TicketSummary,
  ): Promise<TicketCredit | null | undefined> {
    if (!ticket.sla.applicable || ticket.sla.state !== 'breached') return null;
    const terms = await this.customerTerms(ticket.customer);
    if ('problem' in terms) return undefined;
    const { timeZone } = this.deps.clock;
    const claim = await this.deps.claims.claimOfTicket(ticket.id);
    const event = creditEventOf(
      ticket,
      claim ?? null,
      terms.contract,
      this.deps.clock.now(),
      timeZone,
    );
    return { ...event, month: monthIn(timeZone, event.breachedAt) };
  }

  /** The customer's group and contract terms; a customer without them is a bad request. */
  private async customer(
    name: string,
  ): Promise<{ entity: Entity; contract: CustomerContract }> {
    const terms = await this.customerTerms(name);
    if ('problem' in terms) throw new InputError(terms.problem);
    return terms;
  }

  /**
   * The customer's group and contract terms, read with the plugin's own credentials, or what is
   * missing in the catalog. A catalog that cannot be read throws.
   */
  private async customerTerms(name: string): Promise<CustomerTerms> {
    const entity = await this.deps.catalog.getEntityByRef(
      { kind: 'group', namespace: 'default', name },
      { credentials: await this.deps.auth.getOwnServiceCredentials() },
    );
    if (!entity || entity.spec?.type !== CUSTOMER_GROUP_TYPE) {
      return {
        problem: `customer: no customer group:default/${name} in the catalog`,
      };
    }
    const parsed = customerContractSchema.safeParse(entity.spec?.contract);
    if (!parsed.success) {
      return {
        problem: `The catalog entry of customer ${name} lacks its contract terms: ${describeZodProblems(
          parsed.error,
          { root: 'spec.contract' },
        )}`,
      };
    }
    return { entity, contract: parsed.data };
  }
}
