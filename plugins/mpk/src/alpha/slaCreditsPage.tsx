import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { PageBlueprint } from '@backstage/frontend-plugin-api';
import MonetizationOnIcon from '@material-ui/icons/MonetizationOn';
import { slaCreditsRouteRef } from '../routes';

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
    // The sidebar only lists pages that have a route ref; the legacy one serves both systems.
    routeRef: convertLegacyRouteRef(slaCreditsRouteRef),
    // The page renders its own header.
    noHeader: true,
    loader: () =>
      import('../components/SlaCreditsPage').then(m => <m.SlaCreditsPage />),
  },
});
