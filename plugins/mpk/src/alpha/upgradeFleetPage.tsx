import { createRouteRef, PageBlueprint } from '@backstage/frontend-plugin-api';
import UpdateIcon from '@material-ui/icons/Update';

/**
 * Route of the upgrade fleet page in the new frontend system.
 * @alpha
 */
export const upgradeFleetPageRouteRef = createRouteRef();

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
    // The sidebar only lists pages that have a route ref.
    routeRef: upgradeFleetPageRouteRef,
    // The page renders its own header.
    noHeader: true,
    loader: () =>
      import('../components/UpgradeFleetPage').then(m => (
        <m.UpgradeFleetPage />
      )),
  },
});
