import { LoggerService } from '@backstage/backend-plugin-api';

/** How long a request waits for a side effect before it answers without it. */
const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Runs a side effect that must not fail what already happened (e.g. a notification after the
 * commit): an error is logged with `what` failed, never thrown, and an effect that hangs (a
 * notifications backend not answering) is given up on after `timeoutMs`, so that it cannot hold
 * the request.
 * @returns whether the effect completed, for a caller that tries again later (e.g. an alert)
 */
export async function bestEffort(
  logger: LoggerService,
  what: string,
  effect: () => Promise<unknown>,
  timeoutMs: number = DEFAULT_TIMEOUT_MS,
): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([effect(), timeout]);
    return true;
  } catch (error) {
    logger.warn(`Could not ${what}: ${error}`);
    return false;
  } finally {
    clearTimeout(timer);
  }
}
