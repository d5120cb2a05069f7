/**
 * Markdown helpers for the design document. Design values are customer-supplied text, so they are
 * escaped before they meet markdown syntax. TechDocs renders with Python-Markdown and its
 * extensions (attribute lists, emoji, tilde, mark, caret) while repository hosts use CommonMark,
 * so the escapes are ones both honour: backslashes for the characters both list as escapable,
 * HTML character references for the rest.
 */

const BACKSLASH_ESCAPED = /[\\`*_[\]{}#]/g;
const AS_CHARACTER_REFERENCE: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  // a pipe splits table cells even when escaped inside a code span in some renderers
  '|': '&#124;',
  '~': '&#126;',
  '^': '&#94;',
  '=': '&#61;',
  ':': '&#58;',
};
const REFERENCE_ESCAPED = /[&<>|~^=:]/g;

function flatten(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * One line of text shown literally: line breaks become spaces and every character that could
 * start markup is escaped. Safe in paragraphs, headings, list items and table cells.
 */
export function escapeMarkdown(text: string): string {
  return flatten(text)
    .replace(BACKSLASH_ESCAPED, '\\$&')
    .replace(REFERENCE_ESCAPED, char => AS_CHARACTER_REFERENCE[char]);
}

/**
 * A code span showing the text literally, however many backticks it holds. Not for table cells:
 * renderers disagree on pipes inside code spans there.
 */
export function codeSpan(text: string): string {
  const flat = flatten(text);
  const longestRun = Math.max(
    0,
    ...(flat.match(/`+/g) ?? []).map(run => run.length),
  );
  const fence = '`'.repeat(longestRun + 1);
  // A space keeps a leading or trailing backtick from joining the fence.
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * A table. Cells are markdown, so design values in them go through {@link escapeMarkdown}, which
 * also makes their pipes harmless; a cell's line breaks become spaces.
 */
export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(flatten).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join(
    '\n',
  );
}

/** The admonition kinds the design document uses (Python-Markdown's `admonition` extension). */
export type AdmonitionKind = 'note' | 'warning';

/**
 * An admonition: a titled call-out box in TechDocs (`!!! warning "Title"` and an indented body).
 * The title is the document's own text, not a design value: it must not hold a double quote. The
 * body is markdown, its paragraphs separated by blank lines. Repository hosts show it as a
 * paragraph and an indented block.
 */
export function admonition(
  kind: AdmonitionKind,
  title: string,
  body: string,
): string {
  if (title.includes('"')) {
    throw new Error(`An admonition title cannot hold a double quote: ${title}`);
  }
  const indented = body
    .trim()
    .split('\n')
    .map(line => (line.trim() ? `    ${line}` : ''))
    .join('\n');
  return `!!! ${kind} "${title}"\n${indented}\n`;
}
