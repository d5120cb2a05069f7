import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { stackToEntities } from '@mpk-portal/plugin-mpk-common';
import { exampleStack } from '../__testUtils__/designFixtures';
import { DesignContextSource } from './designContext';

const cluster = (name: string, design?: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name,
    namespace: 'default',
    ...(design && { annotations: { 'mpk.io/design': design } }),
  },
  spec: { type: 'kubernetes-cluster', owner: 'group:default/pod-blue' },
});

function sourceWith(entities: any[], versions: object, status = 200) {
  const fetch = jest.fn(
    async (_url: string, _init?: RequestInit) =>
      new Response(JSON.stringify(versions), {
        status,
        headers: { 'Content-Type': 'application/json' },
      }),
  );
  const source = new DesignContextSource({
    catalog: catalogServiceMock({ entities }),
    discovery: mockServices.discovery(),
    auth: mockServices.auth(),
    fetch: fetch as unknown as typeof globalThis.fetch,
  });
  return { source, fetch };
}

describe('DesignContextSource', () => {
  it('reads the stack and clusters from the catalog and the releases from the mpk backend', async () => {
    const stack = exampleStack();
    const { source, fetch } = sourceWith(
      [
        ...stackToEntities(stack, 'file:/stack.yaml'),
        cluster('acme-prod'),
        // The design's own cluster, from its previous version: rendered again, not a clash.
        cluster('acme-data-prod', 'acme-data'),
        cluster('acme-eu-prod', 'acme-platform'),
      ],
      {
        platform: 'rpc-k',
        today: '2026-11-25',
        calendar: { product: 'kubernetes', title: 'Kubernetes' },
        supportedLines: ['1.36', '1.35'],
      },
    );

    const context = await source.load('rpc-k', 'acme-data');
    expect(context).toMatchObject({
      supportedLines: ['1.36', '1.35'],
      calendarTitle: 'Kubernetes',
      existingClusters: ['acme-prod', 'acme-eu-prod'],
      today: '2026-11-25',
    });
    expect(context.stack.technologies.map(t => t.id)).toEqual(
      stack.technologies.map(t => t.id),
    );
    expect(context.stack.technologies.find(t => t.id === 'harbor')).toEqual(
      stack.technologies.find(t => t.id === 'harbor'),
    );
    const request = new Request(...fetch.mock.calls[0]);
    expect(request.url).toBe(
      'http://localhost:0/api/mpk/kubernetes-versions?platform=rpc-k',
    );
    expect(request.headers.get('Authorization')).toMatch(/^Bearer /);
  });

  it('says what is missing without a stack in the catalog, and passes on a backend error', async () => {
    await expect(
      sourceWith([], {
        supportedLines: [],
        calendar: { title: '' },
      }).source.load('eks', 'acme-data'),
    ).rejects.toThrow(
      'The catalog has no Kubernetes stack (a System of type kubernetes-stack and its stack-component Components): check mpk.stack.location',
    );
    const stack = stackToEntities(exampleStack(), 'file:/stack.yaml');
    await expect(
      sourceWith(
        stack,
        {
          error: {
            name: 'NotFoundError',
            message: 'No release calendar for amazon-eks',
          },
        },
        404,
      ).source.load('eks', 'acme-data'),
    ).rejects.toMatchObject({ name: 'ResponseError', statusCode: 404 });
  });
});
