import { mpkData } from '@mpk-portal/plugin-mpk-client';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  exampleCatalog,
  freezeDateAt,
  startMpkBackend,
} from './__testUtils__/mpkTestBackend';
import { loadExampleTickets, readExampleTickets } from './exampleTickets';

jest.setTimeout(30_000);

const examplesFile = resolve(__dirname, '../../../examples/tickets.yaml');
const now = new Date('2026-11-25T20:00:00.000Z');

beforeEach(() => freezeDateAt(now));
afterEach(() => jest.useRealTimers());

describe('example tickets', () => {
  it('opens the shipped examples once their clusters are in the catalog, and only once', async () => {
    const examples = await readExampleTickets(examplesFile);
    const { client, headers, catalog } = await startMpkBackend(
      exampleCatalog().filter(e => e.metadata.name !== 'globex-prod'),
    );
    const load = () => loadExampleTickets({ examples, client, headers, now });

    const first = await load();
    const globex = examples
      .filter(e => e.cluster === 'globex-prod')
      .map(e => e.externalId);
    expect(first).toEqual({
      opened: examples.length - globex.length,
      waiting: globex,
    });

    catalog.entities = exampleCatalog();
    expect(await load()).toEqual({ opened: globex.length, waiting: [] });
    expect(await load()).toEqual({ opened: 0, waiting: [] });

    const all = mpkData(
      await client.get('/tickets', {
        headers,
        params: { query: { limit: 1000 } },
      }),
    ).items;
    expect(all).toHaveLength(examples.length);
    // Lists leave events out: each ticket's own answer has them.
    const tickets = await Promise.all(
      all.map(async t =>
        mpkData(
          await client.get('/tickets/{id}', {
            headers,
            params: { path: { id: t.id } },
          }),
        ),
      ),
    );
    const eventCount = tickets.reduce((n, t) => n + t.events.length, 0);
    expect(eventCount).toBe(examples.reduce((n, e) => n + e.events.length, 0));
  });

  it('gives the examples the SLA outcomes their comments describe', async () => {
    const examples = await readExampleTickets(examplesFile);
    const { client, headers } = await startMpkBackend(exampleCatalog());
    await loadExampleTickets({ examples, client, headers, now });
    const { items } = mpkData(
      await client.get('/tickets', {
        headers,
        params: { query: { limit: 1000 } },
      }),
    );
    const sla = (externalId: string) =>
      items.find(t => t.externalId === externalId)!.sla;

    expect(sla('example-acme-prod-001')).toMatchObject({
      state: 'met',
    });
    expect(sla('example-acme-prod-002')).toMatchObject({
      state: 'breached',
      dueAt: '2026-10-06T21:00:00.000Z',
    });
    expect(sla('example-acme-prod-003')).toMatchObject({
      state: 'met',
      dueAt: '2026-10-19T15:45:00.000Z',
    });
    expect(sla('example-acme-staging-001')).toMatchObject({
      severity: 'normal',
      state: 'met',
    });
    expect(sla('example-acme-prod-006')).toMatchObject({
      applicable: false,
      state: 'met',
    });
    expect(sla('example-globex-prod-001')).toMatchObject({
      applicable: true,
      state: 'met',
    });
    expect(sla('example-globex-prod-002')).toMatchObject({
      applicable: false,
      state: 'pending',
    });
    expect(sla('example-acme-prod-007')).toMatchObject({
      state: 'breached',
      dueAt: '2026-11-23T20:15:00.000Z',
    });
    expect(sla('example-acme-prod-008')).toMatchObject({
      state: 'pending',
      atRisk: false,
    });
    expect(sla('example-acme-prod-010')).toMatchObject({
      state: 'pending',
      atRisk: false,
    });
  });

  it('names the file and every problem of a broken examples file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mpk-examples-'));
    const file = join(dir, 'tickets.yaml');
    await writeFile(
      file,
      [
        'tickets:',
        '  - externalId: x',
        '    cluster: acme-prod',
        '    severity: sev1',
        '    category: technical',
        '    title: t',
        '    openedAgo: 20 minutes',
      ].join('\n'),
    );
    await expect(readExampleTickets(file)).rejects.toThrow(
      `Example tickets file ${file} has problems: tickets.0.severity: Invalid option: expected one of "urgent"|"high"|"normal"|"low"; tickets.0.openedAgo: expected an ISO 8601 duration, e.g. PT25M`,
    );
  });
});
