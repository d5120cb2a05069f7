import { describeBaseline } from './describeBaseline';
import {
  BaselineVulnerabilityThreshold,
  SecurityBaseline,
} from './securityBaseline';

const baseline: SecurityBaseline = {
  customer: 'acme',
  title: 'Acme security agreement',
  agreedOn: '2026-06-01',
  benchmarks: [
    { set: 'cis-1.5', scoredOnly: true, title: 'CIS Kubernetes Benchmark 1.5' },
    { set: 'eks-1.8.0', scoredOnly: false },
  ],
  policySets: [
    { set: 'require-*', title: 'Kyverno best-practice policies' },
    { set: 'disallow-*' },
    { set: 'k8s-nsa-1.0' },
  ],
  vulnerabilities: [
    { severity: 'critical', fixableOnly: true, maxAgeDays: 14 },
  ],
  exceptions: [],
};

describe('describeBaseline', () => {
  it('puts the baseline in words', () => {
    expect(describeBaseline(baseline)).toEqual({
      customer: 'acme',
      title: 'Acme security agreement',
      benchmarks: [
        'CIS Kubernetes Benchmark 1.5 (cis-1.5), scored controls only',
        'eks-1.8.0',
      ],
      policySets: [
        'Kyverno best-practice policies (require-*)',
        'Policies matching disallow-*',
        'k8s-nsa-1.0',
      ],
      vulnerabilityThresholds: [
        'No fixable critical vulnerability older than 14 days',
      ],
    });
  });

  it.each<[BaselineVulnerabilityThreshold, string]>([
    [
      { severity: 'critical', fixableOnly: true, maxAgeDays: 14 },
      'No fixable critical vulnerability older than 14 days',
    ],
    [
      { severity: 'high', fixableOnly: false, maxAgeDays: 30 },
      'No high vulnerability older than 30 days',
    ],
    [
      { severity: 'medium', fixableOnly: false, maxAgeDays: 1 },
      'No medium vulnerability older than 1 day',
    ],
    [
      { severity: 'critical', fixableOnly: false, maxAgeDays: 0 },
      'No critical vulnerability past the day it is found',
    ],
    [
      { severity: 'unknown', fixableOnly: true, maxAgeDays: 90 },
      'No fixable vulnerability of unknown severity older than 90 days',
    ],
  ])('describes %j as %j', (threshold, words) => {
    expect(
      describeBaseline({ ...baseline, vulnerabilities: [threshold] })
        .vulnerabilityThresholds,
    ).toEqual([words]);
  });
});
