import { Readable } from 'node:stream';
import { forEachLine } from './lines';

interface RunLogLine {
  msg?: unknown;
  method?: unknown;
  plugin_name?: unknown;
  time?: unknown;
  url?: { Path?: unknown };
}

function parseLine(line: string): RunLogLine | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return value && typeof value === 'object'
      ? (value as RunLogLine)
      : undefined;
  } catch {
    return undefined;
  }
}

// The aggregator logs the e2e plugin handing in its results: recent Sonobuoy
// as `"msg":"received request","method":"PUT"` on
// `/api/v1/results/global/e2e`, v0.15 as `"msg":"received aggregator request"`.
function isE2eResultsReceived(entry: RunLogLine): boolean {
  if (entry.plugin_name !== 'e2e') return false;
  if (entry.msg === 'received aggregator request') return true;
  return (
    entry.msg === 'received request' &&
    entry.method === 'PUT' &&
    typeof entry.url?.Path === 'string' &&
    /\/results\/global\/e2e$/.test(entry.url.Path)
  );
}

/**
 * When the Sonobuoy aggregator received the e2e plugin's results, from the
 * tarball's `meta/run.log`: the end of the run when the junit report does not
 * say (Ginkgo v1 writes no timestamp). `undefined` when the log does not say.
 */
export async function e2eResultsReceivedAt(
  input: Readable,
): Promise<string | undefined> {
  let latest: number | undefined;
  await forEachLine(input, line => {
    if (!line.includes('"plugin_name":"e2e"')) return;
    const entry = parseLine(line);
    if (!entry || !isE2eResultsReceived(entry)) return;
    const time = typeof entry.time === 'string' ? Date.parse(entry.time) : NaN;
    if (!Number.isNaN(time)) latest = Math.max(latest ?? time, time);
  });
  return latest === undefined ? undefined : new Date(latest).toISOString();
}
