import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { principalOf } from './supportWording';

/**
 * Who did something: a user as a link to their catalog page, a service by its name (e.g.
 * `Alertmanager`).
 */
export function Principal(props: { principalRef: string }) {
  const principal = principalOf(props.principalRef);
  if (principal.kind === 'user') {
    return <EntityRefLink entityRef={principal.ref} defaultKind="user" />;
  }
  return <>{principal.name}</>;
}
