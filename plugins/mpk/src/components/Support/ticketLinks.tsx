import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { slaCreditsRouteRef, supportTicketRouteRef } from '../../routes';

type RouteRefParam = Parameters<typeof useRouteRef>[0];

/**
 * The link maker of a route of this plugin, or undefined where the app did not mount the route
 * (e.g. an app with the entity tabs but without the support page): the hook throws then, after
 * calling all its own hooks, so catching keeps the order of hooks.
 */
function useOptionalRouteRef<P extends { [key: string]: string }>(
  routeRef: RouteRefParam,
): ((params: P) => string) | undefined {
  try {
    return useRouteRef(routeRef as any) as unknown as (params: P) => string;
  } catch {
    return undefined;
  }
}

/** The path of a ticket's page from its id; undefined where the support page is not mounted. */
export function useTicketLink(): ((ticketId: string) => string) | undefined {
  const link = useOptionalRouteRef<{ id: string }>(supportTicketRouteRef);
  return link && ((id: string) => link({ id }));
}

/** The path of the SLA credits page; undefined where it is not mounted. */
export function useSlaCreditsLink(): (() => string) | undefined {
  const link = useOptionalRouteRef<{}>(slaCreditsRouteRef);
  return link && (() => link({}));
}

/** A ticket's title, linking to its page where the support page is mounted. */
export function TicketTitleLink(props: {
  ticket: { id: string; title: string };
}) {
  const { ticket } = props;
  const ticketLink = useTicketLink();
  if (!ticketLink) return <>{ticket.title}</>;
  return <Link to={ticketLink(ticket.id)}>{ticket.title}</Link>;
}
