import { Entity } from '@backstage/catalog-model';
import {
  CLUSTER_ENTITY_FILTER,
  findDesignProblems,
} from '@mpk-portal/plugin-mpk-common';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'yaml';
import {
  EXAMPLE_DESIGN_CONTEXTS,
  exampleDesignNames,
  parseExampleDesign,
  readExampleDesignFolder,
  readStackFile,
  renderExampleDesign,
} from './exampleDesigns';

const examples = resolve(__dirname, '../../../../examples');
const designsDirectory = join(examples, 'designs');
const readExampleStack = () => readStackFile(join(examples, 'stack.yaml'));

const REGENERATE =
  'node --require @backstage/cli/config/nodeTransform.cjs plugins/scaffolder-backend-module-mpk/scripts/exampleDesigns.ts';

/** The names of the clusters of examples/clusters.yaml. */
function exampleClusterNames(): string[] {
  const file = join(examples, 'clusters.yaml');
  return yaml
    .parseAllDocuments(readFileSync(file, 'utf8'))
    .map(document => document.toJS() as Entity | null)
    .filter(
      (entity): entity is Entity =>
        entity?.kind === CLUSTER_ENTITY_FILTER.kind &&
        entity.spec?.type === CLUSTER_ENTITY_FILTER['spec.type'],
    )
    .map(entity => entity.metadata.name);
}

describe('the example designs (examples/designs)', () => {
  it('include acme-platform', async () => {
    expect(await exampleDesignNames(designsDirectory)).toContain(
      'acme-platform',
    );
  });

  it.each(['acme-platform'])(
    '%s is exactly what the renderer writes for its design.yaml',
    async name => {
      const committed = await readExampleDesignFolder(
        join(designsDirectory, name),
      );
      const design = parseExampleDesign(
        committed.find(file => file.path === 'design.yaml')?.content ?? '',
      );
      const rendered = renderExampleDesign(design, await readExampleStack());
      const message = `examples/designs/${name} differs from the renderer's files; run from the repository root:\n  ${REGENERATE}`;
      expect({
        message,
        paths: committed.map(file => file.path),
      }).toEqual({ message, paths: rendered.map(file => file.path) });
      for (const file of rendered) {
        const actual = committed.find(c => c.path === file.path)!.content;
        expect({ message, path: file.path, content: actual }).toEqual({
          message,
          path: file.path,
          content: file.content,
        });
      }
    },
  );

  it('acme-platform is a valid design of Acme, by the pod of its clusters, with new cluster names', async () => {
    const folder = join(designsDirectory, 'acme-platform');
    const design = parseExampleDesign(
      readFileSync(join(folder, 'design.yaml'), 'utf8'),
    );
    expect(design).toMatchObject({
      name: 'acme-platform',
      customer: 'acme',
      owner: 'group:default/pod-blue',
    });
    expect(
      findDesignProblems(design, {
        ...EXAMPLE_DESIGN_CONTEXTS[design.platform],
        stack: await readExampleStack(),
        existingClusters: exampleClusterNames(),
      }),
    ).toEqual([]);
    // Its clusters are not provisioned: the catalog gets the design alone.
    const entities = yaml
      .parseAllDocuments(
        readFileSync(join(folder, 'catalog-info.yaml'), 'utf8'),
      )
      .map(document => document.toJS() as Entity);
    expect(entities.map(e => [e.kind, e.spec?.type, e.metadata.name])).toEqual([
      ['Resource', 'cluster-design', 'acme-platform'],
    ]);
    expect(entities[0].spec?.owner).toBe('group:default/pod-blue');
  });
});
