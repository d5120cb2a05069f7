import {
  coreServices,
  createServiceFactory,
  SchedulerServiceTaskScheduleDefinition,
  SchedulerServiceTaskInvocationDefinition,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import mpkPlugin from '@mpk-portal/plugin-mpk-backend';
import { resolve } from 'node:path';
import request from 'supertest';
import { exampleCatalog } from './__testUtils__/mpkTestBackend';
import { readExampleTickets } from './exampleTickets';
import { mpkModuleExamples } from './module';

jest.setTimeout(60_000);

const examples = resolve(__dirname, '../../../examples');

/** A scheduler that keeps the tasks it is given, for the test to run. */
function keptTasks() {
  const tasks: Array<
    SchedulerServiceTaskScheduleDefinition &
      SchedulerServiceTaskInvocationDefinition
  > = [];
  const factory = createServiceFactory({
    service: coreServices.scheduler,
    deps: {},
    factory: () => ({
      ...mockServices.scheduler.mock(),
      scheduleTask: async task => {
        tasks.push(task);
      },
    }),
  });
  return { tasks, factory };
}

describe('the examples module', () => {
  it('loads the configured example tickets, conformance runs, deprecated-API reports and designs through the mpk API, once', async () => {
    const scheduler = keptTasks();
    const { server } = await startTestBackend({
      features: [
        mpkPlugin,
        mpkModuleExamples,
        catalogServiceMock.factory({ entities: exampleCatalog() }),
        scheduler.factory,
        mockServices.rootConfig.factory({
          data: {
            mpk: {
              examples: {
                tickets: `${examples}/tickets.yaml`,
                conformanceRuns: `${examples}/conformance/runs.yaml`,
                deprecatedApiReports: `${examples}/deprecated-api-reports/reports.yaml`,
                designs: `${examples}/designs/engagements.yaml`,
              },
            },
          },
        }),
      ],
    });
    const task = scheduler.tasks.find(t => t.id === 'mpk-examples');
    expect(task).toMatchObject({
      scope: 'local',
      initialDelay: { seconds: 5 },
    });

    await task!.fn(new AbortController().signal);
    await task!.fn(new AbortController().signal);

    const header = mockCredentials.user.header();
    const tickets = await request(server)
      .get('/api/mpk/tickets?limit=1000')
      .set('Authorization', header);
    expect(tickets.body.totalCount).toBe(
      (await readExampleTickets(`${examples}/tickets.yaml`)).length,
    );
    const conformance = await request(server)
      .get('/api/mpk/clusters/default/acme-prod/conformance')
      .set('Authorization', header);
    expect(conformance.body.history).toHaveLength(1);
    // Stored by the task: the same scan uploaded again is the stored one.
    const report = await request(server)
      .post('/api/mpk/clusters/default/globex-prod/deprecated-api-reports')
      .set('Authorization', mockCredentials.service.header())
      .attach(
        'report',
        `${examples}/deprecated-api-reports/expected-json-output-labels.json`,
      );
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({
      clusterRef: 'resource:default/globex-prod',
      tool: 'kubent',
    });
    expect(report.body.findings).toHaveLength(1);
    const design = await request(server)
      .get('/api/mpk/designs/acme-platform')
      .set('Authorization', header);
    expect(design.body).toMatchObject({ customer: 'acme', state: 'shared' });
    expect(design.body.versions).toHaveLength(1);
  });

  it('stops the backend at start when an examples file is broken', async () => {
    await expect(
      startTestBackend({
        features: [
          mpkPlugin,
          mpkModuleExamples,
          catalogServiceMock.factory({ entities: exampleCatalog() }),
          mockServices.rootConfig.factory({
            data: { mpk: { examples: { tickets: `${examples}/stack.yaml` } } },
          }),
        ],
      }),
    ).rejects.toThrow(
      /Example tickets file .*stack\.yaml has problems: tickets:/,
    );
  });
});
