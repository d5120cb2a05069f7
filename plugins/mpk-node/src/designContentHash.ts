import {
  describeZodProblems,
  detailedDesignSchema,
} from '@mpk-portal/plugin-mpk-common';
import { createHash } from 'node:crypto';
import { z } from 'zod';

/** JSON with every object's keys sorted and no spaces; arrays keep their order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries
      .map(([key, v]) => `${JSON.stringify(key)}:${canonicalJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The content hash of a detailed design: the SHA-256 (hex) of its canonical form, the design
 * parsed as a detailed design (defaults filled in, unknown fields dropped) written as JSON with
 * every object's keys sorted and no spaces, in UTF-8. The same design gives the same hash whatever
 * its key order, formatting or omitted defaults, so the template that renders a design and the
 * backend that records its versions agree on it. In this node library, not in mpk-common:
 * `node:crypto` breaks the frontend's bundle.
 * @throws Error naming every problem when the value is not a detailed design
 * @public
 */
export function designContentHash(
  design: z.input<typeof detailedDesignSchema>,
): string {
  const parsed = detailedDesignSchema.safeParse(design);
  if (!parsed.success) {
    throw new Error(
      `Not a detailed design: ${describeZodProblems(parsed.error)}`,
    );
  }
  return createHash('sha256')
    .update(canonicalJson(parsed.data), 'utf8')
    .digest('hex');
}
