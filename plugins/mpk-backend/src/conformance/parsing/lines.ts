import { StringDecoder } from 'node:string_decoder';
import { Readable } from 'node:stream';

/** Characters kept of one line: Ginkgo's progress dots can fill megabytes. */
export const MAX_LINE_CHARS = 64 * 1024;

/**
 * Calls `onLine` for each line of a UTF-8 stream, without its line ending.
 * Of a line longer than `maxLineChars` only its end is passed on, which is
 * where a summary after progress dots would be.
 */
export async function forEachLine(
  input: Readable,
  onLine: (line: string) => void,
  maxLineChars = MAX_LINE_CHARS,
): Promise<void> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  const take = (text: string) => {
    const lines = (pending + text).split('\n');
    pending = lines.pop() ?? '';
    if (pending.length > maxLineChars) pending = pending.slice(-maxLineChars);
    for (const line of lines) {
      onLine(line.slice(-maxLineChars).replace(/\r$/, ''));
    }
  };
  try {
    for await (const chunk of input) {
      take(typeof chunk === 'string' ? chunk : decoder.write(chunk));
    }
  } catch (error) {
    input.destroy();
    throw error;
  }
  take(decoder.end());
  if (pending.length > 0) onLine(pending.replace(/\r$/, ''));
}
