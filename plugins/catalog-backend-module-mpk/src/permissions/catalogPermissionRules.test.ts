import { Entity } from '@backstage/catalog-model';
import { mpkCatalogPermissionRules } from './catalogPermissionRules';

const { isOtherCustomersEntity, isTemplateForRoles } =
  mpkCatalogPermissionRules;

const entity = (
  kind: string,
  name: string,
  spec: object,
  labels: Record<string, string> = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default', labels },
  spec,
});

const cluster = (name: string, customer?: string) =>
  entity(
    'Resource',
    name,
    { type: 'kubernetes-cluster' },
    customer ? { 'mpk.io/customer': customer } : {},
  );

const design = (name: string, customer?: string) =>
  entity(
    'Resource',
    name,
    { type: 'cluster-design' },
    customer ? { 'mpk.io/customer': customer } : {},
  );

describe('isOtherCustomersEntity', () => {
  const acme = { customers: ['acme'] };

  it('matches the clusters and customer groups of other customers, and a cluster without one', () => {
    expect(
      isOtherCustomersEntity.apply(cluster('globex-prod', 'globex'), acme),
    ).toBe(true);
    expect(isOtherCustomersEntity.apply(cluster('orphan'), acme)).toBe(true);
    expect(
      isOtherCustomersEntity.apply(
        entity('Group', 'globex', { type: 'customer' }),
        acme,
      ),
    ).toBe(true);
  });

  it('matches the designs of other customers, and a design without one, like clusters', () => {
    expect(
      isOtherCustomersEntity.apply(design('globex-edge', 'globex'), acme),
    ).toBe(true);
    expect(isOtherCustomersEntity.apply(design('orphan'), acme)).toBe(true);
    expect(
      isOtherCustomersEntity.apply(design('acme-platform', 'acme'), acme),
    ).toBe(false);
    expect(
      isOtherCustomersEntity.apply(design('acme-platform', 'acme'), {
        customers: [],
      }),
    ).toBe(true);
  });

  it('leaves the own customer and every other entity alone', () => {
    expect(
      isOtherCustomersEntity.apply(cluster('acme-prod', 'acme'), acme),
    ).toBe(false);
    expect(
      isOtherCustomersEntity.apply(
        entity('Group', 'acme', { type: 'customer' }),
        acme,
      ),
    ).toBe(false);
    expect(
      isOtherCustomersEntity.apply(
        entity('Group', 'pod-blue', { type: 'pod' }),
        acme,
      ),
    ).toBe(false);
    expect(
      isOtherCustomersEntity.apply(
        entity('Component', 'istio', { type: 'stack-component' }),
        acme,
      ),
    ).toBe(false);
    // Another kind of Resource, even with another customer's label.
    expect(
      isOtherCustomersEntity.apply(
        entity(
          'Resource',
          'db',
          { type: 'database' },
          {
            'mpk.io/customer': 'globex',
          },
        ),
        acme,
      ),
    ).toBe(false);
  });

  it('selects the same in the catalog query', () => {
    expect(isOtherCustomersEntity.toQuery(acme)).toEqual({
      anyOf: [
        {
          allOf: [
            { key: 'kind', values: ['resource'] },
            {
              key: 'spec.type',
              values: ['kubernetes-cluster', 'cluster-design'],
            },
            {
              not: { key: 'metadata.labels.mpk.io/customer', values: ['acme'] },
            },
          ],
        },
        {
          allOf: [
            { key: 'kind', values: ['group'] },
            { key: 'spec.type', values: ['customer'] },
            { not: { key: 'metadata.name', values: ['acme'] } },
          ],
        },
      ],
    });
    // Without customers, every cluster, design and customer group is another's.
    expect(isOtherCustomersEntity.toQuery({ customers: [] })).toEqual({
      anyOf: [
        {
          allOf: [
            { key: 'kind', values: ['resource'] },
            {
              key: 'spec.type',
              values: ['kubernetes-cluster', 'cluster-design'],
            },
          ],
        },
        {
          allOf: [
            { key: 'kind', values: ['group'] },
            { key: 'spec.type', values: ['customer'] },
          ],
        },
      ],
    });
  });
});

describe('isTemplateForRoles', () => {
  const template = (role?: string) =>
    entity(
      'Template',
      't',
      { type: 'x' },
      role ? { 'mpk.io/run-by': role } : {},
    );

  it('matches the templates of the given roles', () => {
    const roles = { roles: ['senior-cka-engineer'] };
    expect(
      isTemplateForRoles.apply(template('senior-cka-engineer'), roles),
    ).toBe(true);
    expect(isTemplateForRoles.apply(template('lead-architect'), roles)).toBe(
      false,
    );
    expect(isTemplateForRoles.apply(template(), roles)).toBe(false);
    expect(isTemplateForRoles.apply(cluster('acme-prod', 'acme'), roles)).toBe(
      false,
    );
    expect(isTemplateForRoles.toQuery(roles)).toEqual({
      allOf: [
        { key: 'kind', values: ['template'] },
        {
          key: 'metadata.labels.mpk.io/run-by',
          values: ['senior-cka-engineer'],
        },
      ],
    });
  });
});
