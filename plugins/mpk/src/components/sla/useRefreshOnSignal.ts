import { useSignal } from '@backstage/plugin-signals-react';
import { useEffect, useReducer, useRef } from 'react';

/**
 * Calls `refresh` whenever a message arrives on a signal channel, e.g. `mpk:ticket:<id>`; nothing
 * happens in an app without the signals plugin. With `coalesceMs`, the messages of a burst
 * (e.g. an Alertmanager storm opening many tickets) make one refresh, `coalesceMs` after the
 * first of them, rather than one request each.
 */
export function useRefreshOnSignal(
  channel: string,
  refresh: () => void,
  options: { coalesceMs?: number } = {},
) {
  const { coalesceMs = 0 } = options;
  const { lastSignal } = useSignal(channel);
  const refreshRef = useRef(refresh);
  refreshRef.current = refresh;
  const pending = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => {
    if (!lastSignal) return;
    if (coalesceMs <= 0) {
      refreshRef.current();
    } else if (pending.current === undefined) {
      pending.current = setTimeout(() => {
        pending.current = undefined;
        refreshRef.current();
      }, coalesceMs);
    }
  }, [lastSignal, coalesceMs]);
  useEffect(() => () => clearTimeout(pending.current), []);
}

/**
 * A number to put in the dependencies of a load, and the function that moves it on: each call
 * loads again, even while a load is under way (the newest answer wins).
 */
export function useReloadCount(): [number, () => void] {
  return useReducer((count: number) => count + 1, 0);
}
