import { ReactNode } from 'react';
import { SWRConfig } from 'swr';

/**
 * usePermission caches decisions in SWR's global cache, which outlives a test; a fresh cache per
 * render keeps one test's decision out of the next.
 */
export function FreshPermissionCache(props: { children: ReactNode }) {
  return (
    <SWRConfig value={{ provider: () => new Map() }}>
      {props.children}
    </SWRConfig>
  );
}
