import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { PageBlueprint } from '@backstage/frontend-plugin-api';
import ContactSupportIcon from '@material-ui/icons/ContactSupport';
import { supportRouteRef } from '../routes';

/**
 * The support desk, listed in the sidebar: the tickets the user may see, the form that opens one,
 * and each ticket's page under `/support/tickets/:id`.
 * @alpha
 */
export const supportPage = PageBlueprint.make({
  name: 'support',
  params: {
    path: '/support',
    title: 'Support',
    icon: <ContactSupportIcon fontSize="inherit" />,
    // The sidebar only lists pages that have a route ref; the legacy one serves both systems.
    routeRef: convertLegacyRouteRef(supportRouteRef),
    // The page renders its own header.
    noHeader: true,
    loader: () => import('../components/Support').then(m => <m.SupportPage />),
  },
});
