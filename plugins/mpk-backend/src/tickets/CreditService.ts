import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  assessCreditMonth,
  claimTimeliness,
  CREDIT_TERMS,
  CreditClaimResponse,
  creditEventOf,
  CreditsResponse,
  customerContractSchema,
  CustomerContract,
  monthIn,
  monthRange,
  slaCompliance,
} from '@mpk-portal/plugin-mpk-common';
import { DateTime } from 'luxon';
import { TicketStore } from '../database/TicketStore';
import { TicketService } from './TicketService';

/** Months of compliance the credits view charts, the requested one last. */
const chartedMonths = 12;

/** How long after its opening a ticket can still breach: more than any closure of the calendar. */
const longestResponseDays = 31;

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
      store: TicketStore;
      /** the contract's time zone, in which months and claim windows are counted */
      timeZone: string;
    },
  ) {}

  async credits(
    customerName: string,
    month: string | undefined,
    credentials: BackstageCredentials,
  ): Promise<CreditsResponse> {
    const { timeZone } = this.deps;
    const now = this.deps.tickets.now();
    const { entity, contract } = await this.customer(customerName, credentials);
    const shownMonth = month ?? monthIn(timeZone, now);
    const months = previousMonths(shownMonth, chartedMonths);
    const from = DateTime.fromJSDate(monthRange(months[0], timeZone).from)
      .minus({ days: longestResponseDays })
      .toJSDate();
    const tickets = (
      await this.deps.store.listTickets({
        customers: [customerName],
        openedFrom: from,
        openedBefore: monthRange(shownMonth, timeZone).to,
      })
    ).map(t => this.deps.tickets.present(t, now));
    const claims = await this.deps.store.claimsOf(customerName);

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
    const now = this.deps.tickets.now();
    const stored = await this.deps.store.getTicket(ticketId);
    if (!stored) {
      throw new InputError(`ticketId: no ticket ${ticketId}`);
    }
    const ticket = this.deps.tickets.present(stored, now);
    // The terms of the ticket's own customer, whoever may see that customer in the catalog.
    const { contract } = await this.customer(
      ticket.customer,
      await this.deps.auth.getOwnServiceCredentials(),
    );
    const { timeZone } = this.deps;

    const existing = await this.deps.store.claimOfTicket(ticketId);
    if (existing) {
      return {
        response: {
          claim: existing,
          event: creditEventOf(ticket, existing, contract, now, timeZone),
        },
        created: false,
      };
    }
    if (!ticket.sla.applicable) {
      throw new InputError(
        `ticketId: ticket ${ticketId} carries no SLA, so it earns no credit (${ticket.sla.explanation})`,
      );
    }
    if (ticket.sla.state !== 'breached') {
      throw new InputError(
        `ticketId: ticket ${ticketId} has no missed initial response: its SLA is ${ticket.sla.state} (due ${ticket.sla.dueAt})`,
      );
    }
    const event = creditEventOf(ticket, null, contract, now, timeZone);
    if (!event.eligible) {
      throw new InputError(
        `Credit refused for ticket ${ticketId}: ${event.reasons.join('; ')}`,
      );
    }
    const timeliness = claimTimeliness(
      {
        ticketId,
        breachedAt: ticket.sla.dueAt,
        causedByThirdParty: ticket.causedByThirdParty,
      },
      now,
      timeZone,
    );
    if (!timeliness.onTime) {
      throw new InputError(
        `Credit refused for ticket ${ticketId}: ${timeliness.reason}`,
      );
    }
    const { claim, created } = await this.deps.store.insertClaim({
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

  private async customer(
    name: string,
    credentials: BackstageCredentials,
  ): Promise<{ entity: Entity; contract: CustomerContract }> {
    const entity = await this.deps.catalog.getEntityByRef(
      { kind: 'group', namespace: 'default', name },
      { credentials },
    );
    if (!entity || entity.spec?.type !== 'customer') {
      throw new InputError(
        `customer: no customer group:default/${name} in the catalog`,
      );
    }
    const parsed = customerContractSchema.safeParse(entity.spec?.contract);
    if (!parsed.success) {
      throw new InputError(
        `The catalog entry of customer ${name} lacks its contract terms: ${parsed.error.issues
          .map(
            issue =>
              `spec.contract${issue.path.map(p => `.${String(p)}`).join('')}: ${
                issue.message
              }`,
          )
          .join('; ')}`,
      );
    }
    return { entity, contract: parsed.data };
  }
}
