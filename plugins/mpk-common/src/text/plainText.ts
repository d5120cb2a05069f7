import { z } from 'zod';

/**
 * Unicode's control characters (Cc) other than line feed, carriage return and tab: no part of a
 * text people write, invisible on screen, and NUL is refused by PostgreSQL's text type.
 */
const CONTROL_CHARACTER =
  // eslint-disable-next-line no-control-regex -- finding control characters is its one job
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * The first control character of a text other than a line break or tab, as `U+0000 at
 * character 5` (counted from 1), or undefined when there is none.
 * @public
 */
export function controlCharacterIn(text: string): string | undefined {
  const match = CONTROL_CHARACTER.exec(text);
  if (!match) return undefined;
  const code = match[0].charCodeAt(0).toString(16).toUpperCase();
  return `U+${code.padStart(4, '0')} at character ${match.index + 1}`;
}

/**
 * A string of plain text, as every text field people or systems send is taken (titles,
 * descriptions, comments, ids): control characters other than line breaks and tabs are refused,
 * wherever they are, with a message saying which and where. Chain the field's own length checks
 * and `trim()` after it; the check sees the text as sent.
 * @public
 */
export function plainTextSchema(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).refine(text => !controlCharacterIn(text), {
    error: issue =>
      `must be plain text without control characters other than line breaks and tabs (found ${controlCharacterIn(
        issue.input as string,
      )})`,
  });
}
