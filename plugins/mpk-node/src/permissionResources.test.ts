import {
  mpkClusterConditions,
  mpkClusterPermissionRules,
  mpkCustomerPermissionRules,
} from './permissionResources';

const { isClusterOfCustomer, isClusterOfPod } = mpkClusterPermissionRules;
const acmeProd = {
  entityRef: 'resource:default/acme-prod',
  customer: 'acme',
  owner: 'group:default/pod-blue',
};

describe('cluster permission rules', () => {
  it("match a cluster by its customer, for a customer's people", () => {
    expect(isClusterOfCustomer.apply(acmeProd, { customers: ['acme'] })).toBe(
      true,
    );
    expect(isClusterOfCustomer.apply(acmeProd, { customers: ['globex'] })).toBe(
      false,
    );
    expect(
      isClusterOfCustomer.apply(
        { entityRef: 'resource:default/x' },
        { customers: ['acme'] },
      ),
    ).toBe(false);
    expect(isClusterOfCustomer.toQuery({ customers: ['acme'] })).toEqual({
      customers: ['acme'],
    });
  });

  it('match a cluster by its owning pod, for the pod staff', () => {
    expect(
      isClusterOfPod.apply(acmeProd, { pods: ['group:default/pod-blue'] }),
    ).toBe(true);
    expect(
      isClusterOfPod.apply(acmeProd, { pods: ['group:default/pod-green'] }),
    ).toBe(false);
    expect(
      isClusterOfPod.toQuery({ pods: ['group:default/pod-blue'] }),
    ).toEqual({ owners: ['group:default/pod-blue'] });
  });

  it('make conditions of the mpk-cluster resource type', () => {
    expect(mpkClusterConditions.isClusterOfPod({ pods: ['p'] })).toEqual({
      rule: 'IS_CLUSTER_OF_POD',
      resourceType: 'mpk-cluster',
      params: { pods: ['p'] },
    });
  });
});

describe('customer permission rules', () => {
  it('match a customer by name', () => {
    const { isCustomer } = mpkCustomerPermissionRules;
    expect(isCustomer.apply({ name: 'acme' }, { customers: ['acme'] })).toBe(
      true,
    );
    expect(isCustomer.apply({ name: 'globex' }, { customers: ['acme'] })).toBe(
      false,
    );
  });
});
