import { Entity } from '@backstage/catalog-model';
import {
  parseStackDefinition,
  stackToEntities,
} from '@mpk-portal/plugin-mpk-common';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

const examplePath = (file: string) =>
  resolve(__dirname, '../../../../examples', file);

function readExamples(file: string): Entity[] {
  const path = examplePath(file);
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

/** The example catalog: the support organisation, customers, clusters and the stack. */
export function exampleCatalog(): Entity[] {
  return [...readExamples('org.yaml'), ...exampleClusters(), ...exampleStack()];
}

/** The stack of the example catalog (examples/stack.yaml), as the catalog module emits it. */
export function exampleStack(): Entity[] {
  const result = parseStackDefinition(
    parse(readFileSync(examplePath('stack.yaml'), 'utf8')),
  );
  if (!result.ok) throw new Error(result.problems.join('; '));
  return stackToEntities(result.stack, 'file:examples/stack.yaml').map(
    entity => ({
      ...entity,
      metadata: { namespace: 'default', ...entity.metadata },
    }),
  );
}
