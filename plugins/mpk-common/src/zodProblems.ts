import { z } from 'zod';

/**
 * How {@link describeZodProblems} names the field of each problem.
 * @public
 */
export interface ZodProblemNaming {
  /** the path the value sits at, e.g. `spec.contract`; problem paths continue it */
  root?: string;
  /** the name of a problem of the whole value, when there is no root */
  whole?: string;
  /** `dots` (default) writes `runs.0.results`, `brackets` writes `runs[0].results` */
  indexes?: 'dots' | 'brackets';
}

/**
 * The problems a zod schema found, one `field.path: message` each, joined with `; `, so that a
 * person reading a 400 answer or a start-up error sees every bad field at once.
 * @public
 */
export function describeZodProblems(
  error: z.ZodError,
  naming: ZodProblemNaming = {},
): string {
  return error.issues
    .map(issue => {
      let path = naming.root ?? '';
      for (const key of issue.path) {
        if (typeof key === 'number' && naming.indexes === 'brackets') {
          path += `[${key}]`;
        } else {
          path += path ? `.${String(key)}` : String(key);
        }
      }
      return `${path || naming.whole || '(value)'}: ${issue.message}`;
    })
    .join('; ');
}
