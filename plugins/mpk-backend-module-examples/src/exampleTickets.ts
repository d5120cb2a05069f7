import { ResponseError } from '@backstage/errors';
import { MpkHttpClient, mpkData } from '@mpk-portal/plugin-mpk-client';
import {
  instantSchema,
  TICKET_CATEGORIES,
  TICKET_EVENT_TYPES,
  TICKET_SEVERITIES,
} from '@mpk-portal/plugin-mpk-common';
import { z } from 'zod';
import { exampleDurationSchema, readExampleFile } from './exampleFiles';

const exampleTicket = z
  .strictObject({
    externalId: z.string().min(1),
    cluster: z.string().min(1),
    severity: z.enum(TICKET_SEVERITIES),
    category: z.enum(TICKET_CATEGORIES),
    title: z.string().min(1),
    /** a fixed opening time, or */
    openedAt: instantSchema.optional(),
    /** how long before the first load the ticket was opened */
    openedAgo: exampleDurationSchema('PT25M').optional(),
    causedByThirdParty: z.boolean().default(false),
    /** each event this long after the opening */
    events: z
      .array(
        z.strictObject({
          type: z.enum(TICKET_EVENT_TYPES),
          after: exampleDurationSchema('PT25M'),
        }),
      )
      .default([]),
  })
  .refine(t => (t.openedAt === undefined) !== (t.openedAgo === undefined), {
    message: 'give exactly one of openedAt and openedAgo',
  });

const exampleFile = z.strictObject({ tickets: z.array(exampleTicket) });

/** An example ticket, ready to be opened. */
export type ExampleTicket = z.output<typeof exampleTicket>;

/** Reads and checks an example tickets file; throws naming the file and every problem. */
export async function readExampleTickets(
  file: string,
): Promise<ExampleTicket[]> {
  return (await readExampleFile(file, exampleFile, 'Example tickets')).tickets;
}

const statusOf = (error: unknown) =>
  error instanceof ResponseError ? error.response.status : undefined;

/**
 * Opens the example tickets not opened yet through the mpk API, as a ticketing system would,
 * with their events. A ticket whose cluster the catalog has not ingested yet (the API refuses
 * its cluster) waits for the next call. Returns the external ids still waiting.
 */
export async function loadExampleTickets(options: {
  examples: ExampleTicket[];
  client: MpkHttpClient;
  /** the caller's `Authorization` header */
  headers: Record<string, string>;
  now: Date;
}): Promise<{ opened: number; waiting: string[] }> {
  const { examples, client, headers, now } = options;
  let opened = 0;
  const waiting: string[] = [];
  for (const example of examples) {
    const openedAt =
      example.openedAt ?? new Date(now.getTime() - example.openedAgo!);
    let answer;
    try {
      answer = await client.post('/tickets', {
        headers,
        body: {
          externalId: example.externalId,
          cluster: example.cluster,
          severity: example.severity,
          category: example.category,
          title: example.title,
          openedAt: openedAt.toISOString(),
          causedByThirdParty: example.causedByThirdParty,
        },
      });
    } catch (error) {
      // 409: opened by an earlier load, at an opening time relative to that load.
      if (statusOf(error) === 409) continue;
      if (statusOf(error) !== 400) throw error;
      waiting.push(example.externalId);
      continue;
    }
    // Events only with the ticket's creation: relative times differ on every load.
    if (answer.response.status !== 201) continue;
    opened++;
    const ticket = mpkData(answer);
    for (const event of example.events) {
      await client.post('/tickets/{id}/events', {
        headers,
        params: { path: { id: ticket.id } },
        body: {
          type: event.type,
          at: new Date(openedAt.getTime() + event.after).toISOString(),
        },
      });
    }
  }
  return { opened, waiting };
}
