import { matchesSetPattern } from './setPatterns';

describe('matchesSetPattern', () => {
  it.each([
    ['require-*', 'require-labels', true],
    ['require-*', 'require-', true],
    ['require-*', 'disallow-latest-tag', false],
    ['require-*', 'Require-labels', false],
    ['*', 'anything', true],
    ['api-server:*', 'api-server:anonymous-auth', true],
    ['*-nsa-*', 'k8s-nsa-1.0', true],
    ['k8s-nsa-1.0', 'k8s-nsa-1.0', true],
    ['k8s-nsa-1.0', 'k8s-nsa-1x0', false],
    ['k8s-nsa-1.0', 'k8s-nsa-1.0.1', false],
    ['cis-(1)', 'cis-(1)', true],
    ['[a]-*', '[a]-b', true],
  ])('%s matches %s: %s', (pattern, set, expected) => {
    expect(matchesSetPattern(pattern, set)).toBe(expected);
  });
});
