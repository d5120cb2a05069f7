import { currentTier, parseStackDefinition } from './stackDefinition';

function stack(technology: Record<string, unknown> = {}) {
  return {
    apiVersion: 'mpk.io/v1alpha1',
    kind: 'KubernetesStack',
    metadata: { name: 'mpk-stack', title: 'Stack', description: 'The stack.' },
    owner: 'group:default/mpk-provider',
    categories: [{ id: 'observability', title: 'Observability' }],
    technologies: [
      {
        id: 'grafana',
        title: 'Grafana',
        description: 'Dashboards.',
        category: 'observability',
        platforms: ['eks', 'rpc-k'],
        docs: 'https://grafana.com/docs/',
        supportedVersions: ['12.2'],
        tierHistory: [
          { tier: 'certified', since: '2024-01-15' },
          {
            tier: 'infrastructure',
            since: '2025-04-01',
            reason: 'Shipped with every build.',
          },
        ],
        ...technology,
      },
    ],
  };
}

function problemsOf(raw: unknown) {
  const result = parseStackDefinition(raw);
  return result.ok ? [] : result.problems;
}

describe('parseStackDefinition', () => {
  it('accepts a valid definition', () => {
    const result = parseStackDefinition(stack());
    expect(result.ok).toBe(true);
    expect(result.ok && currentTier(result.stack.technologies[0])).toBe(
      'infrastructure',
    );
  });

  it.each([
    [
      'a date that is not in the calendar',
      { tierHistory: [{ tier: 'catalog', since: '2025-02-30' }] },
      'technologies[0] (grafana).tierHistory[0].since: is not a calendar date',
    ],
    [
      'a leap day is fine, a date in another format is not',
      {
        tierHistory: [
          { tier: 'catalog', since: '2024-02-29' },
          { tier: 'certified', since: '01/03/2025' },
        ],
      },
      'technologies[0] (grafana).tierHistory[1].since: expected a date as YYYY-MM-DD',
    ],
    [
      'a change to the tier it already has',
      {
        tierHistory: [
          { tier: 'catalog', since: '2024-01-15' },
          { tier: 'catalog', since: '2025-01-15' },
        ],
      },
      'technologies[0] (grafana).tierHistory[1].tier: repeats the previous tier (catalog)',
    ],
    [
      'two changes on the same day',
      {
        tierHistory: [
          { tier: 'catalog', since: '2024-01-15' },
          { tier: 'certified', since: '2024-01-15' },
        ],
      },
      'technologies[0] (grafana).tierHistory[1].since: 2024-01-15 must come after the previous change (2024-01-15)',
    ],
    [
      'an empty history',
      { tierHistory: [] },
      'technologies[0] (grafana).tierHistory: Too small: expected array to have >=1 items',
    ],
    [
      'an unknown platform',
      { platforms: ['gke'] },
      'technologies[0] (grafana).platforms[0]: Invalid option: expected one of "eks"|"rpc-k"',
    ],
    [
      'a docs link that is not a URL',
      { docs: 'grafana docs' },
      'technologies[0] (grafana).docs: Invalid URL',
    ],
    [
      'an id that cannot be an entity name',
      { id: 'Grafana' },
      `technologies[0] (Grafana).id: "Grafana" may contain only lowercase letters, digits and '-' (found 'G')`,
    ],
    [
      'a field the format does not have (a typo)',
      { doc: 'https://grafana.com/docs/' },
      'technologies[0] (grafana): Unrecognized key: "doc"',
    ],
  ])('refuses %s', (_, technology, problem) => {
    expect(problemsOf(stack(technology))).toEqual([problem]);
  });

  it('refuses a file of another kind, naming the field', () => {
    expect(problemsOf({ ...stack(), kind: 'Stack' })).toEqual([
      'kind: Invalid input: expected "KubernetesStack"',
    ]);
  });

  it('refuses something that is not a stack at all', () => {
    expect(problemsOf('technologies')).toEqual([
      '(file): Invalid input: expected object, received string',
    ]);
  });
});
