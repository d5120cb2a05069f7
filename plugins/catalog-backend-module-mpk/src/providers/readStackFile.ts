import {
  parseStackDefinition,
  StackDefinition,
} from '@mpk-portal/plugin-mpk-common';
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';

/** The stack file could not be read or broke the format; the message names file and fields. */
export class StackFileError extends Error {
  readonly name = 'StackFileError';
}

/**
 * Reads and validates a stack definition file.
 * @throws StackFileError listing every problem, each with the entry and field it is in
 */
export async function readStackFile(path: string): Promise<StackDefinition> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new StackFileError(
      `Stack file ${path} cannot be read: ${(error as Error).message}`,
    );
  }
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new StackFileError(
      `Stack file ${path} is not valid YAML: ${(error as Error).message}`,
    );
  }
  const result = parseStackDefinition(raw);
  if (!result.ok) {
    throw new StackFileError(
      `Stack file ${path} has ${
        result.problems.length
      } problem(s):\n- ${result.problems.join('\n- ')}`,
    );
  }
  return result.stack;
}
