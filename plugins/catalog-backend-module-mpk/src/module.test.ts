import {
  createMockDirectory,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { exampleStackFile } from './__testUtils__/stackFiles';
import { catalogModuleMpk } from './module';

jest.setTimeout(60_000);

const clustersYaml = `
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: acme-prod
  labels:
    mpk.io/customer: acme
    mpk.io/environment: production
    mpk.io/platform: eks
    mpk.io/kubernetes-version: '1.35'
    mpk.io/upgrade-strategy: in-place
spec:
  type: kubernetes-cluster
  owner: group:default/pod-blue
  installedComponents:
    - { component: istio, version: '1.27.3' }
`;

async function eventually<T>(
  probe: () => Promise<T | undefined>,
  what: string,
): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 250));
  }
}

describe('catalog module mpk, wired into the catalog', () => {
  const dir = createMockDirectory();

  it('brings the stack into the catalog, follows file changes, and survives a broken file', async () => {
    const exampleStack = readFileSync(exampleStackFile, 'utf8');
    dir.setContent({
      'stack.yaml': exampleStack,
      'clusters.yaml': clustersYaml,
    });
    const { server } = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleMpk,
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              rules: [
                { allow: ['Component', 'System', 'Resource', 'Location'] },
              ],
              locations: [
                { type: 'file', target: dir.resolve('clusters.yaml') },
              ],
            },
            mpk: { stack: { location: dir.resolve('stack.yaml') } },
          },
        }),
      ],
    });

    async function getEntity(ref: string): Promise<Entity | undefined> {
      const response = await request(server)
        .get(`/api/catalog/entities/by-name/${ref}`)
        .set('Authorization', mockCredentials.user.header());
      return response.status === 200 ? response.body : undefined;
    }
    async function stackComponents(): Promise<Entity[]> {
      const response = await request(server)
        .get('/api/catalog/entities/by-query')
        .query({
          filter: 'kind=component,spec.type=stack-component',
          limit: 100,
        })
        .set('Authorization', mockCredentials.user.header());
      return response.body.items;
    }

    await eventually(
      async () => ((await stackComponents()).length === 28 ? true : undefined),
      'the 28 stack components',
    );
    const istio = await eventually(async () => {
      const entity = await getEntity('component/default/istio');
      return entity?.relations?.some(r => r.type === 'dependencyOf')
        ? entity
        : undefined;
    }, 'istio related to the cluster that runs it');
    expect(istio.metadata.labels!['mpk.io/support-tier']).toBe('certified');
    expect(istio.relations).toContainEqual({
      type: 'dependencyOf',
      targetRef: 'resource:default/acme-prod',
    });
    expect(istio.relations).toContainEqual({
      type: 'partOf',
      targetRef: 'system:default/mpk-stack',
    });

    // Istio graduates: the file changes, the catalog follows without a restart.
    dir.setContent({
      'stack.yaml': exampleStack.replace(
        "      - { tier: certified, since: '2026-01-15', reason: Provider-tested mesh profile available. }",
        "      - { tier: certified, since: '2026-01-15', reason: Provider-tested mesh profile available. }\n" +
          "      - { tier: infrastructure, since: '2026-11-20', reason: Mesh in every build. }",
      ),
      'clusters.yaml': clustersYaml,
    });
    const graduated = await eventually(async () => {
      const entity = await getEntity('component/default/istio');
      return entity?.metadata.labels!['mpk.io/support-tier'] ===
        'infrastructure'
        ? entity
        : undefined;
    }, 'istio in the infrastructure tier');
    expect(
      (graduated.spec!.tierHistory as { tier: string }[]).map(c => c.tier),
    ).toEqual(['catalog', 'certified', 'infrastructure']);

    // A broken file changes nothing in the catalog.
    dir.setContent({
      'stack.yaml': 'technologies: [',
      'clusters.yaml': clustersYaml,
    });
    await new Promise(r => setTimeout(r, 5000));
    expect(await stackComponents()).toHaveLength(28);
    expect(
      (await getEntity('component/default/istio'))!.metadata.labels,
    ).toMatchObject({
      'mpk.io/support-tier': 'infrastructure',
    });
  });
});
