import {
  DetailedDesign,
  detailedDesignSchema,
  findDesignProblems,
} from '@mpk-portal/plugin-mpk-common';
import yaml from 'yaml';
import { renderDesign } from './renderDesign';
import {
  bareMetalDesign,
  documentContextFor,
  eksDesign,
  exampleStack,
} from '../__testUtils__/designFixtures';

const stack = exampleStack();

/** The design document's files (designDocument.test.ts checks their content). */
const DOCUMENT_FILES = [
  'mkdocs.yml',
  'docs/index.md',
  'docs/environments.md',
  'docs/components.md',
  'docs/terms.md',
  'docs/acceptance.md',
  'docs/techdocs_metadata.json',
];

function render(design: DetailedDesign) {
  return renderDesign(design, stack, documentContextFor(design.platform));
}

describe('renderDesign', () => {
  it.each([
    ['EKS', eksDesign()],
    ['bare-metal', bareMetalDesign()],
  ])('renders from a %s design that the design rules accept', (_, design) => {
    expect(
      findDesignProblems(design, {
        ...documentContextFor(design.platform),
        stack,
        existingClusters: [],
      }),
    ).toEqual([]);
  });

  it('writes the document, Terraform per environment, the catalog file and the design on EKS', () => {
    const paths = render(eksDesign()).map(f => f.path);
    expect(paths).toEqual([
      ...DOCUMENT_FILES,
      ...['prod', 'staging'].flatMap(env =>
        ['versions', 'main', 'components', 'variables', 'outputs'].map(
          name => `infra/${env}/${name}.tf`,
        ),
      ),
      'catalog-info.yaml',
      'design.yaml',
    ]);
  });

  it('writes Cluster API files per environment and one README on bare metal', () => {
    const paths = render(bareMetalDesign()).map(f => f.path);
    expect(paths).toEqual([
      ...DOCUMENT_FILES,
      'infra/prod/cluster.yaml',
      'infra/prod/components.yaml',
      'infra/README.md',
      'infra/staging/cluster.yaml',
      'infra/staging/components.yaml',
      'catalog-info.yaml',
      'design.yaml',
    ]);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.some(path => path.endsWith('.tf'))).toBe(false);
  });

  it('keeps relative POSIX paths', () => {
    for (const design of [eksDesign(), bareMetalDesign()]) {
      for (const { path } of render(design)) {
        expect(path).toMatch(/^[a-z0-9][a-z0-9._/-]*$/i);
        expect(path.split('/')).not.toContain('..');
      }
    }
  });

  it('stores the design so that a later template can load it as it was', () => {
    const design = eksDesign();
    const stored = render(design).find(f => f.path === 'design.yaml')!;
    const loaded = detailedDesignSchema.parse(yaml.parse(stored.content));
    expect(loaded).toEqual(design);
  });
});
