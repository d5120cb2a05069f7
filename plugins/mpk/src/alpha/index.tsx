import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { mpkApi } from './apis';
import { supportTierCatalogFilter } from './catalogFilters';
import {
  clusterOverviewEntityCard,
  conformanceEntityCard,
  slaEntityCard,
  stackComponentEntityCard,
  upgradeEntityCard,
} from './entityCards';
import { ticketsEntityContent } from './entityContents';
import { slaCreditsPage, slaCreditsPageRouteRef } from './slaCreditsPage';
import {
  kubernetesStackPage,
  kubernetesStackRouteRef,
} from './kubernetesStackPage';
import { upgradeFleetPage, upgradeFleetPageRouteRef } from './upgradeFleetPage';
import {
  kubernetesVersionPickerFormField,
  stackComponentsPickerFormField,
} from './scaffolderFields';

export { mpkApi } from './apis';
export { supportTierCatalogFilter } from './catalogFilters';
export {
  clusterOverviewEntityCard,
  conformanceEntityCard,
  slaEntityCard,
  stackComponentEntityCard,
  upgradeEntityCard,
} from './entityCards';
export { ticketsEntityContent } from './entityContents';
export { slaCreditsPage, slaCreditsPageRouteRef } from './slaCreditsPage';
export {
  kubernetesStackPage,
  kubernetesStackRouteRef,
} from './kubernetesStackPage';
export { upgradeFleetPage, upgradeFleetPageRouteRef } from './upgradeFleetPage';
export {
  kubernetesVersionPickerFormField,
  stackComponentsPickerFormField,
} from './scaffolderFields';

/**
 * The mpk frontend plugin for the new frontend system.
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'mpk',
  routes: {
    root: kubernetesStackRouteRef,
    upgradeFleet: upgradeFleetPageRouteRef,
    slaCredits: slaCreditsPageRouteRef,
  },
  extensions: [
    mpkApi,
    clusterOverviewEntityCard,
    stackComponentEntityCard,
    upgradeEntityCard,
    supportTierCatalogFilter,
    kubernetesStackPage,
    upgradeFleetPage,
    slaEntityCard,
    ticketsEntityContent,
    slaCreditsPage,
    conformanceEntityCard,
    kubernetesVersionPickerFormField,
    stackComponentsPickerFormField,
  ],
});
