import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { PageBlueprint } from '@backstage/frontend-plugin-api';
import SecurityIcon from '@material-ui/icons/Security';
import { securityDeviationsRouteRef } from '../routes';

/**
 * The security deviations page (a customer's open deviations across its clusters), listed in
 * the sidebar.
 * @alpha
 */
export const securityDeviationsPage = PageBlueprint.make({
  name: 'security-deviations',
  params: {
    path: '/security',
    title: 'Security deviations',
    icon: <SecurityIcon fontSize="inherit" />,
    // The sidebar only lists pages that have a route ref; the legacy one serves both systems.
    routeRef: convertLegacyRouteRef(securityDeviationsRouteRef),
    // The page renders its own header.
    noHeader: true,
    loader: () =>
      import('../components/SecurityDeviationsPage').then(m => (
        <m.SecurityDeviationsPage />
      )),
  },
});
