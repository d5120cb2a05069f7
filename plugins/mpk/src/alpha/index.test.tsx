import {
  createExtensionTester,
  renderInTestApp,
  renderTestApp,
  RenderTestAppOptions,
} from '@backstage/frontend-test-utils';
import {
  entityRouteRef,
  MockEntityListContextProvider,
} from '@backstage/plugin-catalog-react';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import {
  ApiBlueprint,
  ExtensionDefinition,
} from '@backstage/frontend-plugin-api';
import {
  catalogApiMock,
  createTestEntityPage,
} from '@backstage/plugin-catalog-react/testUtils';
import { Entity } from '@backstage/catalog-model';
import { screen, waitFor } from '@testing-library/react';
import { mpkApiRef, MpkClient } from '../api';
import { SupportTierFilters } from '../components/SupportTierPicker';
import { fakeMpkApi } from '../__testUtils__/mpkResponses';
import { mockApis } from '@backstage/frontend-test-utils';
import { productionCluster } from '../__testUtils__/clusterEntities';
import {
  conversationTicket,
  urgentTicket,
} from '../__testUtils__/ticketResponses';
import { acmeDeveloper } from '../__testUtils__/personas';
import { acmeDesignEntity, acmeGroup } from '../__testUtils__/designResponses';
import { TestApiProvider } from '@backstage/test-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import {
  clusters,
  istio,
  stackComponents,
  stackSystem,
} from '../__testUtils__/stackEntities';
import {
  clusterOverviewEntityCard,
  customerScopeCatalogFilter,
  kubernetesStackPage,
  conformanceEntityCard,
  designDecisionEntityCard,
  mpkApi,
  onboardingPage,
  securityDeviationsPage,
  securityEntityCard,
  slaCreditsPage,
  slaEntityCard,
  stackComponentEntityCard,
  supportPage,
  supportTierCatalogFilter,
  ticketsEntityContent,
  upgradeEntityCard,
  upgradeFleetPage,
} from './index';

type TestApis = RenderTestAppOptions['apis'];

// A card shown on every page proves the page rendered before the absence of another is checked.
const probeCard = EntityCardBlueprint.make({
  name: 'probe',
  params: { loader: async () => <div>probe card</div> },
});

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

const webComponent: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'web', namespace: 'default' },
  spec: { type: 'website', owner: 'pod-blue', lifecycle: 'production' },
};

const entityCards: Array<{
  name: string;
  card: ExtensionDefinition;
  /** the page the card belongs on, as the test names it */
  page: string;
  entity: Entity;
  /** texts the card shows there, each awaited in turn */
  texts: string[];
  otherEntity: Entity;
  /** a text of the card that the other entity's page lacks */
  absentText: string;
  apis: () => TestApis;
}> = [
  {
    name: 'clusterOverviewEntityCard',
    card: clusterOverviewEntityCard,
    page: 'a cluster entity page',
    entity: productionCluster,
    texts: ['AWS Elastic Kubernetes Service (EKS)'],
    otherEntity: webComponent,
    absentText: 'Managed cluster',
    apis: () => [],
  },
  {
    name: 'stackComponentEntityCard',
    card: stackComponentEntityCard,
    page: 'a stack component page, with the clusters that run it',
    entity: istio,
    texts: ['What Certified means', '1.27.3'],
    otherEntity: productionCluster,
    absentText: 'Tier history',
    apis: () => [catalogApiMock({ entities: clusters })],
  },
  {
    name: 'upgradeEntityCard',
    card: upgradeEntityCard,
    page: 'a cluster entity page',
    entity: productionCluster,
    texts: ['Next deadline'],
    otherEntity: istio,
    absentText: 'Upgrade deadlines',
    apis: () => [[mpkApiRef, fakeMpkApi()]],
  },
  {
    name: 'slaEntityCard',
    card: slaEntityCard,
    page: 'a cluster entity page',
    entity: productionCluster,
    texts: ['Ticket SLA', 'Control plane unreachable'],
    otherEntity: istio,
    absentText: 'Ticket SLA',
    apis: () => [[mpkApiRef, fakeMpkApi()]],
  },
  {
    name: 'conformanceEntityCard',
    card: conformanceEntityCard,
    page: 'a cluster entity page',
    entity: productionCluster,
    texts: ['CNCF conformance', 'Non-conformant'],
    otherEntity: istio,
    absentText: 'CNCF conformance',
    apis: () => [[mpkApiRef, fakeMpkApi()], mockApis.permission()],
  },
  {
    name: 'securityEntityCard',
    card: securityEntityCard,
    page: 'a cluster entity page',
    entity: productionCluster,
    texts: ['Security posture', 'Deviations'],
    otherEntity: istio,
    absentText: 'Security posture',
    apis: () => [[mpkApiRef, fakeMpkApi()], mockApis.permission()],
  },
  {
    name: 'designDecisionEntityCard',
    card: designDecisionEntityCard,
    page: 'a design entity page',
    entity: acmeDesignEntity,
    texts: ['Design decision', "Waiting for Acme Corporation's decision."],
    otherEntity: productionCluster,
    absentText: 'Design decision',
    apis: () => [
      [mpkApiRef, fakeMpkApi()],
      mockApis.permission(),
      catalogApiMock({ entities: [acmeGroup] }),
    ],
  },
];

describe.each(entityCards)(
  '$name',
  ({ card, page, entity, texts, otherEntity, absentText, apis }) => {
    it(`renders on ${page}`, async () => {
      renderTestApp({
        extensions: [createTestEntityPage({ entity }), card],
        apis: apis(),
      });

      for (const text of texts) {
        expect(await screen.findByText(text)).toBeInTheDocument();
      }
    });

    it('stays off the pages of other entities', async () => {
      renderTestApp({
        extensions: [
          createTestEntityPage({ entity: otherEntity }),
          probeCard,
          card,
        ],
        apis: apis(),
      });

      expect(await screen.findByText('probe card')).toBeInTheDocument();
      expect(screen.queryByText(absentText)).not.toBeInTheDocument();
    });
  },
);

const pages: Array<{
  name: string;
  page: ExtensionDefinition;
  path: string;
  /** what the page serves, as the test names it */
  content: string;
  /** the page's entry in the sidebar */
  sidebarTitle: string;
  apis: () => TestApis;
  /** checks what the page shows at its path */
  expectContent: () => Promise<void>;
}> = [
  {
    name: 'kubernetesStackPage',
    page: kubernetesStackPage,
    path: '/kubernetes-stack',
    content: 'the stack matrix',
    sidebarTitle: 'Kubernetes stack',
    apis: () => [
      catalogApiMock({
        entities: [stackSystem, ...stackComponents] as Entity[],
      }),
    ],
    expectContent: async () => {
      expect(
        await screen.findByText('Ingress and service mesh'),
      ).toBeInTheDocument();
      expect(screen.getAllByRole('link', { name: 'Istio' })[0]).toHaveAttribute(
        'href',
        '/catalog/default/component/istio',
      );
    },
  },
  {
    name: 'upgradeFleetPage',
    page: upgradeFleetPage,
    path: '/upgrades',
    content: 'the fleet',
    sidebarTitle: 'Upgrade fleet',
    apis: () => [[mpkApiRef, fakeMpkApi()], mockApis.permission()],
    expectContent: async () => {
      expect(
        await screen.findByRole('heading', { name: 'Upgrade fleet' }),
      ).toBeInTheDocument();
      expect(
        await screen.findByRole('link', { name: 'acme-prod' }),
      ).toHaveAttribute('href', '/catalog/default/resource/acme-prod');
    },
  },
  {
    name: 'slaCreditsPage',
    page: slaCreditsPage,
    path: '/sla-credits',
    content: 'the credits',
    sidebarTitle: 'SLA credits',
    apis: () => [
      [mpkApiRef, fakeMpkApi()],
      catalogApiMock({
        entities: [
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Group',
            metadata: { name: 'acme', namespace: 'default' },
            spec: { type: 'customer', children: [] },
          },
        ],
      }),
      mockApis.permission(),
    ],
    expectContent: async () => {
      expect(
        await screen.findByRole('heading', { name: 'SLA credits' }),
      ).toBeInTheDocument();
      expect(
        await screen.findByText('Credits for Acme Corporation, 2026-11'),
      ).toBeInTheDocument();
    },
  },
  {
    name: 'securityDeviationsPage',
    page: securityDeviationsPage,
    path: '/security',
    content: "a customer's open deviations",
    sidebarTitle: 'Security deviations',
    apis: () => [
      [mpkApiRef, fakeMpkApi()],
      catalogApiMock({ entities: [acmeGroup] }),
      mockApis.permission(),
    ],
    expectContent: async () => {
      expect(
        await screen.findByRole('heading', { name: 'Security deviations' }),
      ).toBeInTheDocument();
      expect(
        await screen.findByRole('link', { name: 'Acme production' }),
      ).toHaveAttribute('href', '/catalog/default/resource/acme-prod');
    },
  },
  {
    name: 'supportPage',
    page: supportPage,
    path: '/support',
    content: 'the tickets, linking to their pages',
    sidebarTitle: 'Support',
    apis: () => [
      [mpkApiRef, fakeMpkApi()],
      catalogApiMock({ entities: [productionCluster] }),
      mockApis.permission(),
    ],
    expectContent: async () => {
      expect(
        await screen.findByRole('heading', { name: 'Support' }),
      ).toBeInTheDocument();
      expect(
        await screen.findByRole('link', { name: urgentTicket.title }),
      ).toHaveAttribute('href', `/support/tickets/${urgentTicket.id}`);
      expect(
        screen.getByRole('button', { name: 'Open a ticket' }),
      ).toBeInTheDocument();
    },
  },
  {
    name: 'onboardingPage',
    page: onboardingPage,
    path: '/onboarding',
    content: "each customer's engagement, linking to its design",
    sidebarTitle: 'Onboarding',
    apis: () => [[mpkApiRef, fakeMpkApi()]],
    expectContent: async () => {
      expect(
        await screen.findByRole('heading', { name: 'Onboarding' }),
      ).toBeInTheDocument();
      expect(
        await screen.findByRole('link', { name: 'acme-platform' }),
      ).toHaveAttribute('href', '/catalog/default/resource/acme-platform');
    },
  },
];

describe.each(pages)(
  '$name',
  ({ page, path, content, sidebarTitle, apis, expectContent }) => {
    it(`serves ${content} at ${path}`, async () => {
      // The checks are the row's own.
      expect.hasAssertions();
      renderTestApp({
        extensions: [page],
        apis: apis(),
        initialRouteEntries: [path],
        mountedRoutes,
      });

      await expectContent();
    });

    it('is listed in the sidebar', async () => {
      renderTestApp({ extensions: [page], apis: apis() });

      expect(
        await screen.findByRole('link', { name: sidebarTitle }),
      ).toHaveAttribute('href', path);
    });
  },
);

describe('supportPage', () => {
  it("serves a ticket's page under /support/tickets/:id", async () => {
    const mpk = fakeMpkApi();
    renderTestApp({
      extensions: [supportPage],
      apis: [[mpkApiRef, mpk], mockApis.permission()],
      initialRouteEntries: [`/support/tickets/${conversationTicket.id}`],
      mountedRoutes,
    });

    expect(
      await screen.findByRole('heading', { name: conversationTicket.title }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('list', { name: 'Conversation' }),
    ).toBeInTheDocument();
    expect(mpk.getTicket).toHaveBeenCalledWith(conversationTicket.id);
  });
});

describe('supportTierCatalogFilter', () => {
  it('provides the support-tier picker to the catalog index page', async () => {
    const updateFilters = jest.fn();
    renderInTestApp(
      <MockEntityListContextProvider<SupportTierFilters>
        value={{ updateFilters, queryParameters: { supportTier: 'certified' } }}
      >
        {createExtensionTester(supportTierCatalogFilter).reactElement()}
      </MockEntityListContextProvider>,
    );

    expect(await screen.findByText('Support tier')).toBeInTheDocument();
    await waitFor(() =>
      expect(updateFilters).toHaveBeenLastCalledWith({
        supportTier: expect.objectContaining({ values: ['certified'] }),
      }),
    );
  });
});

describe('customerScopeCatalogFilter', () => {
  it("tells a customer's person, above the catalog's filters, that they see their customer's clusters only", async () => {
    const mpk = fakeMpkApi();
    mpk.getPersona.mockResolvedValue(acmeDeveloper);
    const acme: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: {
        name: 'acme',
        namespace: 'default',
        title: 'Acme Corporation',
      },
      spec: { type: 'customer', children: [] },
    };
    renderInTestApp(
      <TestApiProvider
        apis={[
          [mpkApiRef, mpk],
          [catalogApiRef, catalogApiMock({ entities: [acme] })],
        ]}
      >
        {createExtensionTester(customerScopeCatalogFilter).reactElement()}
      </TestApiProvider>,
    );

    expect(
      await screen.findByText(
        "You see Acme Corporation's clusters only: you are a customer developer of Acme Corporation.",
      ),
    ).toBeInTheDocument();
  });
});

describe('mpkApi', () => {
  it('provides a client of the mpk backend', async () => {
    const factory = createExtensionTester(mpkApi).get(
      ApiBlueprint.dataRefs.factory,
    );
    const fetch = jest.fn().mockResolvedValue(
      new Response(JSON.stringify({ today: '2026-11-14', items: [] }), {
        headers: { 'Content-Type': 'application/json' },
      }),
    );
    const client = factory.factory({
      discoveryApi: {
        getBaseUrl: async (id: string) => `http://backend/${id}`,
      },
      fetchApi: { fetch },
      identityApi: mockApis.identity(),
    });

    expect(factory.api).toBe(mpkApiRef);
    expect(client).toBeInstanceOf(MpkClient);
    await (client as MpkClient).getFleetUpgrades();
    expect(fetch.mock.calls[0][0]).toBe('http://backend/mpk/fleet/upgrades');
  });
});

describe('ticketsEntityContent', () => {
  it('is a Tickets tab on cluster pages', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: productionCluster }),
        ticketsEntityContent,
      ],
      apis: [[mpkApiRef, fakeMpkApi()], mockApis.permission()],
    });

    expect(
      await screen.findByRole('table', { name: 'Tickets' }),
    ).toBeInTheDocument();
  });

  it("links each title to the ticket's page of the support page", async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: productionCluster }),
        ticketsEntityContent,
        supportPage,
      ],
      apis: [[mpkApiRef, fakeMpkApi()], mockApis.permission()],
    });

    // The whole app renders first: longer than the default second on a busy machine.
    expect(
      await screen.findByRole(
        'link',
        { name: urgentTicket.title },
        { timeout: 10_000 },
      ),
    ).toHaveAttribute('href', `/support/tickets/${urgentTicket.id}`);
  });

  it('keeps titles as text in an app without the support page', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: productionCluster }),
        ticketsEntityContent,
      ],
      apis: [[mpkApiRef, fakeMpkApi()], mockApis.permission()],
    });

    expect(await screen.findByText(urgentTicket.title)).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: urgentTicket.title }),
    ).not.toBeInTheDocument();
  });

  it('stays off the pages of other entities', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: istio }),
        ticketsEntityContent,
      ],
      apis: [[mpkApiRef, fakeMpkApi()], mockApis.permission()],
    });

    expect(await screen.findByTestId('empty-entity-page')).toBeInTheDocument();
  });
});
