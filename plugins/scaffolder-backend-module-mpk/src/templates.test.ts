/**
 * The scaffolder's dry-run endpoint on both example templates, through a started backend with the
 * scaffolder, this module, the mpk plugin (for the supported releases) and the example catalog.
 */
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import { stackToEntities } from '@mpk-portal/plugin-mpk-common';
import { designContentHash } from '@mpk-portal/plugin-mpk-node';
import mpkPlugin from '@mpk-portal/plugin-mpk-backend';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import request from 'supertest';
import { parse, parseAllDocuments } from 'yaml';
import { readFileSync } from 'node:fs';
import { LocalRepositories } from './actions/localGit/localRepositories';
import { exampleStack, validDesignInput } from './__testUtils__/designFixtures';
import { designFromInput } from './actions/design/designInput';
import { scaffolderModuleMpk } from './module';

jest.setTimeout(60_000);

const examples = resolve(__dirname, '../../../examples');
const template = (name: string) =>
  parse(
    readFileSync(join(examples, 'templates', name, 'template.yaml'), 'utf8'),
  );
const exampleEntities = (file: string): Entity[] =>
  parseAllDocuments(readFileSync(join(examples, file), 'utf8')).map(d => ({
    ...(d.toJS() as Entity),
    metadata: { namespace: 'default', ...(d.toJS() as Entity).metadata },
  }));

async function startBackend() {
  const designs = await mkdtemp(join(tmpdir(), 'mpk-designs-'));
  const { server } = await startTestBackend({
    features: [
      scaffolderPlugin,
      scaffolderModuleMpk,
      mpkPlugin,
      catalogServiceMock.factory({
        entities: [
          ...stackToEntities(exampleStack(), 'file:/stack.yaml'),
          ...exampleEntities('org.yaml'),
          ...exampleEntities('clusters.yaml'),
        ],
      }),
      mockServices.rootConfig.factory({
        data: { mpk: { designs: { directory: designs } } },
      }),
    ],
  });
  const dryRun = (templateName: string, values: object) =>
    request(server)
      .post('/api/scaffolder/v2/dry-run')
      .set('Authorization', mockCredentials.user.header('user:default/leo-la'))
      .send({
        template: template(templateName),
        values,
        secrets: {},
        directoryContents: [],
      });
  const supportedReleases = async (): Promise<string[]> =>
    (
      await request(server)
        .get('/api/mpk/kubernetes-versions?platform=eks')
        .set('Authorization', mockCredentials.user.header())
    ).body.supportedLines;
  return { dryRun, designs, supportedReleases };
}

/** The messages a dry run logged, one a line. */
const logMessages = (response: request.Response): string =>
  response.body.log
    .map((l: { body: { message: string } }) => l.body.message)
    .join('\n');

const {
  name,
  customer,
  owner,
  platform,
  region,
  environments,
  components,
  ingress,
  registry,
  storage,
} = validDesignInput();
// The form sends the customer as the EntityPicker gives it.
const formValues = {
  name,
  customer,
  owner,
  platform,
  region,
  kubernetesVersion: '', // replaced below by a supported release of today
  upgradeStrategy: 'side-by-side',
  environments,
  components,
  ingress,
  registry,
  storage,
  acknowledgeNotQualified: false,
  // The team page; the Lead Architect is left empty: it is whoever runs the template.
  engagementManager: 'user:default/erin-em',
  seniorCkaEngineer: 'user:default/sam-scka',
};

describe('the example templates, dry run', () => {
  it('Detailed design: validates and renders the design, skips publishing and would share it with its team', async () => {
    const { dryRun, supportedReleases } = await startBackend();
    const releases = await supportedReleases();
    const response = await dryRun('detailed-design', {
      ...formValues,
      kubernetesVersion: releases[0],
    });
    expect(response.status).toBe(200);
    const files = response.body.directoryContents.map(
      (f: { path: string }) => f.path,
    );
    expect(files).toEqual(
      expect.arrayContaining([
        'catalog-info.yaml',
        'design.yaml',
        'docs/index.md',
        'infra/prod/main.tf',
      ]),
    );
    const messages = logMessages(response);
    expect(messages).toContain(
      'Design is valid: clusters initech-prod, initech-staging',
    );
    expect(messages).toMatch(
      /Skipping because mpk:publish:local-git does not support dry-run/,
    );
    expect(messages).toContain(
      `Dry run: would share design initech-platform (hash ${designContentHash(
        designFromInput({
          ...validDesignInput(),
          kubernetesVersion: releases[0],
        }),
      )}) with initech, team user:default/erin-em, user:default/leo-la, user:default/sam-scka`,
    );
  });

  it('Detailed design: asks for the Engagement Manager and the Senior CKA engineer', async () => {
    const { dryRun } = await startBackend();
    const response = await dryRun('detailed-design', {
      ...formValues,
      engagementManager: undefined,
    });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { stack: string }) => e.stack)).toEqual(
      ['instance requires property "engagementManager"'],
    );
  });

  it('Detailed design: lists every broken rule in the result', async () => {
    const { dryRun } = await startBackend();
    const response = await dryRun('detailed-design', {
      ...formValues,
      customer: 'group:default/acme',
      kubernetesVersion: '1.30',
      environments: [{ ...environments[0] }],
      ingress: 'nginx-ingress-controller',
      components: components.filter(id => id !== 'prometheus'),
    });
    // The scaffolder answers a dry run whose step refuses the input with that step's error.
    expect(response.status).toBe(400);
    expect(response.body.error.message.split('\n')).toEqual([
      'The design breaks 4 rule(s):',
      '- environments: no non-production environment; without one the customer is not qualified and the upgrade deadlines are not guaranteed (acknowledge "not qualified" to go ahead)',
      '- environments[0] "prod": cluster acme-prod already exists in the catalog',
      // The supported releases are those of the day the test runs.
      expect.stringMatching(
        /^- kubernetesVersion 1\.30: not one of the two most recent Amazon EKS releases still supported \(/,
      ),
      '- components: Infrastructure-tier Prometheus (prometheus) is missing: it is part of every cluster build on EKS',
    ]);
  });

  it('Provision cluster from accepted design: reads the design, would check its acceptance and start one run per environment', async () => {
    const { dryRun, designs } = await startBackend();
    const source = await mkdtemp(join(tmpdir(), 'mpk-design-'));
    const design = designFromInput(validDesignInput());
    await writeFile(join(source, 'design.yaml'), JSON.stringify(design));
    await new LocalRepositories(designs).publish(
      'initech-platform',
      source,
      'Design',
    );

    // No checkbox: the backend knows whether the customer accepted the version.
    expect(template('provision-cluster').spec.parameters[0].required).toEqual([
      'design',
    ]);
    const response = await dryRun('provision-cluster', {
      design: 'initech-platform',
    });
    expect(response.status).toBe(200);
    const messages = logMessages(response);
    expect(messages).toContain(
      `Dry run: would check that the customer accepted the version of design initech-platform with hash ${designContentHash(
        design,
      )}`,
    );
    expect(messages).toContain(
      'Dry run: would start the pipeline of initech-platform/prod',
    );
    expect(messages).toContain(
      'Dry run: would start the pipeline of initech-platform/staging',
    );
    expect(
      response.body.directoryContents.map((f: { path: string }) => f.path),
    ).toEqual(expect.arrayContaining(['design.yaml', 'deployments.yaml']));
  });
});
