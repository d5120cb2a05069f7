import { mpkData } from '@mpk-portal/plugin-mpk-client';
import { designContentHash } from '@mpk-portal/plugin-mpk-node';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  exampleCatalog,
  startMpkBackend,
} from './__testUtils__/mpkTestBackend';
import { loadExampleDesigns, readExampleDesigns } from './exampleDesigns';

jest.setTimeout(30_000);

const examplesFile = resolve(
  __dirname,
  '../../../examples/designs/engagements.yaml',
);

const team = {
  engagementManager: 'user:default/erin-em',
  leadArchitect: 'user:default/leo-la',
  seniorCkaEngineer: 'user:default/sam-scka',
};

describe('example designs', () => {
  it('reads the shipped design of Acme with the team of pod Blue', async () => {
    const examples = await readExampleDesigns(examplesFile);
    expect(examples).toHaveLength(1);
    expect(examples[0].design).toMatchObject({
      name: 'acme-platform',
      customer: 'acme',
      owner: 'group:default/pod-blue',
    });
    expect(examples[0].team).toEqual(team);
  });

  it('shares the shipped design with Acme once its customer is in the catalog, and only once', async () => {
    const examples = await readExampleDesigns(examplesFile);
    const { client, headers, catalog } = await startMpkBackend(
      exampleCatalog().filter(e => e.metadata.name !== 'acme'),
    );
    const load = () => loadExampleDesigns({ examples, client, headers });

    expect(await load()).toEqual({ published: 0, waiting: ['acme-platform'] });
    catalog.entities = exampleCatalog();
    expect(await load()).toEqual({ published: 1, waiting: [] });
    expect(await load()).toEqual({ published: 0, waiting: [] });

    const design = mpkData(
      await client.get('/designs/{name}', {
        headers,
        params: { path: { name: 'acme-platform' } },
      }),
    );
    expect(design).toMatchObject({
      customer: 'acme',
      owner: 'group:default/pod-blue',
      team,
      state: 'shared',
      clusters: [
        'resource:default/acme-eu-prod',
        'resource:default/acme-eu-staging',
      ],
    });
    expect(design.versions).toHaveLength(1);
    expect(design.versions[0]).toMatchObject({
      version: 1,
      state: 'shared',
      contentHash: designContentHash(examples[0].design),
    });
  });

  it('publishes a design of another folder, named relative to the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mpk-examples-'));
    const file = join(dir, 'engagements.yaml');
    await writeFile(
      join(dir, 'design.yaml'),
      [
        'name: acme-fixture',
        'customer: acme',
        'owner: group:default/pod-blue',
        'platform: eks',
        'region: us-east-1',
        'kubernetesVersion: "1.36"',
        'environments:',
        '  - name: lab',
        '    class: non-production',
        '    nodeGroups:',
        '      - { name: general, instanceType: m6i.large, minSize: 1, desiredSize: 1, maxSize: 2 }',
        'components: [aws-eks]',
      ].join('\n'),
    );
    await writeFile(
      file,
      [
        'engagements:',
        '  - design: design.yaml',
        '    team:',
        ...Object.entries(team).map(([role, ref]) => `      ${role}: ${ref}`),
      ].join('\n'),
    );
    const examples = await readExampleDesigns(file);
    const { client, headers } = await startMpkBackend(exampleCatalog());
    expect(await loadExampleDesigns({ examples, client, headers })).toEqual({
      published: 1,
      waiting: [],
    });
    const { items } = mpkData(await client.get('/designs', { headers }));
    expect(items.map(d => [d.name, d.state])).toEqual([
      ['acme-fixture', 'shared'],
    ]);
  });

  it('names the file and every problem of a broken examples file or design', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mpk-examples-'));
    const file = join(dir, 'engagements.yaml');
    await writeFile(
      file,
      [
        'engagements:',
        '  - design: design.yaml',
        '    team:',
        '      engagementManager: erin-em',
        '      leadArchitect: user:default/leo-la',
      ].join('\n'),
    );
    await expect(readExampleDesigns(file)).rejects.toThrow(
      `Example designs file ${file} has problems: engagements.0.team.engagementManager: expected a User ref, e.g. user:default/leo-la; engagements.0.team.seniorCkaEngineer: Invalid input: expected string, received undefined`,
    );
    await writeFile(
      file,
      ['engagements:', '  - design: design.yaml', '    team:']
        .concat(
          Object.entries(team).map(([role, ref]) => `      ${role}: ${ref}`),
        )
        .join('\n'),
    );
    await writeFile(join(dir, 'design.yaml'), 'name: x\n');
    await expect(readExampleDesigns(file)).rejects.toThrow(
      new RegExp(
        `^Example design file ${join(
          dir,
          'design.yaml',
        )} has problems: customer: `,
      ),
    );
  });
});
