import { describeZodProblems } from '@mpk-portal/plugin-mpk-common';
import { Duration } from 'luxon';
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/**
 * A time before or after another as an ISO 8601 duration, read as milliseconds; `example` is
 * shown in the message when the text is not one, e.g. `PT25M`.
 */
export const exampleDurationSchema = (example: string) =>
  z
    .string()
    .refine(
      text => Duration.fromISO(text).isValid,
      `expected an ISO 8601 duration, e.g. ${example}`,
    )
    .transform(text => Duration.fromISO(text).toMillis());

/**
 * Reads and checks a YAML file of example data (`what`, e.g. `Example tickets`); throws naming the
 * file and every problem.
 */
export async function readExampleFile<T>(
  file: string,
  schema: z.ZodType<T>,
  what: string,
): Promise<T> {
  let parsed: unknown;
  try {
    parsed = parseYaml(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`${what} file ${file} cannot be read: ${error}`);
  }
  const result = schema.safeParse(parsed);
  if (!result.success) {
    throw new Error(
      `${what} file ${file} has problems: ${describeZodProblems(result.error)}`,
    );
  }
  return result.data;
}
