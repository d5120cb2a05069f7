import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  describeZodProblems,
  DetailedDesign,
  detailedDesignSchema,
} from '@mpk-portal/plugin-mpk-common';
import { readFile } from 'node:fs/promises';
import yaml from 'yaml';

/**
 * The design that `mpk:design:render` wrote into a workspace (`design.yaml` by default), checked
 * by `detailedDesignSchema`; a file that is missing or not a design is refused with its problems.
 */
export async function readDesignFile(
  workspacePath: string,
  path: string = 'design.yaml',
): Promise<DetailedDesign> {
  const file = resolveSafeChildPath(workspacePath, path);
  let raw: unknown;
  try {
    raw = yaml.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new InputError(`Cannot read the design ${file}: ${error}`);
  }
  const result = detailedDesignSchema.safeParse(raw);
  if (!result.success) {
    throw new InputError(
      `${file} is not a design: ${describeZodProblems(result.error)}`,
    );
  }
  return result.data;
}
