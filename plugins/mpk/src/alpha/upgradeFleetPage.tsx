import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { PageBlueprint } from '@backstage/frontend-plugin-api';
import UpdateIcon from '@material-ui/icons/Update';
import { upgradeFleetRouteRef } from '../routes';

/**
 * The upgrade fleet page, listed in the sidebar.
 * @alpha
 */
export const upgradeFleetPage = PageBlueprint.make({
  name: 'upgrade-fleet',
  params: {
    path: '/upgrades',
    title: 'Upgrade fleet',
    icon: <UpdateIcon fontSize="inherit" />,
    // The sidebar only lists pages that have a route ref; the legacy one serves both systems.
    routeRef: convertLegacyRouteRef(upgradeFleetRouteRef),
    // The page renders its own header.
    noHeader: true,
    loader: () =>
      import('../components/UpgradeFleetPage').then(m => (
        <m.UpgradeFleetPage />
      )),
  },
});
