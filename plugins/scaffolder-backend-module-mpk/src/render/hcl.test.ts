import { parse } from '@cdktf/hcl2json';
import {
  attribute,
  block,
  comment,
  hclCall,
  hclReference,
  quoteHcl,
  renderHcl,
} from './hcl';

/**
 * hcl2json answers in Terraform's JSON syntax, where strings are templates too: a literal `${`
 * reads `$${` there. This turns a literal into that form, to compare.
 */
const asJsonTemplate = (literal: string) =>
  literal.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');

async function roundTrip(value: string): Promise<unknown> {
  const json = await parse(
    'test.tf',
    renderHcl([block('locals', [], [attribute('value', value)])]),
  );
  return json.locals[0].value;
}

describe('the HCL emitter', () => {
  it.each([
    ['quotes and backslashes', 'say "hi" \\ back\\"slash'],
    ['an interpolation', '${var.secret}'],
    ['a directive', '%{ if true }x%{ endif }'],
    ['an already escaped interpolation', '$${not_escaped_twice}'],
    ['a dollar before an interpolation', '$$${x}'],
    ['control characters', 'line\nbreak\ttab\rreturn\u0001bell'],
    ['unicode', 'Zürich — 東京 🚀'],
    ['a trailing dollar and percent', 'cost: 5$ and 10%'],
  ])('keeps %s literal', async (_, literal) => {
    expect(await roundTrip(literal)).toBe(asJsonTemplate(literal));
  });

  it('writes what the parser reads as text, not as an interpolation', async () => {
    // In hcl2json's answer an interpolation stays `${…}`, a literal reads `$${…}`.
    expect(await roundTrip('${var.secret}')).toBe('$${var.secret}');
    expect(await roundTrip('%{ if x }')).toBe('%%{ if x }');
    expect(await roundTrip('a "quoted" word')).toBe('a "quoted" word');
  });

  it('never leaves an unescaped template sequence in a quoted string', () => {
    const quoted = quoteHcl('a${b}c%{d}e$${f}');
    // Every `${` or `%{` is preceded by the doubled sign that escapes it.
    expect(quoted.replace(/\$\$\{|%%\{/g, '')).not.toMatch(/\$\{|%\{/);
  });

  it('writes nested objects, lists, references and calls that parse back', async () => {
    const text = renderHcl([
      comment('a header\nover two lines', { detached: true }),
      block(
        'module',
        ['eks'],
        [
          attribute('source', 'terraform-aws-modules/eks/aws'),
          attribute('size', 3),
          attribute('enabled', true),
          attribute('nothing', null),
          attribute('skipped', undefined),
          attribute('names', ['a', 'b']),
          attribute(
            'subnet',
            hclCall('cidrsubnet', hclReference('var.cidr'), 4, 0),
          ),
          attribute('groups', {
            general: {
              min_size: 1,
              labels: { 'mpk.io/node-group': 'general' },
            },
            '1st-group': {},
            true: 'a key that reads as a keyword',
          }),
          block(
            'nested',
            [],
            [attribute('id', hclReference('module.vpc.vpc_id'))],
          ),
        ],
      ),
    ]);
    const json = await parse('main.tf', text);
    const eks = json.module.eks[0];
    expect(eks).toMatchObject({
      source: 'terraform-aws-modules/eks/aws',
      size: 3,
      enabled: true,
      nothing: null,
      names: ['a', 'b'],
      subnet: '${cidrsubnet(var.cidr, 4, 0)}',
      groups: {
        general: { min_size: 1, labels: { 'mpk.io/node-group': 'general' } },
        '1st-group': {},
        true: 'a key that reads as a keyword',
      },
      nested: [{ id: '${module.vpc.vpc_id}' }],
    });
    expect(eks).not.toHaveProperty('skipped');
    expect(
      text.startsWith('# a header\n# over two lines\n\nmodule "eks" {'),
    ).toBe(true);
  });

  it('lays out long lists and calls with object arguments across lines', async () => {
    const values = hclCall('yamlencode', {
      autoDiscovery: { clusterName: 'a"b' },
    });
    const text = renderHcl([
      block(
        'resource',
        ['helm_release', 'x'],
        [
          attribute('values', [values]),
          attribute(
            'args',
            Array.from({ length: 12 }, (_, i) => `argument-${i}`),
          ),
        ],
      ),
    ]);
    expect(text).toContain('yamlencode({\n');
    const json = await parse('main.tf', text);
    const release = json.resource.helm_release.x[0];
    expect(release.args).toHaveLength(12);
    expect(release.values[0]).toContain('yamlencode');
  });

  it('aligns the equals signs of consecutive attributes, as terraform fmt does', () => {
    const text = renderHcl([
      block(
        'provider',
        ['aws'],
        [attribute('region', 'us-east-1'), attribute('max_retries', 3)],
      ),
    ]);
    expect(text).toContain('  region      = "us-east-1"\n  max_retries = 3\n');
  });

  it('refuses names that would not be HCL', () => {
    expect(() => attribute('bad name', 1)).toThrow(/attribute name/);
    expect(() => block('module', ['a"b'], [])).toThrow(/block label/);
    expect(() => block('module', ['${x}'], [])).toThrow(/block label/);
    expect(() => hclReference('var.x}${y')).toThrow(/reference/);
    expect(() => hclCall('f(x)')).toThrow(/function name/);
    expect(() => renderHcl([attribute('n', Number.POSITIVE_INFINITY)])).toThrow(
      /HCL number/,
    );
  });
});
