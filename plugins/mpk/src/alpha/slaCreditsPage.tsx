import { createRouteRef, PageBlueprint } from '@backstage/frontend-plugin-api';
import MonetizationOnIcon from '@material-ui/icons/MonetizationOn';

/**
 * Route of the SLA credits page in the new frontend system.
 * @alpha
 */
export const slaCreditsPageRouteRef = createRouteRef();

/**
 * The SLA credits page, listed in the sidebar.
 * @alpha
 */
export const slaCreditsPage = PageBlueprint.make({
  name: 'sla-credits',
  params: {
    path: '/sla-credits',
    title: 'SLA credits',
    icon: <MonetizationOnIcon fontSize="inherit" />,
    // The sidebar only lists pages that have a route ref.
    routeRef: slaCreditsPageRouteRef,
    // The page renders its own header.
    noHeader: true,
    loader: () =>
      import('../components/SlaCreditsPage').then(m => <m.SlaCreditsPage />),
  },
});
