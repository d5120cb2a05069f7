import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { PageBlueprint } from '@backstage/frontend-plugin-api';
import LayersIcon from '@material-ui/icons/Layers';
import { rootRouteRef } from '../routes';

/**
 * The Kubernetes stack page, listed in the sidebar.
 * @alpha
 */
export const kubernetesStackPage = PageBlueprint.make({
  name: 'kubernetes-stack',
  params: {
    path: '/kubernetes-stack',
    title: 'Kubernetes stack',
    icon: <LayersIcon fontSize="inherit" />,
    // The sidebar only lists pages that have a route ref; the legacy one serves both systems.
    routeRef: convertLegacyRouteRef(rootRouteRef),
    // The page renders its own header, with the stack's title.
    noHeader: true,
    loader: () =>
      import('../components/KubernetesStackPage').then(m => (
        <m.KubernetesStackPage />
      )),
  },
});
