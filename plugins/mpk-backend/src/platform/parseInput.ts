import { InputError } from '@backstage/errors';
import { describeZodProblems } from '@mpk-portal/plugin-mpk-common';
import { z } from 'zod';

/** Parses request input, naming every bad field in one `InputError` (a 400). */
export function parseInput<T>(
  schema: z.ZodType<T>,
  value: unknown,
  what: string,
): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new InputError(
      `Invalid ${what}: ${describeZodProblems(result.error, { whole: what })}`,
    );
  }
  return result.data;
}

/** A query parameter that may repeat, read as a list; missing is an empty list. */
export const queryList = <T extends z.ZodType<string>>(item: T) =>
  z
    .union([item, z.array(item)])
    .optional()
    .transform(value => (value === undefined ? [] : [value].flat()));
