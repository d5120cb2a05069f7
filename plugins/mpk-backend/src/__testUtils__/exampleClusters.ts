import { Entity } from '@backstage/catalog-model';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';

/** The clusters of the example catalog (examples/clusters.yaml), as the catalog would serve them. */
export function exampleClusters(): Entity[] {
  const file = resolve(__dirname, '../../../../examples/clusters.yaml');
  return parseAllDocuments(readFileSync(file, 'utf8')).map(document => {
    const entity = document.toJS() as Entity;
    return {
      ...entity,
      metadata: { namespace: 'default', ...entity.metadata },
    };
  });
}
