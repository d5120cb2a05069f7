import { convertLegacyRouteRefs } from '@backstage/core-compat-api';
import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import {
  onboardingRouteRef,
  rootRouteRef,
  securityDeviationsRouteRef,
  slaCreditsRouteRef,
  supportRouteRef,
  supportTicketRouteRef,
  upgradeFleetRouteRef,
} from '../routes';
import { mpkApi } from './apis';
import {
  customerScopeCatalogFilter,
  supportTierCatalogFilter,
} from './catalogFilters';
import {
  clusterOverviewEntityCard,
  conformanceEntityCard,
  designDecisionEntityCard,
  securityEntityCard,
  slaEntityCard,
  stackComponentEntityCard,
  upgradeEntityCard,
} from './entityCards';
import { ticketsEntityContent } from './entityContents';
import { securityDeviationsPage } from './securityDeviationsPage';
import { slaCreditsPage } from './slaCreditsPage';
import { supportPage } from './supportPage';
import { onboardingPage } from './onboardingPage';
import { kubernetesStackPage } from './kubernetesStackPage';
import { upgradeFleetPage } from './upgradeFleetPage';
import {
  kubernetesVersionPickerFormField,
  stackComponentsPickerFormField,
} from './scaffolderFields';

export {
  mpkApi,
  customerScopeCatalogFilter,
  supportTierCatalogFilter,
  clusterOverviewEntityCard,
  conformanceEntityCard,
  designDecisionEntityCard,
  securityEntityCard,
  slaEntityCard,
  stackComponentEntityCard,
  upgradeEntityCard,
  ticketsEntityContent,
  securityDeviationsPage,
  slaCreditsPage,
  supportPage,
  onboardingPage,
  kubernetesStackPage,
  upgradeFleetPage,
  kubernetesVersionPickerFormField,
  stackComponentsPickerFormField,
};

/**
 * The mpk frontend plugin for the new frontend system.
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'mpk',
  routes: convertLegacyRouteRefs({
    root: rootRouteRef,
    upgradeFleet: upgradeFleetRouteRef,
    slaCredits: slaCreditsRouteRef,
    support: supportRouteRef,
    supportTicket: supportTicketRouteRef,
    onboarding: onboardingRouteRef,
    securityDeviations: securityDeviationsRouteRef,
  }),
  extensions: [
    mpkApi,
    clusterOverviewEntityCard,
    stackComponentEntityCard,
    upgradeEntityCard,
    customerScopeCatalogFilter,
    supportTierCatalogFilter,
    kubernetesStackPage,
    upgradeFleetPage,
    slaEntityCard,
    ticketsEntityContent,
    slaCreditsPage,
    supportPage,
    conformanceEntityCard,
    securityEntityCard,
    designDecisionEntityCard,
    onboardingPage,
    securityDeviationsPage,
    kubernetesVersionPickerFormField,
    stackComponentsPickerFormField,
  ],
});
