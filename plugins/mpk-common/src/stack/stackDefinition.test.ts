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

  it('accepts certified releases and a compatibility table', () => {
    const result = parseStackDefinition(
      stack({
        certifiedReleases: [
          { version: '1.9', certifiedOn: '2025-01-10' },
          { version: '1.10', certifiedOn: '2025-05-05' },
        ],
        kubernetesCompatibility: {
          source: 'https://grafana.com/docs/compatibility',
          versions: [
            { version: '12.2', kubernetes: { min: '1.31', max: '1.35' } },
            { version: '12.3', kubernetes: { min: '1.32' } },
            { version: '12.4', kubernetes: { min: '1.33', max: '1.33' } },
          ],
        },
      }),
    );
    expect(result.ok).toBe(true);
    expect(result.ok && result.stack.technologies[0]).toMatchObject({
      certifiedReleases: [{ version: '1.9' }, { version: '1.10' }],
      kubernetesCompatibility: { versions: [{}, {}, {}] },
    });
  });

  const compatibility = (
    versions: unknown[],
    source = 'https://grafana.com/docs/compatibility',
  ) => ({ kubernetesCompatibility: { source, versions } });

  it.each([
    [
      'a certified release with a patch version',
      { certifiedReleases: [{ version: '1.35.2', certifiedOn: '2026-03-10' }] },
      'technologies[0] (grafana).certifiedReleases[0].version: expected a release line as MAJOR.MINOR (e.g. 1.35)',
    ],
    [
      'a certification day that is not a date',
      { certifiedReleases: [{ version: '1.35', certifiedOn: '2026-02-30' }] },
      'technologies[0] (grafana).certifiedReleases[0].certifiedOn: is not a calendar date',
    ],
    [
      'a release certified twice',
      {
        certifiedReleases: [
          { version: '1.35', certifiedOn: '2026-03-10' },
          { version: '1.35', certifiedOn: '2026-04-10' },
        ],
      },
      'technologies[0] (grafana).certifiedReleases[1].version: 1.35 is already certified by an earlier entry',
    ],
    [
      'a later version certified before an earlier one',
      {
        certifiedReleases: [
          { version: '1.9', certifiedOn: '2026-03-10' },
          { version: '1.10', certifiedOn: '2026-03-10' },
        ],
      },
      'technologies[0] (grafana).certifiedReleases[1].certifiedOn: 1.10 certified on 2026-03-10 must come after 1.9 (2026-03-10)',
    ],
    [
      'an earlier version certified after a later one',
      {
        certifiedReleases: [
          { version: '1.36', certifiedOn: '2026-03-10' },
          { version: '1.35', certifiedOn: '2026-05-01' },
        ],
      },
      'technologies[0] (grafana).certifiedReleases[1].certifiedOn: 1.35 certified on 2026-05-01 must come before 1.36 (2026-03-10)',
    ],
    [
      'a compatibility table that is not https',
      compatibility(
        [{ version: '12.2', kubernetes: { min: '1.31' } }],
        'http://grafana.com/docs/compatibility',
      ),
      'technologies[0] (grafana).kubernetesCompatibility.source: expected the https URL of the compatibility table',
    ],
    [
      'a compatibility table without rows',
      compatibility([]),
      'technologies[0] (grafana).kubernetesCompatibility.versions: Too small: expected array to have >=1 items',
    ],
    [
      'a version line repeated in the table',
      compatibility([
        { version: '12.2', kubernetes: { min: '1.31' } },
        { version: '12.2', kubernetes: { min: '1.32' } },
      ]),
      'technologies[0] (grafana).kubernetesCompatibility.versions[1].version: 12.2 is already in an earlier row',
    ],
    [
      'a range whose minimum is above its maximum',
      compatibility([
        { version: '12.2', kubernetes: { min: '1.9', max: '1.10' } },
        { version: '12.3', kubernetes: { min: '1.35', max: '1.34' } },
      ]),
      'technologies[0] (grafana).kubernetesCompatibility.versions[1].kubernetes: min 1.35 is above max 1.34',
    ],
    [
      'a Kubernetes version with its patch',
      compatibility([{ version: '12.2', kubernetes: { min: '1.31.0' } }]),
      'technologies[0] (grafana).kubernetesCompatibility.versions[0].kubernetes.min: expected a release line as MAJOR.MINOR (e.g. 1.35)',
    ],
    [
      'a compatibility row with a field the format does not have',
      compatibility([
        { version: '12.2', kubernetes: { min: '1.31' }, note: 'x' },
      ]),
      'technologies[0] (grafana).kubernetesCompatibility.versions[0]: Unrecognized key: "note"',
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
