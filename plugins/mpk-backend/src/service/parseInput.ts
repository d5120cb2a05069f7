import { InputError } from '@backstage/errors';
import { z } from 'zod';

/** Parses request input, naming every bad field in one `InputError` (a 400). */
export function parseInput<T>(
  schema: z.ZodType<T>,
  value: unknown,
  what: string,
): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map(
      issue => `${issue.path.join('.') || what}: ${issue.message}`,
    );
    throw new InputError(`Invalid ${what}: ${problems.join('; ')}`);
  }
  return result.data;
}

/** A query parameter that may repeat, read as a list; missing is an empty list. */
export const queryList = <T extends z.ZodType<string>>(item: T) =>
  z
    .union([item, z.array(item)])
    .optional()
    .transform(value => (value === undefined ? [] : [value].flat()));

/** An instant written in ISO 8601 with its offset (`Z` or `±hh:mm`), read as a Date. */
export const instantSchema = z.iso
  .datetime({
    offset: true,
    error:
      'expected an ISO 8601 date and time with an offset, e.g. 2026-11-20T16:30:00-08:00',
  })
  .transform(text => new Date(text));
