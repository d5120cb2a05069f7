import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { MpkPersonaLoader } from './MpkPersonaLoader';

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'acme', namespace: 'default' },
    spec: { type: 'customer', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: {
      name: 'dana',
      namespace: 'default',
      annotations: { 'mpk.io/role': 'customer-developer' },
    },
    spec: { memberOf: ['acme'] },
    relations: [{ type: 'memberOf', targetRef: 'group:default/acme' }],
  },
];

function loaderWith(catalog: ReturnType<typeof catalogServiceMock>) {
  let now = 0;
  const loader = new MpkPersonaLoader({
    catalog,
    auth: mockServices.auth(),
    ttlMs: 1000,
    now: () => now,
  });
  return { loader, later: (ms: number) => (now += ms) };
}

describe('MpkPersonaLoader', () => {
  it("reads a person's role and customers from the catalog", async () => {
    const { loader } = loaderWith(catalogServiceMock({ entities }));
    expect(await loader.load('user:default/dana')).toEqual({
      kind: 'customer',
      userEntityRef: 'user:default/dana',
      role: 'customer-developer',
      customers: ['acme'],
    });
    expect(await loader.load('user:default/nobody')).toMatchObject({
      kind: 'unknown',
      reason: 'user:default/nobody is not in the catalog',
    });
  });

  it('reuses a persona for its time to live, then reads it again', async () => {
    const catalog = catalogServiceMock.mock({
      getEntityByRef: jest.fn(async () => undefined),
    });
    const { loader, later } = loaderWith(catalog);
    await loader.load('user:default/dana');
    await loader.load('user:default/dana');
    expect(catalog.getEntityByRef).toHaveBeenCalledTimes(1);
    later(1001);
    await loader.load('user:default/dana');
    expect(catalog.getEntityByRef).toHaveBeenCalledTimes(2);
  });

  it('does not keep a failed read', async () => {
    const getEntityByRef = jest
      .fn()
      .mockRejectedValueOnce(new Error('catalog restarting'))
      .mockResolvedValue(undefined);
    const { loader } = loaderWith(catalogServiceMock.mock({ getEntityByRef }));
    await expect(loader.load('user:default/dana')).rejects.toThrow(
      'catalog restarting',
    );
    await expect(loader.load('user:default/dana')).resolves.toMatchObject({
      kind: 'unknown',
    });
  });
});
