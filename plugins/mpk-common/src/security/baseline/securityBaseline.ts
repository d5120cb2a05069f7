import { z } from 'zod';
import { ApiSchemas } from '../../schema/apiSchemas';
import { plainTextSchema } from '../../text/plainText';
import { calendarDateSchema } from '../../upgrade/calendarDates';
import { describeZodProblems } from '../../zodProblems';
import { SECURITY_SEVERITIES, SecuritySeverity } from '../securityModel';
import { matchesSetPattern } from './setPatterns';

/**
 * A benchmark and profile the customer agreed to, e.g. `cis-1.5`, scored controls only.
 * @public
 */
export interface BaselineBenchmark {
  /** the set as checks name it (`cis-1.5`, `eks-1.8.0`) */
  set: string;
  /** only the controls the benchmark scores count */
  scoredOnly: boolean;
  title?: string;
}

/**
 * Policies the customer agreed to: of policy reports, compliance specs or check families.
 * @public
 */
export interface BaselinePolicySet {
  /** the set as checks name it; `*` stands for any text, e.g. `require-*` */
  set: string;
  title?: string;
}

/**
 * A vulnerability threshold: no vulnerability of `severity` (fixable ones only, when
 * `fixableOnly`) open for more than `maxAgeDays` days.
 * @public
 */
export interface BaselineVulnerabilityThreshold {
  severity: SecuritySeverity;
  fixableOnly: boolean;
  maxAgeDays: number;
}

/**
 * An exception agreed in the baseline file: a check (or `*`, every check of the set) that may
 * fail within its scope until `expires`, the last day it applies.
 * @public
 */
export interface BaselineException {
  set: string;
  check: string;
  scope: ApiSchemas['SecurityExceptionScope'];
  reason: string;
  approvedBy: string;
  expires: string;
}

/**
 * The security standards agreed with one customer, as the provider keeps them in git.
 * @public
 */
export interface SecurityBaseline {
  /** the customer Group's name */
  customer: string;
  title: string;
  /** the day it was agreed (YYYY-MM-DD) */
  agreedOn: string;
  benchmarks: BaselineBenchmark[];
  policySets: BaselinePolicySet[];
  vulnerabilities: BaselineVulnerabilityThreshold[];
  exceptions: BaselineException[];
}

/**
 * The baselines of the file, or every problem of it, each naming its path.
 * @public
 */
export type SecurityBaselinesResult =
  | { ok: true; baselines: SecurityBaseline[] }
  | { ok: false; problems: string[] };

/**
 * The set under which vulnerability findings are kept, and exceptions name them.
 * @public
 */
export const VULNERABILITY_SET = 'vulnerability';

/**
 * Bounds of the baseline file.
 * @public
 */
export const SECURITY_BASELINE_LIMITS = {
  baselines: 1000,
  textLength: 253,
  reasonLength: 2000,
  benchmarks: 50,
  policySets: 50,
  vulnerabilityThresholds: 50,
  exceptions: 500,
  maxAgeDays: 365,
} as const;

const limits = SECURITY_BASELINE_LIMITS;

function text(what: string, max: number = limits.textLength) {
  return plainTextSchema()
    .trim()
    .min(1, `name the ${what}`)
    .max(max, `at most ${max} characters`);
}

const benchmarkSchema = z.strictObject({
  set: text('benchmark'),
  scoredOnly: z.boolean().default(false),
  title: text('title').optional(),
});

const policySetSchema = z.strictObject({
  set: text('policy set'),
  title: text('title').optional(),
});

const thresholdSchema = z.strictObject({
  severity: z.enum(SECURITY_SEVERITIES, {
    error: `expected one of ${SECURITY_SEVERITIES.join(', ')}`,
  }),
  fixableOnly: z.boolean().default(false),
  maxAgeDays: z
    .number()
    .int('expected whole days')
    .min(0, `expected 0 to ${limits.maxAgeDays} days`)
    .max(limits.maxAgeDays, `expected 0 to ${limits.maxAgeDays} days`),
});

const scopeSchema = z.strictObject({
  cluster: text('cluster').optional(),
  namespace: text('namespace').optional(),
  kind: text('kind').optional(),
  name: text('name').optional(),
});

const exceptionSchema = z.strictObject({
  set: text('set'),
  check: text('check, or * for every check of the set'),
  scope: scopeSchema.default({}),
  reason: text('reason', limits.reasonLength),
  approvedBy: text('approver'),
  expires: calendarDateSchema,
});

const baselineSchema = z
  .strictObject({
    customer: text('customer'),
    title: text('title'),
    agreedOn: calendarDateSchema,
    benchmarks: z
      .array(benchmarkSchema)
      .max(limits.benchmarks, `at most ${limits.benchmarks} benchmarks`)
      .default([]),
    policySets: z
      .array(policySetSchema)
      .max(limits.policySets, `at most ${limits.policySets} policy sets`)
      .default([]),
    vulnerabilities: z
      .array(thresholdSchema)
      .max(
        limits.vulnerabilityThresholds,
        `at most ${limits.vulnerabilityThresholds} thresholds`,
      )
      .default([]),
    exceptions: z
      .array(exceptionSchema)
      .max(limits.exceptions, `at most ${limits.exceptions} exceptions`)
      .default([]),
  })
  .superRefine((baseline, context) => {
    baseline.exceptions.forEach((exception, index) => {
      const agreed =
        exception.set === VULNERABILITY_SET ||
        baseline.benchmarks.some(b => b.set === exception.set) ||
        baseline.policySets.some(p => matchesSetPattern(p.set, exception.set));
      if (!agreed) {
        context.addIssue({
          code: 'custom',
          path: ['exceptions', index, 'set'],
          message: `is no benchmark or policy set of this baseline, nor ${VULNERABILITY_SET}`,
        });
      }
    });
  });

const fileSchema = z
  .strictObject({
    baselines: z
      .array(baselineSchema)
      .max(limits.baselines, `at most ${limits.baselines} baselines`),
  })
  .superRefine((file, context) => {
    const first = new Map<string, number>();
    file.baselines.forEach((baseline, index) => {
      const earlier = first.get(baseline.customer);
      if (earlier === undefined) {
        first.set(baseline.customer, index);
      } else {
        context.addIssue({
          code: 'custom',
          path: ['baselines', index, 'customer'],
          message: `${baseline.customer} already has a baseline (baselines[${earlier}])`,
        });
      }
    });
  });

/**
 * Reads the baseline file (`{ baselines: [...] }`, parsed from YAML): at most one baseline per
 * customer, each with its benchmarks, policy sets, vulnerability thresholds and exceptions.
 * Lists left out are empty, `scoredOnly` and `fixableOnly` default to false, an exception's
 * scope to anywhere. Each problem names its path, e.g.
 * `baselines[0].exceptions[1].expires: is not a calendar date`.
 * @public
 */
export function parseSecurityBaselines(raw: unknown): SecurityBaselinesResult {
  const result = fileSchema.safeParse(raw);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map(issue =>
        describeZodProblems(new z.ZodError([issue]), {
          whole: 'baseline file',
          indexes: 'brackets',
        }),
      ),
    };
  }
  return { ok: true, baselines: result.data.baselines };
}
