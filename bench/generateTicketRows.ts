// Deterministic rows of mpk_tickets and mpk_ticket_events for bench/ticketList.ts: the same seed
// gives the same tickets, opened at the same distances before `now`.
import {
  ticketSlaFacts,
  TicketCategory,
  TicketSeverity,
  TicketSource,
} from '@mpk-portal/plugin-mpk-common';
// The plugin's own mapping of SLA facts to columns, so the rows are those the plugin writes.
import { slaFactsColumns } from '../plugins/mpk-backend/src/tickets/ticketRows';

const minuteMs = 60 * 1000;
const dayMs = 24 * 60 * minuteMs;

/** A 32-bit linear congruential generator, uniform in [0, 1). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** One of `choices`, each with its weight. */
function weighted<T>(random: () => number, choices: [T, number][]): T {
  let r = random() * choices.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [choice, weight] of choices) {
    r -= weight;
    if (r < 0) return choice;
  }
  return choices[choices.length - 1][0];
}

/** A UUID-shaped id from the generator, so that ids (the order's tie-break) repeat too. */
function seededId(random: () => number): string {
  const hex = Array.from({ length: 32 }, () =>
    Math.floor(random() * 16).toString(16),
  ).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(
    13,
    16,
  )}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** Who opens tickets through the API and Alertmanager; people open them in the portal. */
const openers: Partial<Record<TicketSource, string>> = {
  api: 'ticket-bridge',
  alertmanager: 'alertmanager',
};

export interface GeneratedTickets {
  tickets: Record<string, unknown>[];
  events: Record<string, unknown>[];
}

/**
 * `count` tickets opened over the two years before `now`, as the desk stores them: the SLA facts
 * of `ticketSlaFacts` (default calendar), the first response kept with the ticket and its events.
 * Most are answered in time and resolved; about 5% of the answered ones were answered late; 1% of
 * the older ones and 40% of those of the last two days are still unanswered (the overdue ones
 * already notified, as the alert task would have done). About 13% are non-technical and 8% were
 * outside the supported window: no SLA. No unanswered ticket with an SLA is due within an hour of
 * `now`, so no ticket changes state while the benchmark runs.
 */
export function generateTicketRows(
  count: number,
  now: Date,
  seed = 20261202,
): GeneratedTickets {
  const random = seededRandom(seed);
  const tickets: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  const nowMs = now.getTime();
  for (let i = 0; i < count; i++) {
    const id = seededId(random);
    const cluster = Math.floor(random() * 600);
    const environment =
      cluster % 5 < 3 ? ('production' as const) : ('non-production' as const);
    const source = weighted<TicketSource>(random, [
      ['portal', 60],
      ['api', 25],
      ['alertmanager', 15],
    ]);
    const severity = weighted<TicketSeverity>(random, [
      ['urgent', 5],
      ['high', 15],
      ['normal', 50],
      ['low', 30],
    ]);
    const category: TicketCategory =
      source !== 'alertmanager' && random() < 0.15
        ? 'non-technical'
        : 'technical';
    const within = random() >= 0.08;
    const ageMs = Math.floor(random() * 730 * dayMs);
    const openedAt = new Date(nowMs - ageMs);
    const facts = ticketSlaFacts({
      severity,
      category,
      environment,
      openedAt,
      withinSupportedWindow: within,
    });
    const dueMs = facts.dueAt.getTime();
    const targetMs = dueMs - openedAt.getTime();

    let unanswered = random() < (ageMs < 2 * dayMs ? 0.4 : 0.01);
    let respondedMs = 0;
    if (!unanswered) {
      respondedMs =
        random() < 0.05
          ? dueMs + Math.floor(random() * 4 * 60 * minuteMs) + minuteMs
          : openedAt.getTime() + Math.floor(random() * targetMs);
      // Not answered yet, this recent ticket.
      if (respondedMs > nowMs - minuteMs) unanswered = true;
    }
    if (
      unanswered &&
      Math.abs(dueMs - nowMs) < 60 * minuteMs &&
      facts.applicable
    ) {
      // Due about now: answered in time instead, so that counts stay put during the run.
      unanswered = false;
      respondedMs =
        openedAt.getTime() +
        Math.floor((Math.min(dueMs, nowMs) - openedAt.getTime()) / 2);
    }
    const respondedAt = unanswered ? null : new Date(respondedMs);
    const responseKind = unanswered
      ? null
      : weighted(random, [
          ['comment', 60],
          ['acknowledgement', 30],
          ['resolution', 10],
        ]);
    const responder = `user:default/engineer-${cluster % 40}`;

    // Resolved unless recent or never answered; some were reopened and resolved again.
    let status = 'open';
    if (respondedAt) {
      const resolvedMs =
        responseKind === 'resolution'
          ? respondedMs
          : respondedMs + Math.floor(random() * 5 * dayMs);
      if (responseKind === 'resolution' || resolvedMs < nowMs - minuteMs) {
        status = 'resolved';
        if (responseKind !== 'resolution') {
          events.push(event(id, 'responded', respondedMs, responder));
        }
        events.push(event(id, 'resolved', resolvedMs, responder));
        if (random() < 0.05 && resolvedMs + 2 * dayMs < nowMs) {
          events.push(
            event(
              id,
              'reopened',
              resolvedMs + dayMs,
              `user:default/customer-${cluster % 200}`,
            ),
          );
          events.push(
            event(id, 'resolved', resolvedMs + 2 * dayMs - minuteMs, responder),
          );
        }
      } else {
        events.push(event(id, 'responded', respondedMs, responder));
      }
    }

    // What the alert task would have sent by now while the ticket waited for its response.
    const waitedUntil = respondedAt ? respondedMs : nowMs;
    const alerted = facts.applicable;
    tickets.push({
      id,
      external_id: source === 'portal' ? null : `bench-${i}`,
      source,
      cluster_ref: `resource:default/cluster-${cluster}`,
      customer: `customer-${Math.floor(cluster / 4)}`,
      environment,
      supported_window: JSON.stringify({
        date: openedAt.toISOString().slice(0, 10),
        kubernetesVersion: within ? '1.34' : '1.31',
        supportedLines: ['1.35', '1.34'],
        within,
        explanation: `The supported Amazon EKS releases were 1.35 and 1.34: ${
          within ? '1.34 was inside' : '1.31 was outside'
        } the window`,
      }),
      severity,
      category,
      title: `Ticket ${i}: ${
        category === 'technical'
          ? 'pods pending after node rotation'
          : 'question about the next upgrade window'
      }`,
      description:
        'Since this morning some workloads do not come up again; the events show FailedScheduling. ' +
        'We changed nothing on our side. Could you have a look?',
      opened_at: openedAt,
      opened_by: openers[source] ?? `user:default/customer-${cluster % 200}`,
      owner_ref: `group:default/pod-${cluster % 40}`,
      caused_by_third_party: random() < 0.03,
      status,
      alert_group_key:
        source === 'alertmanager' ? `{}:{alertname="Node${i}"}` : null,
      alert_external_url:
        source === 'alertmanager' ? 'https://alertmanager.example.com' : null,
      created_at: openedAt,
      ...slaFactsColumns(facts),
      responded_at: respondedAt,
      responded_by: respondedAt ? responder : null,
      response_kind: responseKind,
      at_risk_notified_at:
        alerted && waitedUntil > facts.atRiskFrom.getTime()
          ? facts.atRiskFrom
          : null,
      breach_notified_at: alerted && waitedUntil > dueMs ? facts.dueAt : null,
    });
  }
  return { tickets, events };
}

function event(ticketId: string, type: string, atMs: number, by: string) {
  return {
    ticket_id: ticketId,
    type,
    at: new Date(atMs),
    recorded_at: new Date(atMs),
    recorded_by: by,
  };
}
