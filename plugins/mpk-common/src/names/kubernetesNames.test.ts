import { explainDnsLabelProblem, isDnsLabel } from './kubernetesNames';

describe('explainDnsLabelProblem', () => {
  it.each(['a', 'acme-prod', '0day', 'x'.repeat(63), 'a-b-c-1'])(
    'accepts %s',
    name => {
      expect(explainDnsLabelProblem(name)).toBeUndefined();
      expect(isDnsLabel(name)).toBe(true);
    },
  );

  it.each([
    ['', 'must not be empty'],
    ['x'.repeat(64), 'must be at most 63 characters (it has 64)'],
    ['Acme', "may contain only lowercase letters, digits and '-' (found 'A')"],
    [
      'acme_prod',
      "may contain only lowercase letters, digits and '-' (found '_')",
    ],
    [
      'acme.prod',
      "may contain only lowercase letters, digits and '-' (found '.')",
    ],
    ['-acme', "must start and end with a letter or digit, not '-'"],
    ['acme-', "must start and end with a letter or digit, not '-'"],
  ])('rejects %j: %s', (name, problem) => {
    expect(explainDnsLabelProblem(name)).toBe(problem);
    expect(isDnsLabel(name)).toBe(false);
  });
});
