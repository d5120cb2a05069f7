// P5: GET /api/mpk/tickets?state=…&limit=50 of a real backend holding 100,000 tickets, against
// the same page read with plain knex queries on the same database (the baseline): the page's rows
// by the same SLA state and the total count. List items are summaries without events, so neither
// side reads the events. Measured in the same run, on SQLite and on PostgreSQL. Run with
// `npm run bench`.
import knexFactory, { Knex } from 'knex';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  benchHeaders as headers,
  benchPostgresConnection,
  median,
  startBenchBackend,
  withFreshPostgres,
} from './benchBackend';
import { generateTicketRows, GeneratedTickets } from './generateTicketRows';

const ticketCount = Number(process.env.MPK_BENCH_TICKETS ?? 100_000);
const rounds = Number(process.env.MPK_BENCH_ROUNDS ?? 15);
const limit = 50;

type State = 'pending' | 'met' | 'breached';

/** The pages timed: the first page of each state, and a deeper page of the two large ones. */
const cases: { state: State; offset: number }[] = [
  { state: 'pending', offset: 0 },
  { state: 'met', offset: 0 },
  { state: 'breached', offset: 0 },
  { state: 'met', offset: 1000 },
  { state: 'breached', offset: 1000 },
];

/**
 * Each SLA state as SQL, written here from the rule (`slaAt` of mpk-common) and not taken from the
 * plugin's slaStateQuery, so that the baseline's counts check the route's.
 */
const stateConditions: Record<State, (now: Date) => [string, unknown[]]> = {
  met: () => [
    'responded_at is not null and (responded_at <= due_at or sla_applicable = ?)',
    [false],
  ],
  breached: now => [
    'sla_applicable = ? and (responded_at > due_at or (responded_at is null and due_at < ?))',
    [true, now],
  ],
  pending: now => [
    'responded_at is null and (sla_applicable = ? or due_at >= ?)',
    [false, now],
  ],
};

interface Page {
  ids: string[];
  totalCount: number;
}

/** The page as the baseline reads it: rows and count, two plain queries. */
async function baselinePage(
  db: Knex,
  state: State,
  offset: number,
): Promise<Page> {
  const [sql, bindings] = stateConditions[state](new Date());
  const [{ n }] = await db('mpk_tickets')
    .whereRaw(sql, bindings as Knex.RawBinding[])
    .count({ n: '*' });
  const rows = await db('mpk_tickets')
    .whereRaw(sql, bindings as Knex.RawBinding[])
    .orderBy('opened_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .offset(offset);
  return { ids: rows.map(row => row.id as string), totalCount: Number(n) };
}

/** The page as the route serves it, each ticket's SLA state checked against the one asked for. */
async function routePage(
  baseUrl: string,
  state: State,
  offset: number,
): Promise<Page> {
  const url = `${baseUrl}/api/mpk/tickets?state=${state}&limit=${limit}&offset=${offset}`;
  const response = await fetch(url, { headers });
  if (!response.ok) {
    throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`);
  }
  const page = await response.json();
  for (const item of page.items) {
    if (item.sla.state !== state) {
      throw new Error(`${url}: ticket ${item.id} is ${item.sla.state}`);
    }
  }
  return {
    ids: page.items.map((t: { id: string }) => t.id),
    totalCount: page.totalCount,
  };
}

/** Times a page read, and checks it is the page the other side reads (none can look fast broken). */
async function time(
  read: () => Promise<Page>,
  expected: Page,
): Promise<number> {
  const started = performance.now();
  const page = await read();
  const elapsed = performance.now() - started;
  if (
    page.totalCount !== expected.totalCount ||
    page.ids.join() !== expected.ids.join()
  ) {
    throw new Error(
      `expected ${expected.ids.length} of ${expected.totalCount}, got ${page.ids.length} of ${page.totalCount} (or other ids)`,
    );
  }
  return elapsed;
}

/** The generated tickets, in transactions of 10,000 so that a writer never waits long on SQLite. */
async function load(db: Knex, { tickets, events }: GeneratedTickets) {
  // knex inserts many rows into SQLite as one compound SELECT, which SQLite caps at 500 terms.
  const rowsPerInsert = 500;
  for (const [table, rows] of [
    ['mpk_tickets', tickets],
    ['mpk_ticket_events', events],
  ] as const) {
    for (let i = 0; i < rows.length; i += 10_000) {
      await db.transaction(async tx => {
        const batch = rows.slice(i, i + 10_000);
        for (let j = 0; j < batch.length; j += rowsPerInsert) {
          await tx(table).insert(batch.slice(j, j + rowsPerInsert));
        }
      });
    }
  }
  // What PostgreSQL's autovacuum does within a minute of 100,000 inserts, done now so that
  // plans and index-only scans are those of a database in use. SQLite has no such thing, and
  // Backstage never runs ANALYZE on it.
  if (db.client.config.client === 'pg') await db.raw('vacuum analyze');
}

async function benchmark(
  name: string,
  database: object,
  openDatabase: () => Knex,
  generated: GeneratedTickets,
) {
  // No catalog processing: no entities here, and no background work during the timings. The
  // plugin has migrated its database once started.
  const backend = await startBenchBackend({
    database,
    catalog: { processingInterval: false },
  });
  const { baseUrl } = backend;
  const db = openDatabase();
  try {
    const loadStarted = performance.now();
    await load(db, generated);
    const loadSeconds = (performance.now() - loadStarted) / 1000;

    // What any request to the plugin costs (HTTP, authentication, permission, a `select 1`):
    // the part of the route's time that no query can save.
    const floor: number[] = [];
    for (let i = 0; i < 10 + rounds; i++) {
      const started = performance.now();
      const response = await fetch(`${baseUrl}/api/mpk/health`, { headers });
      if (!response.ok) throw new Error(`health: HTTP ${response.status}`);
      await response.json();
      if (i >= 10) floor.push(performance.now() - started);
    }

    const counts: string[] = [];
    const results: string[] = [];
    for (const { state, offset } of cases) {
      // The page both must return, then warm-up rounds: the route's code is still cold after
      // the load, and the first requests would measure the JIT rather than the route.
      const expected = await baselinePage(db, state, offset);
      if (offset === 0) counts.push(`${expected.totalCount} ${state}`);
      const b = () => time(() => baselinePage(db, state, offset), expected);
      const m = () => time(() => routePage(baseUrl, state, offset), expected);
      for (let round = 0; round < 5; round++) {
        await b();
        await m();
      }

      const baseline: number[] = [];
      const measured: number[] = [];
      for (let round = 0; round < rounds; round++) {
        // Alternating, and each first every other round, so both see the same machine state.
        if (round % 2 === 0) {
          baseline.push(await b());
          measured.push(await m());
        } else {
          measured.push(await m());
          baseline.push(await b());
        }
      }
      const bm = median(baseline);
      const mm = median(measured);
      results.push(
        `${name}: state=${state} offset=${offset}: baseline plain indexed knex ${bm.toFixed(
          1,
        )} ms, ` +
          `GET /tickets ${mm.toFixed(1)} ms, ratio ${(mm / bm).toFixed(
            2,
          )} (median of ${rounds})`,
      );
    }
    console.log(
      `${name}: ${generated.tickets.length} tickets and ${generated.events.length} events ` +
        `loaded in ${loadSeconds.toFixed(1)} s (${counts.join(', ')}); ` +
        `GET /health ${median(floor).toFixed(1)} ms (median of ${rounds})`,
    );
    for (const line of results) console.log(line);
  } finally {
    await db.destroy();
    await backend.stop();
  }
}

async function main() {
  const generateStarted = performance.now();
  const generated = generateTicketRows(ticketCount, new Date());
  console.log(
    `Generated ${ticketCount} tickets in ${(
      (performance.now() - generateStarted) /
      1000
    ).toFixed(1)} s`,
  );

  // A file, not :memory:, so that the bench opens the plugin's database beside the backend.
  const directory = mkdtempSync(join(tmpdir(), 'mpk-bench-tickets-'));
  try {
    await benchmark(
      'SQLite',
      { client: 'better-sqlite3', connection: { directory } },
      () =>
        knexFactory({
          client: 'better-sqlite3',
          // Backstage names each plugin's file after the plugin.
          connection: { filename: join(directory, 'mpk.sqlite') },
          useNullAsDefault: true,
        }),
      generated,
    );
  } finally {
    // At exit: Backstage leaves SQLite connections open when the backend stops.
    process.on('exit', () =>
      rmSync(directory, { recursive: true, force: true }),
    );
  }

  const connection = benchPostgresConnection();
  await withFreshPostgres(prefix =>
    benchmark(
      'PostgreSQL',
      { client: 'pg', prefix, connection },
      () =>
        knexFactory({
          client: 'pg',
          connection: { ...connection, database: `${prefix}mpk` },
        }),
      generated,
    ),
  );
}

main().then(
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
