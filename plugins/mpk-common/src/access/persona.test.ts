import { Entity } from '@backstage/catalog-model';
import { personaOf } from './persona';

const group = (name: string, type: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type, children: [] },
});

const user = (role: string | undefined, memberOf: string[]): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: {
    name: 'someone',
    namespace: 'default',
    annotations: role ? { 'mpk.io/role': role } : {},
  },
  spec: { memberOf },
  relations: memberOf.map(g => ({
    type: 'memberOf',
    targetRef: `group:default/${g}`,
  })),
});

const groups = [
  group('pod-blue', 'pod'),
  group('pod-green', 'pod'),
  group('acme', 'customer'),
  group('globex', 'customer'),
  group('mpk-provider', 'organization'),
];
const ref = 'user:default/someone';

describe('personaOf', () => {
  it('makes pod staff of a provider role, with the pods they belong to', () => {
    expect(
      personaOf(ref, user('senior-cka-engineer', ['pod-blue']), groups),
    ).toEqual({
      kind: 'provider',
      userEntityRef: ref,
      role: 'senior-cka-engineer',
      pods: ['group:default/pod-blue'],
    });
  });

  it('makes an auditor provider staff of no pod', () => {
    expect(personaOf(ref, user('auditor', ['mpk-provider']), groups)).toEqual({
      kind: 'provider',
      userEntityRef: ref,
      role: 'auditor',
      pods: [],
    });
  });

  it("makes a customer's person of a customer role and their customer groups only", () => {
    expect(
      personaOf(ref, user('customer-admin', ['acme', 'pod-blue']), groups),
    ).toEqual({
      kind: 'customer',
      userEntityRef: ref,
      role: 'customer-admin',
      customers: ['acme'],
    });
  });

  it('counts only the groups the user is a member of', () => {
    const persona = personaOf(ref, user('customer-developer', ['acme']), [
      ...groups,
    ]);
    expect(persona).toMatchObject({ customers: ['acme'] });
  });

  it.each([
    ['no role', user(undefined, ['pod-blue']), 'has no role of the service'],
    ['a role it does not know', user('admin', ['acme']), 'has no role'],
    [
      'a customer role without a customer group',
      user('customer-admin', ['pod-blue']),
      'is a customer-admin of no customer group',
    ],
    ['no user entity', undefined, 'is not in the catalog'],
  ])('does not know a user with %s', (_, entity, reason) => {
    const persona = personaOf(ref, entity, groups);
    expect(persona.kind).toBe('unknown');
    expect(persona).toMatchObject({ reason: expect.stringContaining(reason) });
  });
});
