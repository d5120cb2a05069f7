import { OrderedCluster, upgradeOrderWarning } from './upgradeOrder';

const prod: OrderedCluster = {
  name: 'acme-prod',
  environment: 'production',
  kubernetesVersion: '1.35',
};

describe('upgradeOrderWarning', () => {
  it.each([
    // non-production versions, the warning expected
    [['1.35'], expect.stringContaining('Upgrade acme-staging to 1.36 first')],
    [['1.36'], null],
    [['1.37'], null],
    [[], null],
  ])('staging on %p: %p', (stagingVersions, expected) => {
    const others = stagingVersions.map(
      (kubernetesVersion): OrderedCluster => ({
        name: 'acme-staging',
        environment: 'non-production',
        kubernetesVersion,
      }),
    );
    expect(upgradeOrderWarning(prod, [prod, ...others])).toEqual(expected);
  });

  it('names every non-production cluster still behind, and no production one', () => {
    expect(
      upgradeOrderWarning(prod, [
        prod,
        {
          name: 'acme-qa',
          environment: 'non-production',
          kubernetesVersion: '1.34',
        },
        {
          name: 'acme-dev',
          environment: 'non-production',
          kubernetesVersion: '1.35',
        },
        {
          name: 'acme-dr',
          environment: 'production',
          kubernetesVersion: '1.34',
        },
      ]),
    ).toBe(
      "Upgrade acme-dev and acme-qa to 1.36 first: a production cluster follows the customer's non-production clusters, on which the upgrade guarantee rests.",
    );
  });

  it('never warns about a non-production cluster', () => {
    expect(
      upgradeOrderWarning(
        {
          name: 'acme-staging',
          environment: 'non-production',
          kubernetesVersion: '1.35',
        },
        [
          {
            name: 'acme-dev',
            environment: 'non-production',
            kubernetesVersion: '1.33',
          },
        ],
      ),
    ).toBeNull();
  });
});
