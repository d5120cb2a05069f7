import { z } from 'zod';
import { describeZodProblems } from '../zodProblems';
import { calendarDateSchema } from './calendarDates';
import { ReleaseCalendar } from './releaseCalendar';

// endoflife.date gives `eol: false` while no date is announced; `true` only on old cycles whose
// date it does not know. Either way there is no date to count from.
const cycleSchema = z.looseObject({
  cycle: z.union([z.string().min(1), z.number()]).transform(String),
  releaseDate: calendarDateSchema,
  eol: z.union([calendarDateSchema, z.boolean()]).optional(),
});

/**
 * Every problem of a release calendar payload, or the calendar.
 * @public
 */
export type ReleaseCalendarResult =
  | { ok: true; calendar: ReleaseCalendar }
  | { ok: false; problems: string[] };

/**
 * Reads the release cycles of a product in the format of the endoflife.date API
 * (`GET /api/<product>.json`): an array of `{ cycle, releaseDate, eol, … }`.
 * @public
 */
export function parseEndOfLifeCycles(
  product: string,
  title: string,
  payload: unknown,
): ReleaseCalendarResult {
  const result = z.array(cycleSchema).min(1).safeParse(payload);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map(issue =>
        describeZodProblems(new z.ZodError([issue]), {
          root: product,
          indexes: 'brackets',
        }),
      ),
    };
  }
  return {
    ok: true,
    calendar: {
      product,
      title,
      cycles: result.data.map(({ cycle, releaseDate, eol }) => ({
        cycle,
        releaseDate,
        ...(typeof eol === 'string' ? { eol } : {}),
      })),
    },
  };
}
