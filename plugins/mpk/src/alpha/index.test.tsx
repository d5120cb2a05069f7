import {
  createExtensionTester,
  renderInTestApp,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import {
  entityRouteRef,
  MockEntityListContextProvider,
} from '@backstage/plugin-catalog-react';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { ApiBlueprint } from '@backstage/frontend-plugin-api';
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
  clusters,
  istio,
  stackComponents,
  stackSystem,
} from '../__testUtils__/stackEntities';
import {
  clusterOverviewEntityCard,
  kubernetesStackPage,
  conformanceEntityCard,
  mpkApi,
  slaCreditsPage,
  slaEntityCard,
  stackComponentEntityCard,
  supportTierCatalogFilter,
  ticketsEntityContent,
  upgradeEntityCard,
  upgradeFleetPage,
} from './index';

// A card shown on every page proves the page rendered before the absence of another is checked.
const probeCard = EntityCardBlueprint.make({
  name: 'probe',
  params: { loader: async () => <div>probe card</div> },
});

describe('clusterOverviewEntityCard', () => {
  it('renders on a cluster entity page', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: productionCluster }),
        clusterOverviewEntityCard,
      ],
    });

    expect(
      await screen.findByText('AWS Elastic Kubernetes Service (EKS)'),
    ).toBeInTheDocument();
  });

  it('stays off the pages of other entities', async () => {
    const component = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'web', namespace: 'default' },
      spec: { type: 'website', owner: 'pod-blue', lifecycle: 'production' },
    };
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: component }),
        probeCard,
        clusterOverviewEntityCard,
      ],
    });

    expect(await screen.findByText('probe card')).toBeInTheDocument();
    expect(screen.queryByText('Managed cluster')).not.toBeInTheDocument();
  });
});

describe('stackComponentEntityCard', () => {
  it('renders on a stack component page, with the clusters that run it', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: istio }),
        stackComponentEntityCard,
      ],
      apis: [catalogApiMock({ entities: clusters })],
    });

    expect(await screen.findByText('What Certified means')).toBeInTheDocument();
    expect(await screen.findByText('1.27.3')).toBeInTheDocument();
  });

  it('stays off the pages of other entities', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: productionCluster }),
        probeCard,
        stackComponentEntityCard,
      ],
      apis: [catalogApiMock({ entities: clusters })],
    });

    expect(await screen.findByText('probe card')).toBeInTheDocument();
    expect(screen.queryByText('Tier history')).not.toBeInTheDocument();
  });
});

describe('kubernetesStackPage', () => {
  it('serves the stack matrix at /kubernetes-stack', async () => {
    renderTestApp({
      extensions: [kubernetesStackPage],
      apis: [
        catalogApiMock({
          entities: [stackSystem, ...stackComponents] as Entity[],
        }),
      ],
      initialRouteEntries: ['/kubernetes-stack'],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });

    expect(
      await screen.findByText('Ingress and service mesh'),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Istio' })[0]).toHaveAttribute(
      'href',
      '/catalog/default/component/istio',
    );
  });

  it('is listed in the sidebar', async () => {
    renderTestApp({
      extensions: [kubernetesStackPage],
      apis: [catalogApiMock({ entities: [] })],
    });

    expect(
      await screen.findByRole('link', { name: 'Kubernetes stack' }),
    ).toHaveAttribute('href', '/kubernetes-stack');
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

describe('upgradeEntityCard', () => {
  it('renders on a cluster entity page', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: productionCluster }),
        upgradeEntityCard,
      ],
      apis: [[mpkApiRef, fakeMpkApi()]],
    });

    expect(await screen.findByText('Next deadline')).toBeInTheDocument();
  });

  it('stays off the pages of other entities', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: istio }),
        probeCard,
        upgradeEntityCard,
      ],
      apis: [[mpkApiRef, fakeMpkApi()]],
    });

    expect(await screen.findByText('probe card')).toBeInTheDocument();
    expect(screen.queryByText('Upgrade deadlines')).not.toBeInTheDocument();
  });
});

describe('upgradeFleetPage', () => {
  it('serves the fleet at /upgrades', async () => {
    renderTestApp({
      extensions: [upgradeFleetPage],
      apis: [[mpkApiRef, fakeMpkApi()]],
      initialRouteEntries: ['/upgrades'],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });

    expect(
      await screen.findByRole('heading', { name: 'Upgrade fleet' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: 'acme-prod' }),
    ).toHaveAttribute('href', '/catalog/default/resource/acme-prod');
  });

  it('is listed in the sidebar', async () => {
    renderTestApp({
      extensions: [upgradeFleetPage],
      apis: [[mpkApiRef, fakeMpkApi()]],
    });

    expect(
      await screen.findByRole('link', { name: 'Upgrade fleet' }),
    ).toHaveAttribute('href', '/upgrades');
  });
});

describe('slaEntityCard', () => {
  it('renders on a cluster entity page', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: productionCluster }),
        slaEntityCard,
      ],
      apis: [[mpkApiRef, fakeMpkApi()]],
    });

    expect(await screen.findByText('Ticket SLA')).toBeInTheDocument();
    expect(
      await screen.findByText('Control plane unreachable'),
    ).toBeInTheDocument();
  });

  it('stays off the pages of other entities', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: istio }),
        probeCard,
        slaEntityCard,
      ],
      apis: [[mpkApiRef, fakeMpkApi()]],
    });

    expect(await screen.findByText('probe card')).toBeInTheDocument();
    expect(screen.queryByText('Ticket SLA')).not.toBeInTheDocument();
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

describe('slaCreditsPage', () => {
  it('serves the credits at /sla-credits and is listed in the sidebar', async () => {
    renderTestApp({
      extensions: [slaCreditsPage],
      apis: [
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
      initialRouteEntries: ['/sla-credits'],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });

    expect(
      await screen.findByRole('heading', { name: 'SLA credits' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Credits for Acme Corporation, 2026-11'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'SLA credits' })).toHaveAttribute(
      'href',
      '/sla-credits',
    );
  });
});

describe('conformanceEntityCard', () => {
  it('renders on a cluster entity page', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: productionCluster }),
        conformanceEntityCard,
      ],
      apis: [[mpkApiRef, fakeMpkApi()], mockApis.permission()],
    });

    expect(await screen.findByText('CNCF conformance')).toBeInTheDocument();
    expect(await screen.findByText('Non-conformant')).toBeInTheDocument();
  });

  it('stays off the pages of other entities', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: istio }),
        probeCard,
        conformanceEntityCard,
      ],
      apis: [[mpkApiRef, fakeMpkApi()], mockApis.permission()],
    });

    expect(await screen.findByText('probe card')).toBeInTheDocument();
    expect(screen.queryByText('CNCF conformance')).not.toBeInTheDocument();
  });
});
