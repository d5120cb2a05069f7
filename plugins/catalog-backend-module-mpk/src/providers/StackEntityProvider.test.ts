import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { EntityProviderConnection } from '@backstage/plugin-catalog-node';
import { exampleStackFile, smallStackYaml } from '../__testUtils__/stackFiles';
import { StackEntityProvider } from './StackEntityProvider';

const logger = mockServices.logger.mock();

function componentsOf(entities: Entity[]) {
  return entities.filter(e => e.kind === 'Component');
}

describe('StackEntityProvider.read', () => {
  it('reads the 28 technologies of the example stack with tier, category, links and history', async () => {
    const entities = await StackEntityProvider.forFile(
      exampleStackFile,
      logger,
    ).read();

    const system = entities.find(e => e.kind === 'System')!;
    expect(system.metadata.name).toBe('mpk-stack');
    expect((system.spec!.categories as unknown[]).length).toBe(8);

    const components = componentsOf(entities);
    expect(components).toHaveLength(28);
    for (const component of components) {
      const history = component.spec!.tierHistory as { tier: string }[];
      const tier = history[history.length - 1].tier;
      expect(component.metadata.labels!['mpk.io/support-tier']).toBe(tier);
      expect(component.metadata.tags).toEqual([
        `tier-${tier}`,
        component.metadata.labels!['mpk.io/stack-category'],
      ]);
      expect(component.spec).toMatchObject({
        type: 'stack-component',
        system: 'mpk-stack',
        owner: 'group:default/mpk-provider',
      });
      expect(component.metadata.links![0].url).toMatch(/^https:\/\//);
      expect(
        component.metadata.annotations!['backstage.io/managed-by-location'],
      ).toBe(`file:${exampleStackFile}`);
    }

    const istio = components.find(c => c.metadata.name === 'istio')!;
    expect(istio.metadata.labels).toEqual({
      'mpk.io/support-tier': 'certified',
      'mpk.io/stack-category': 'ingress-service-mesh',
    });
    expect(istio.spec!.tierHistory).toEqual([
      { tier: 'catalog', since: '2024-01-15' },
      {
        tier: 'certified',
        since: '2026-01-15',
        reason: 'Provider-tested mesh profile available.',
      },
    ]);
    expect(istio.spec!.kubernetesCompatibility).toMatchObject({
      source: expect.stringMatching(/^https:\/\/istio\.io\//),
      versions: expect.arrayContaining([
        { version: '1.27', kubernetes: { min: '1.29', max: '1.33' } },
      ]),
    });
    expect(istio.spec).not.toHaveProperty('certifiedReleases');

    const rpck = components.find(c => c.metadata.name === 'rpc-k')!;
    expect(rpck.spec!.certifiedReleases).toEqual([
      { version: '1.34', certifiedOn: '2025-10-20' },
      { version: '1.35', certifiedOn: '2026-05-05' },
    ]);
  });

  describe('on a broken file', () => {
    const dir = createMockDirectory();

    async function readProblem(content: string) {
      dir.setContent({ 'stack.yaml': content });
      const file = dir.resolve('stack.yaml');
      const error = await StackEntityProvider.forFile(file, logger)
        .read()
        .then(
          () => undefined,
          e => e as Error,
        );
      expect(error).toBeDefined();
      return error!.message.replace(file, 'stack.yaml');
    }

    it('names the technology and field of a wrong tier', async () => {
      expect(
        await readProblem(
          smallStackYaml.replace('tier: catalog', 'tier: gold'),
        ),
      ).toBe(
        'Stack file stack.yaml has 1 problem(s):\n' +
          '- technologies[1] (istio).tierHistory[0].tier: Invalid option: expected one of "infrastructure"|"certified"|"catalog"',
      );
    });

    it('lists every problem: unknown category, repeated id, history out of order', async () => {
      const broken = smallStackYaml
        .replace(
          'category: observability\n    platforms: [eks]',
          'category: mesh\n    platforms: [eks]',
        )
        .replace('id: istio', 'id: prometheus')
        .replace(
          "- { tier: infrastructure, since: '2024-01-15' }",
          "- { tier: catalog, since: '2024-01-15' }\n      - { tier: infrastructure, since: '2023-01-01' }",
        );
      expect(await readProblem(broken)).toBe(
        'Stack file stack.yaml has 3 problem(s):\n' +
          '- technologies[1] (prometheus).id: "prometheus" is used by an earlier technology\n' +
          '- technologies[0] (prometheus).tierHistory[1].since: 2023-01-01 must come after the previous change (2024-01-15)\n' +
          '- technologies[1] (prometheus).category: "mesh" is not one of the categories (observability)',
      );
    });

    it('refuses a file that is not YAML', async () => {
      expect(await readProblem('technologies: [unclosed')).toMatch(
        /^Stack file stack.yaml is not valid YAML: /,
      );
    });

    it('refuses a missing file', async () => {
      const missing = dir.resolve('nowhere.yaml');
      await expect(
        StackEntityProvider.forFile(missing, logger).read(),
      ).rejects.toThrow(`Stack file ${missing} cannot be read: ENOENT`);
    });
  });
});

describe('StackEntityProvider.refresh', () => {
  const dir = createMockDirectory();

  it('replaces its entities as a whole, and keeps them when the file breaks', async () => {
    dir.setContent({ 'stack.yaml': smallStackYaml });
    const provider = StackEntityProvider.forFile(
      dir.resolve('stack.yaml'),
      logger,
    );
    const connection = { applyMutation: jest.fn(), refresh: jest.fn() };
    await provider.connect(connection as EntityProviderConnection);

    await provider.refresh();
    expect(connection.applyMutation).toHaveBeenCalledTimes(1);
    const mutation = connection.applyMutation.mock.calls[0][0];
    expect(mutation.type).toBe('full');
    expect(
      mutation.entities.map((e: { entity: Entity }) => e.entity.metadata.name),
    ).toEqual(['mpk-stack', 'prometheus', 'istio']);

    dir.setContent({
      'stack.yaml': smallStackYaml.replace(
        'kind: KubernetesStack',
        'kind: Stack',
      ),
    });
    await provider.refresh();
    expect(connection.applyMutation).toHaveBeenCalledTimes(1);
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining(
        'kind: Invalid input: expected "KubernetesStack"',
      ),
    );
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining(
        'The catalog keeps the stack entities of the last good file.',
      ),
    );
  });
});
