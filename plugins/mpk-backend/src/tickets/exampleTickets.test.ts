import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { exampleCatalog } from '../__testUtils__/exampleCatalog';
import { ticketServiceWith } from '../__testUtils__/ticketServices';
import { loadExampleTickets, readExampleTickets } from './exampleTickets';

const examplesFile = resolve(__dirname, '../../../../examples/tickets.yaml');
const now = new Date('2026-11-25T20:00:00.000Z');

describe('example tickets', () => {
  it('opens the shipped examples once their clusters are in the catalog, and only once', async () => {
    const examples = await readExampleTickets(examplesFile);
    const { tickets, store, catalog } = await ticketServiceWith(
      exampleCatalog().filter(e => e.metadata.name !== 'globex-prod'),
      now,
    );

    const first = await loadExampleTickets({ examples, tickets });
    const globex = examples
      .filter(e => e.cluster === 'globex-prod')
      .map(e => e.externalId);
    expect(first).toEqual({
      opened: examples.length - globex.length,
      waiting: globex,
    });

    catalog.entities = exampleCatalog();
    expect(await loadExampleTickets({ examples, tickets })).toEqual({
      opened: globex.length,
      waiting: [],
    });
    expect(await loadExampleTickets({ examples, tickets })).toEqual({
      opened: 0,
      waiting: [],
    });

    const all = await store.listTickets();
    expect(all).toHaveLength(examples.length);
    const eventCount = all.reduce((n, t) => n + t.events.length, 0);
    expect(eventCount).toBe(examples.reduce((n, e) => n + e.events.length, 0));
  });

  it('gives the examples the SLA outcomes their comments describe', async () => {
    const examples = await readExampleTickets(examplesFile);
    const { tickets, store } = await ticketServiceWith(exampleCatalog(), now);
    await loadExampleTickets({ examples, tickets });
    const sla = async (externalId: string) =>
      tickets.present((await store.getTicketByExternalId(externalId))!, now)
        .sla;

    expect(await sla('example-acme-prod-001')).toMatchObject({
      state: 'met',
    });
    expect(await sla('example-acme-prod-002')).toMatchObject({
      state: 'breached',
      dueAt: '2026-10-06T21:00:00.000Z',
    });
    expect(await sla('example-acme-prod-003')).toMatchObject({
      state: 'met',
      dueAt: '2026-10-19T15:45:00.000Z',
    });
    expect(await sla('example-acme-staging-001')).toMatchObject({
      severity: 'normal',
      state: 'met',
    });
    expect(await sla('example-acme-prod-006')).toMatchObject({
      applicable: false,
      state: 'met',
    });
    expect(await sla('example-globex-prod-001')).toMatchObject({
      applicable: true,
      state: 'met',
    });
    expect(await sla('example-globex-prod-002')).toMatchObject({
      applicable: false,
      state: 'pending',
    });
    expect(await sla('example-acme-prod-007')).toMatchObject({
      state: 'breached',
      dueAt: '2026-11-23T20:15:00.000Z',
    });
    expect(await sla('example-acme-prod-008')).toMatchObject({
      state: 'pending',
      atRisk: false,
    });
    expect(await sla('example-acme-prod-010')).toMatchObject({
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
