import { Entity } from '@backstage/catalog-model';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';

function readExamples(file: string): Entity[] {
  const path = resolve(__dirname, '../../../../examples', file);
  return parseAllDocuments(readFileSync(path, 'utf8')).map(document => {
    const entity = document.toJS() as Entity;
    return {
      ...entity,
      metadata: { namespace: 'default', ...entity.metadata },
    };
  });
}

/** The clusters of the example catalog (examples/clusters.yaml), as the catalog would serve them. */
export function exampleClusters(): Entity[] {
  return readExamples('clusters.yaml');
}

/** The example catalog: the support organisation, customers and clusters. */
export function exampleCatalog(): Entity[] {
  return [...readExamples('org.yaml'), ...exampleClusters()];
}
