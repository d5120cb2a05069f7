import {
  crossesVulnerabilityThreshold,
  isAgreedCheck,
  ThresholdedVulnerability,
} from './agreedFindings';
import { SecurityBaseline } from './securityBaseline';

const baseline: SecurityBaseline = {
  customer: 'acme',
  title: 'Acme',
  agreedOn: '2026-06-01',
  benchmarks: [
    { set: 'cis-1.5', scoredOnly: true },
    { set: 'eks-1.8.0', scoredOnly: false },
  ],
  policySets: [{ set: 'require-*' }, { set: 'k8s-nsa-1.0' }],
  vulnerabilities: [
    { severity: 'critical', fixableOnly: true, maxAgeDays: 14 },
    { severity: 'high', fixableOnly: false, maxAgeDays: 30 },
  ],
  exceptions: [],
};

describe('isAgreedCheck', () => {
  it.each<[string, { set: string; scored?: boolean }, boolean]>([
    [
      'a scored control of a scored-only benchmark',
      { set: 'cis-1.5', scored: true },
      true,
    ],
    [
      'an unscored control of a scored-only benchmark',
      { set: 'cis-1.5', scored: false },
      false,
    ],
    [
      'a control whose report does not say whether it is scored',
      { set: 'cis-1.5' },
      true,
    ],
    [
      'an unscored control of a benchmark with every control',
      { set: 'eks-1.8.0', scored: false },
      true,
    ],
    ['another benchmark', { set: 'cis-1.8', scored: true }, false],
    ['a policy matching a glob', { set: 'require-labels' }, true],
    ['a policy matching no glob', { set: 'disallow-latest-tag' }, false],
    ['a compliance spec', { set: 'k8s-nsa-1.0' }, true],
    [
      'an unscored check of a policy set',
      { set: 'require-labels', scored: false },
      true,
    ],
    ['a check family not agreed', { set: 'polaris' }, false],
  ])('%s: %s', (_, check, expected) => {
    expect(isAgreedCheck(baseline, check)).toBe(expected);
  });
});

describe('crossesVulnerabilityThreshold', () => {
  const on = '2026-07-15';
  it.each<[string, ThresholdedVulnerability, boolean]>([
    [
      'fixable critical, 15 days',
      {
        severity: 'critical',
        fixable: true,
        firstSeen: '2026-06-30T09:00:00Z',
      },
      true,
    ],
    [
      'fixable critical, 14 days',
      {
        severity: 'critical',
        fixable: true,
        firstSeen: '2026-07-01T23:59:00Z',
      },
      false,
    ],
    [
      'unfixable critical, 15 days',
      {
        severity: 'critical',
        fixable: false,
        firstSeen: '2026-06-30T09:00:00Z',
      },
      false,
    ],
    [
      'critical of unknown fixability, 15 days',
      { severity: 'critical', firstSeen: '2026-06-30T09:00:00Z' },
      false,
    ],
    [
      'unfixable high, 31 days',
      { severity: 'high', fixable: false, firstSeen: '2026-06-14T09:00:00Z' },
      true,
    ],
    [
      'unfixable high, 30 days',
      { severity: 'high', fixable: false, firstSeen: '2026-06-15T09:00:00Z' },
      false,
    ],
    [
      'medium, a year',
      { severity: 'medium', fixable: true, firstSeen: '2025-07-15T09:00:00Z' },
      false,
    ],
    [
      'first seen at a UTC+2 midnight, the day before in UTC',
      {
        severity: 'critical',
        fixable: true,
        firstSeen: '2026-07-01T01:00:00+02:00',
      },
      true,
    ],
  ])('%s: %s', (_, vulnerability, expected) => {
    expect(crossesVulnerabilityThreshold(baseline, vulnerability, on)).toBe(
      expected,
    );
  });
});
