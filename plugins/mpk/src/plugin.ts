import {
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
} from '@backstage/core-plugin-api';
import { createScaffolderFieldExtension } from '@backstage/plugin-scaffolder-react';
import { mpkApiFactory } from './api/mpkApiFactory';
import {
  KubernetesVersionPicker,
  KubernetesVersionPickerFieldSchema,
  SCAFFOLDER_FIELD_NAMES,
  StackComponentsPicker,
  StackComponentsPickerFieldSchema,
} from './components/scaffolder';
import {
  onboardingRouteRef,
  rootRouteRef,
  securityDeviationsRouteRef,
  slaCreditsRouteRef,
  supportRouteRef,
  supportTicketRouteRef,
  upgradeFleetRouteRef,
} from './routes';

/**
 * The mpk frontend plugin for the legacy frontend system.
 * @public
 */
export const mpkPlugin = createPlugin({
  id: 'mpk',
  routes: {
    root: rootRouteRef,
    upgradeFleet: upgradeFleetRouteRef,
    slaCredits: slaCreditsRouteRef,
    support: supportRouteRef,
    supportTicket: supportTicketRouteRef,
    onboarding: onboardingRouteRef,
    securityDeviations: securityDeviationsRouteRef,
  },
  apis: [mpkApiFactory],
});

/**
 * Entity card with the contract facts of a managed cluster (customer, environment, platform,
 * Kubernetes version, support pod); use on `kubernetes-cluster` Resource pages.
 * @public
 */
export const EntityClusterOverviewCard = mpkPlugin.provide(
  createComponentExtension({
    name: 'EntityClusterOverviewCard',
    component: {
      lazy: () =>
        import('./components/ClusterOverviewCard').then(
          m => m.ClusterOverviewCard,
        ),
    },
  }),
);

/**
 * Entity card with the support tier of a stack component, what the tier means, its tier history
 * and the clusters that run it; use on stack component pages (see `isStackComponentAvailable`).
 * @public
 */
export const EntityStackComponentCard = mpkPlugin.provide(
  createComponentExtension({
    name: 'EntityStackComponentCard',
    component: {
      lazy: () =>
        import('./components/StackComponentCard').then(
          m => m.StackComponentCard,
        ),
    },
  }),
);

/**
 * Page with the technologies of the managed stack by category and support tier, and their tier
 * changes. Mount it at `/kubernetes-stack`:
 * `<Route path="/kubernetes-stack" element={<KubernetesStackPage />} />`.
 * @public
 */
export const KubernetesStackPage = mpkPlugin.provide(
  createRoutableExtension({
    name: 'KubernetesStackPage',
    component: () =>
      import('./components/KubernetesStackPage').then(
        m => m.KubernetesStackPage,
      ),
    mountPoint: rootRouteRef,
  }),
);

/**
 * Entity card with the upgrade deadlines of a managed cluster: the next one, whether they are
 * guaranteed, every obligation with its explanation, and the recorded upgrade plan; use on
 * `kubernetes-cluster` Resource pages.
 * @public
 */
export const EntityUpgradeCard = mpkPlugin.provide(
  createComponentExtension({
    name: 'EntityUpgradeCard',
    component: {
      lazy: () => import('./components/UpgradeCard').then(m => m.UpgradeCard),
    },
  }),
);

/**
 * Page with the upgrade deadlines of every managed cluster, for Engagement Managers: filters,
 * a chart by month, CSV export and upgrade plan editing. Mount it at `/upgrades`:
 * `<Route path="/upgrades" element={<UpgradeFleetPage />} />`.
 * @public
 */
export const UpgradeFleetPage = mpkPlugin.provide(
  createRoutableExtension({
    name: 'UpgradeFleetPage',
    component: () =>
      import('./components/UpgradeFleetPage').then(m => m.UpgradeFleetPage),
    mountPoint: upgradeFleetRouteRef,
  }),
);

/**
 * Entity card with the ticket SLA of a managed cluster: open tickets with live countdowns and
 * states, and the compliance over 30 and 90 days; use on `kubernetes-cluster` Resource pages.
 * @public
 */
export const EntitySlaCard = mpkPlugin.provide(
  createComponentExtension({
    name: 'EntitySlaCard',
    component: {
      lazy: () => import('./components/SlaCard').then(m => m.SlaCard),
    },
  }),
);

/**
 * Entity tab with every ticket of a managed cluster and its SLA, with buttons to record
 * responses, resolutions and reopenings and to open a ticket for the cluster; titles link to the
 * tickets' pages of {@link SupportPage}:
 * `<EntityLayout.Route path="/tickets" title="Tickets"><EntityTicketsContent /></EntityLayout.Route>`.
 * @public
 */
export const EntityTicketsContent = mpkPlugin.provide(
  createComponentExtension({
    name: 'EntityTicketsContent',
    component: {
      lazy: () =>
        import('./components/TicketsContent').then(m => m.TicketsContent),
    },
  }),
);

/**
 * One line saying whose clusters a customer's person sees (nothing for provider staff); put it in
 * the `filters` of `CatalogIndexPage`, before the others.
 * @public
 */
export const CustomerScopeNote = mpkPlugin.provide(
  createComponentExtension({
    name: 'CustomerScopeNote',
    component: {
      lazy: () => import('./components/persona').then(m => m.CustomerScopeNote),
    },
  }),
);

/**
 * Page with a customer's missed initial responses, service credits and monthly compliance, for
 * Engagement Managers. Mount it at `/sla-credits`:
 * `<Route path="/sla-credits" element={<SlaCreditsPage />} />`.
 * @public
 */
export const SlaCreditsPage = mpkPlugin.provide(
  createRoutableExtension({
    name: 'SlaCreditsPage',
    component: () =>
      import('./components/SlaCreditsPage').then(m => m.SlaCreditsPage),
    mountPoint: slaCreditsRouteRef,
  }),
);

/**
 * The support desk: the tickets the user may see with their SLA, filters and paging, a form to
 * open a ticket, and each ticket's page (`tickets/:id`) with its conversation, response clock,
 * credit and timeline, updated live through the signals plugin. Mount it at `/support`:
 * `<Route path="/support" element={<SupportPage />} />`.
 * @public
 */
export const SupportPage = mpkPlugin.provide(
  createRoutableExtension({
    name: 'SupportPage',
    component: () => import('./components/Support').then(m => m.SupportPage),
    mountPoint: supportRouteRef,
  }),
);

/**
 * Entity card with the CNCF conformance of a managed cluster: its status and why, the latest
 * run's counts and failed specs, its history, and an upload of new results for users with the
 * `mpk.conformance.upload` permission; use on `kubernetes-cluster` Resource pages.
 * @public
 */
export const EntityConformanceCard = mpkPlugin.provide(
  createComponentExtension({
    name: 'EntityConformanceCard',
    component: {
      lazy: () =>
        import('./components/ConformanceCard').then(m => m.ConformanceCard),
    },
  }),
);

/**
 * Entity card with the security posture of a managed cluster against its customer's agreed
 * baseline: status and why, the baseline, the latest report of each scanner, the open deviations
 * (with Add exception for the pod's Engagement Manager and Lead Architect), exceptions,
 * vulnerabilities, corrected deviations and the trend, and an upload of scan reports for users
 * with the `mpk.security-report.upload` permission; use on `kubernetes-cluster` Resource pages.
 * @public
 */
export const EntitySecurityCard = mpkPlugin.provide(
  createComponentExtension({
    name: 'EntitySecurityCard',
    component: {
      lazy: () => import('./components/SecurityCard').then(m => m.SecurityCard),
    },
  }),
);

/**
 * Page with the open security deviations across a customer's clusters: cluster, check, resource,
 * age, severity and how to fix each. Mount it at `/security`:
 * `<Route path="/security" element={<SecurityDeviationsPage />} />`.
 * @public
 */
export const SecurityDeviationsPage = mpkPlugin.provide(
  createRoutableExtension({
    name: 'SecurityDeviationsPage',
    component: () =>
      import('./components/SecurityDeviationsPage').then(
        m => m.SecurityDeviationsPage,
      ),
    mountPoint: securityDeviationsRouteRef,
  }),
);

/**
 * Entity card with the customer's decision on a detailed design: the latest version, where it
 * stands and what changed since the previous one, Accept and Request changes for the customer's
 * admins while it is shared, and every version with its decision; use on `cluster-design`
 * Resource pages (see `isMpkDesignAvailable`).
 * @public
 */
export const EntityDesignDecisionCard = mpkPlugin.provide(
  createComponentExtension({
    name: 'EntityDesignDecisionCard',
    component: {
      lazy: () =>
        import('./components/DesignDecisionCard').then(
          m => m.DesignDecisionCard,
        ),
    },
  }),
);

/**
 * Page with each customer's engagement for the Engagement Manager: its design, support pod, team,
 * state and the date of each onboarding step. Mount it at `/onboarding`:
 * `<Route path="/onboarding" element={<OnboardingPage />} />`.
 * @public
 */
export const OnboardingPage = mpkPlugin.provide(
  createRoutableExtension({
    name: 'OnboardingPage',
    component: () =>
      import('./components/OnboardingPage').then(m => m.OnboardingPage),
    mountPoint: onboardingRouteRef,
  }),
);

/**
 * Scaffolder field for the Kubernetes release of a new cluster: the releases still supported on
 * the platform the form chose earlier (its `platform` property), newest first and by default.
 * Use it with `ui:field: MpkKubernetesVersionPicker` on a string property, and register it in the
 * app: `<ScaffolderFieldExtensions><MpkKubernetesVersionPickerFieldExtension /></ScaffolderFieldExtensions>`.
 * @public
 */
export const MpkKubernetesVersionPickerFieldExtension = mpkPlugin.provide(
  createScaffolderFieldExtension({
    name: SCAFFOLDER_FIELD_NAMES.kubernetesVersionPicker,
    component: KubernetesVersionPicker,
    schema: KubernetesVersionPickerFieldSchema.schema,
  }),
);

/**
 * Scaffolder field for the stack technologies of a new cluster: checkboxes by support tier of
 * those that run on the platform the form chose earlier (its `platform` property), less the
 * ingress, registry and storage alternatives, which templates ask for separately. Infrastructure
 * and Certified ones are selected to begin with; Infrastructure ones cannot be deselected. Use it
 * with `ui:field: MpkStackComponentsPicker` on an array of strings, and register it in the app:
 * `<ScaffolderFieldExtensions><MpkStackComponentsPickerFieldExtension /></ScaffolderFieldExtensions>`.
 * @public
 */
export const MpkStackComponentsPickerFieldExtension = mpkPlugin.provide(
  createScaffolderFieldExtension({
    name: SCAFFOLDER_FIELD_NAMES.stackComponentsPicker,
    component: StackComponentsPicker,
    schema: StackComponentsPickerFieldSchema.schema,
  }),
);
