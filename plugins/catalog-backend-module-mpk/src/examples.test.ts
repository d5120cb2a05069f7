import { Entity } from '@backstage/catalog-model';
import { readClusterFacts } from '@mpk-portal/plugin-mpk-common';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { exampleStackFile } from './__testUtils__/stackFiles';
import { readStackFile } from './providers/readStackFile';

const clustersFile = resolve(__dirname, '../../../examples/clusters.yaml');

function exampleClusters(): Entity[] {
  return parseAllDocuments(readFileSync(clustersFile, 'utf8')).map(d =>
    d.toJS(),
  );
}

describe('the example catalog', () => {
  it('has the clusters other checks rely on, each readable by the contract rules', () => {
    const clusters = exampleClusters();
    expect(clusters.map(c => c.metadata.name)).toEqual([
      'acme-prod',
      'acme-staging',
      'globex-prod',
      'globex-staging',
    ]);
    for (const cluster of clusters) {
      expect(readClusterFacts(cluster)).toMatchObject({ ok: true });
    }
  });

  it('installs only technologies of the stack, each on a platform it supports', async () => {
    const stack = await readStackFile(exampleStackFile);
    const technologies = new Map(stack.technologies.map(t => [t.id, t]));
    for (const cluster of exampleClusters()) {
      const result = readClusterFacts(cluster);
      if (!result.ok) throw new Error(result.problems.join('; '));
      const { platform, installedComponents } = result.facts;
      const misfits = installedComponents
        .filter(
          ({ component }) =>
            !technologies.get(component)?.platforms.includes(platform),
        )
        .map(({ component }) => component);
      expect({ cluster: cluster.metadata.name, misfits }).toEqual({
        cluster: cluster.metadata.name,
        misfits: [],
      });
      const components = installedComponents.map(c => c.component);
      expect(components).toContain('prometheus');
      // The logging platform collects with Fluentd or with Fluent Bit.
      expect({
        cluster: cluster.metadata.name,
        logging: components.some(c => c === 'fluentd' || c === 'fluent-bit'),
      }).toEqual({ cluster: cluster.metadata.name, logging: true });
    }
  });
});
