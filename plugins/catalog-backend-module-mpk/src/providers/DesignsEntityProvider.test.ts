import { mockServices } from '@backstage/backend-test-utils';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DesignsEntityProvider } from './DesignsEntityProvider';

const cluster = (name: string) => `
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: ${name}
  labels:
    mpk.io/customer: initech
spec:
  type: kubernetes-cluster
  owner: group:default/pod-blue
`;

const design = (name: string) => `
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: ${name}
  title: Detailed design ${name}
  labels:
    mpk.io/customer: initech
  annotations:
    backstage.io/techdocs-ref: dir:.
    mpk.io/design: ${name}
spec:
  type: cluster-design
  owner: group:default/pod-blue
`;

async function designsFolder(designs: Record<string, string>) {
  const directory = await mkdtemp(join(tmpdir(), 'mpk-designs-'));
  for (const [name, catalogInfo] of Object.entries(designs)) {
    await mkdir(join(directory, name));
    await writeFile(join(directory, name, 'catalog-info.yaml'), catalogInfo);
  }
  return directory;
}

describe('DesignsEntityProvider', () => {
  it("emits the design and the clusters of every design's catalog-info.yaml, with their location", async () => {
    const directory = await designsFolder({
      'initech-platform': `${design('initech-platform')}---${cluster(
        'initech-prod',
      )}---${cluster('initech-staging')}---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: admins }
spec: { type: team, children: [] }
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata: { name: some-database }
spec: { type: database, owner: group:default/pod-blue }
`,
      'hooli-edge': cluster('hooli-prod'),
    });
    const provider = DesignsEntityProvider.forDirectory(
      directory,
      mockServices.logger.mock(),
    );

    const entities = await provider.read();
    expect(
      entities.map(e => `${e.spec?.type}:${e.metadata.name}`).sort(),
    ).toEqual([
      'cluster-design:initech-platform',
      'kubernetes-cluster:hooli-prod',
      'kubernetes-cluster:initech-prod',
      'kubernetes-cluster:initech-staging',
    ]);
    const file = join(directory, 'initech-platform', 'catalog-info.yaml');
    expect(
      entities.find(e => e.metadata.name === 'initech-prod')?.metadata
        .annotations,
    ).toEqual({
      'backstage.io/managed-by-location': `file:${file}`,
      'backstage.io/managed-by-origin-location': `file:${file}`,
    });
    // The design's TechDocs are built from its repository, next to this file.
    expect(
      entities.find(e => e.metadata.name === 'initech-platform')?.metadata
        .annotations,
    ).toEqual({
      'backstage.io/techdocs-ref': 'dir:.',
      'mpk.io/design': 'initech-platform',
      'backstage.io/managed-by-location': `file:${file}`,
      'backstage.io/managed-by-origin-location': `file:${file}`,
    });
  });

  it('keeps the last good entities of a design whose file breaks, and logs why', async () => {
    const directory = await designsFolder({
      'initech-platform': `${design('initech-platform')}---${cluster(
        'initech-prod',
      )}`,
    });
    const logger = mockServices.logger.mock();
    const provider = DesignsEntityProvider.forDirectory(directory, logger);
    expect((await provider.read()).map(e => e.metadata.name)).toEqual([
      'initech-platform',
      'initech-prod',
    ]);

    await writeFile(
      join(directory, 'initech-platform', 'catalog-info.yaml'),
      'kind: [unclosed',
    );
    expect((await provider.read()).map(e => e.metadata.name)).toEqual([
      'initech-platform',
      'initech-prod',
    ]);
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringMatching(
        /initech-platform\/catalog-info\.yaml cannot be read; the catalog keeps the entities of its last good version/,
      ),
    );
  });

  it('is empty without the folder', async () => {
    const provider = DesignsEntityProvider.forDirectory(
      join(tmpdir(), 'mpk-no-such-folder'),
      mockServices.logger.mock(),
    );
    expect(await provider.read()).toEqual([]);
  });
});
