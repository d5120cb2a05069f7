import { parseEntityRef } from '@backstage/catalog-model';
import {
  knownServiceName,
  mpkAccess,
  MpkPersona,
  mpkTicketCreatePermission,
  ROLE_TITLES,
  Ticket,
  TicketCommentSide,
  TicketResponse,
} from '@mpk-portal/plugin-mpk-common';
import { joinWords, lowerFirst } from '../persona/wording';

/** Where a ticket came from, as people say it. */
export const sourceLabels: Record<Ticket['source'], string> = {
  portal: 'Portal',
  api: 'API',
  alertmanager: 'Alertmanager',
};

/** Who wrote a comment, as people say it. */
export const sideLabels: Record<TicketCommentSide, string> = {
  customer: 'Customer',
  provider: 'Provider',
  service: 'System',
};

/** How the initial response was given. */
export const responseKindLabels: Record<TicketResponse['kind'], string> = {
  comment: 'a comment',
  acknowledgement: 'an acknowledgement',
  resolution: 'the resolution',
};

/** Why a user may not write in a ticket's conversation, as the access matrix decides it. */
export const commentRefusal =
  'Only the support pod or the customer of this cluster can write in this conversation';

/** Why a user may not open a ticket for a cluster, as the access matrix decides it. */
export const openingRefusalForCluster =
  'Only the support pod or the customer of this cluster opens tickets for it';

const names = (refs: string[], defaultKind: string) =>
  joinWords(refs.map(ref => parseEntityRef(ref, { defaultKind }).name));

/**
 * Why a user may open a ticket for none of the clusters the catalog shows them, e.g. "You may not
 * open tickets: you open tickets for the clusters of your pods (pod-blue) only, and none of the
 * clusters you see is theirs."
 */
export function openingRefusal(
  persona: MpkPersona | undefined,
  clusterCount: number,
): string {
  const prefix = 'You may not open tickets:';
  if (clusterCount === 0) {
    return `${prefix} the catalog shows you no managed clusters.`;
  }
  if (persona?.kind === 'unknown') {
    return `${prefix} the portal does not know your role (${persona.reason}); ask your Engagement Manager.`;
  }
  if (!persona) {
    return `${prefix} only the support pod and the customer of a cluster open tickets for it.`;
  }
  const access = mpkAccess(persona, mpkTicketCreatePermission.name);
  if (access.decision === 'own-pods') {
    return `${prefix} you open tickets for the clusters of your pods (${names(
      access.pods,
      'group',
    )}) only, and none of the clusters you see is theirs.`;
  }
  if (access.decision === 'own-customers') {
    return `${prefix} you open tickets for the clusters of ${joinWords(
      access.customers,
    )} only, and none of the clusters you see is theirs.`;
  }
  if (access.decision === 'deny') {
    const role = lowerFirst(ROLE_TITLES[persona.role]);
    const article = /^[aeiou]/i.test(role) ? 'an' : 'a';
    return `${prefix} ${article} ${role} reads tickets; the support pod and the customer of a cluster open them.`;
  }
  return `${prefix} the permission policy allows you none of the clusters you see.`;
}

/**
 * Who recorded or wrote something: a user's entity ref, or the subject of a service, e.g.
 * `alertmanager`. Users are returned as refs for a link; services by the name the backend's
 * comments give them too, or their subject marked as a service.
 */
export function principalOf(
  ref: string,
): { kind: 'user'; ref: string } | { kind: 'service'; name: string } {
  if (ref.startsWith('user:')) return { kind: 'user', ref };
  return { kind: 'service', name: knownServiceName(ref) ?? `${ref} (service)` };
}
