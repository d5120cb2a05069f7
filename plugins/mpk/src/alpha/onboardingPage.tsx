import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { PageBlueprint } from '@backstage/frontend-plugin-api';
import AssignmentTurnedInIcon from '@material-ui/icons/AssignmentTurnedIn';
import { onboardingRouteRef } from '../routes';

/**
 * The onboarding page, listed in the sidebar: each customer's engagement and its steps.
 * @alpha
 */
export const onboardingPage = PageBlueprint.make({
  name: 'onboarding',
  params: {
    path: '/onboarding',
    title: 'Onboarding',
    icon: <AssignmentTurnedInIcon fontSize="inherit" />,
    // The sidebar only lists pages that have a route ref; the legacy one serves both systems.
    routeRef: convertLegacyRouteRef(onboardingRouteRef),
    // The page renders its own header.
    noHeader: true,
    loader: () =>
      import('../components/OnboardingPage').then(m => <m.OnboardingPage />),
  },
});
