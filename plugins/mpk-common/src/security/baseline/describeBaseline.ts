import { ApiSchemas } from '../../schema/apiSchemas';
import {
  BaselineBenchmark,
  BaselinePolicySet,
  BaselineVulnerabilityThreshold,
  SecurityBaseline,
} from './securityBaseline';

function describeBenchmark(benchmark: BaselineBenchmark): string {
  const name = benchmark.title
    ? `${benchmark.title} (${benchmark.set})`
    : benchmark.set;
  return benchmark.scoredOnly ? `${name}, scored controls only` : name;
}

function describePolicySet(policySet: BaselinePolicySet): string {
  if (policySet.title) return `${policySet.title} (${policySet.set})`;
  return policySet.set.includes('*')
    ? `Policies matching ${policySet.set}`
    : policySet.set;
}

function describeThreshold(threshold: BaselineVulnerabilityThreshold): string {
  const fixable = threshold.fixableOnly ? 'fixable ' : '';
  const what =
    threshold.severity === 'unknown'
      ? `No ${fixable}vulnerability of unknown severity`
      : `No ${fixable}${threshold.severity} vulnerability`;
  if (threshold.maxAgeDays === 0) return `${what} past the day it is found`;
  const days = threshold.maxAgeDays === 1 ? 'day' : 'days';
  return `${what} older than ${threshold.maxAgeDays} ${days}`;
}

/**
 * What a baseline agrees, in words: its benchmarks and policy sets by title (and set), and each
 * vulnerability threshold as a sentence, e.g. `No fixable critical vulnerability older than 14
 * days`.
 * @public
 */
export function describeBaseline(
  baseline: SecurityBaseline,
): ApiSchemas['SecurityBaselineSummary'] {
  return {
    customer: baseline.customer,
    title: baseline.title,
    benchmarks: baseline.benchmarks.map(describeBenchmark),
    policySets: baseline.policySets.map(describePolicySet),
    vulnerabilityThresholds: baseline.vulnerabilities.map(describeThreshold),
  };
}
