import { InputError } from '@backstage/errors';
import {
  TICKET_CATEGORIES,
  TICKET_EVENT_TYPES,
  TICKET_SEVERITIES,
} from '@mpk-portal/plugin-mpk-common';
import { Duration } from 'luxon';
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { instantSchema } from '../service/parseInput';
import { TicketService } from './TicketService';

const isoDuration = z
  .string()
  .refine(
    text => Duration.fromISO(text).isValid,
    'expected an ISO 8601 duration, e.g. PT25M',
  )
  .transform(text => Duration.fromISO(text).toMillis());

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
    openedAgo: isoDuration.optional(),
    causedByThirdParty: z.boolean().default(false),
    /** each event this long after the opening */
    events: z
      .array(
        z.strictObject({
          type: z.enum(TICKET_EVENT_TYPES),
          after: isoDuration,
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
  let parsed: unknown;
  try {
    parsed = parseYaml(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`Example tickets file ${file} cannot be read: ${error}`);
  }
  const result = exampleFile.safeParse(parsed);
  if (!result.success) {
    throw new Error(
      `Example tickets file ${file} has problems: ${result.error.issues
        .map(issue => `${issue.path.join('.')}: ${issue.message}`)
        .join('; ')}`,
    );
  }
  return result.data.tickets;
}

/**
 * Opens the example tickets not opened yet, with their events. A ticket whose cluster the catalog
 * has not ingested yet waits for the next call. Returns the external ids still waiting.
 */
export async function loadExampleTickets(options: {
  examples: ExampleTicket[];
  tickets: TicketService;
}): Promise<{ opened: number; waiting: string[] }> {
  const { examples, tickets } = options;
  let opened = 0;
  const waiting: string[] = [];
  for (const example of examples) {
    if (await tickets.getByExternalId(example.externalId)) continue;
    const openedAt =
      example.openedAt ??
      new Date(tickets.now().getTime() - example.openedAgo!);
    let result;
    try {
      result = await tickets.open({ ...example, openedAt, source: 'example' });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      waiting.push(example.externalId);
      continue;
    }
    // Events only with the ticket's creation: relative times differ on every load.
    if (!result.created) continue;
    opened++;
    for (const event of example.events) {
      await tickets.addEvent(
        result.ticket.id,
        { type: event.type, at: new Date(openedAt.getTime() + event.after) },
        'example',
      );
    }
  }
  return { opened, waiting };
}
