import { createHash } from 'node:crypto';
import { designContentHash } from './designContentHash';

const design = {
  name: 'acme-platform',
  customer: 'acme',
  owner: 'group:default/pod-blue',
  platform: 'eks' as const,
  region: 'us-east-1',
  kubernetesVersion: '1.33',
  upgradeStrategy: 'side-by-side' as const,
  environments: [
    {
      name: 'prod',
      class: 'production' as const,
      nodeGroups: [
        {
          name: 'workers',
          instanceType: 'm6i.xlarge',
          minSize: 3,
          desiredSize: 3,
          maxSize: 6,
        },
      ],
    },
  ],
  components: ['cert-manager', 'velero'],
  acknowledgeNotQualified: false,
};

describe('designContentHash', () => {
  it('is the SHA-256 of the design as JSON with sorted keys and no spaces', () => {
    const canonical =
      '{"acknowledgeNotQualified":false,"components":["cert-manager","velero"],"customer":"acme",' +
      '"environments":[{"class":"production","name":"prod","nodeGroups":[{"desiredSize":3,' +
      '"instanceType":"m6i.xlarge","maxSize":6,"minSize":3,"name":"workers"}]}],' +
      '"kubernetesVersion":"1.33","name":"acme-platform","owner":"group:default/pod-blue",' +
      '"platform":"eks","region":"us-east-1","upgradeStrategy":"side-by-side"}';
    expect(designContentHash(design)).toBe(
      createHash('sha256').update(canonical).digest('hex'),
    );
    expect(designContentHash(design)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not change with the order of keys, omitted defaults or unknown fields', () => {
    const reordered = Object.fromEntries(
      Object.entries(design).reverse(),
    ) as typeof design;
    const { upgradeStrategy, acknowledgeNotQualified, ...withoutDefaults } =
      design;
    expect(designContentHash(reordered)).toBe(designContentHash(design));
    expect(designContentHash(withoutDefaults)).toBe(designContentHash(design));
    expect(
      designContentHash({ ...design, note: 'not a field' } as typeof design),
    ).toBe(designContentHash(design));
  });

  it('changes with any value, and with the order of a list', () => {
    const hash = designContentHash(design);
    expect(
      designContentHash({ ...design, kubernetesVersion: '1.34' }),
    ).not.toBe(hash);
    expect(
      designContentHash({ ...design, components: ['velero', 'cert-manager'] }),
    ).not.toBe(hash);
  });

  it('names the problems of what is not a detailed design', () => {
    expect(() =>
      designContentHash({ ...design, platform: 'gke' } as any),
    ).toThrow(/^Not a detailed design: platform: /);
  });
});
