import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { mpkApiRef } from './api';
import {
  EntityDesignDecisionCard,
  EntitySecurityCard,
  mpkPlugin,
  OnboardingPage,
  SecurityDeviationsPage,
  SupportPage,
} from './plugin';
import { productionCluster } from './__testUtils__/clusterEntities';
import { fakeMpkApi } from './__testUtils__/mpkResponses';
import { acmeDesignEntity, acmeGroup } from './__testUtils__/designResponses';
import {
  conversationTicket,
  urgentTicket,
} from './__testUtils__/ticketResponses';
import {
  onboardingRouteRef,
  rootRouteRef,
  securityDeviationsRouteRef,
  slaCreditsRouteRef,
  supportRouteRef,
  supportTicketRouteRef,
  upgradeFleetRouteRef,
} from './routes';

describe('mpkPlugin', () => {
  it('provides the mpk API', () => {
    expect([...mpkPlugin.getApis()].map(factory => factory.api)).toContain(
      mpkApiRef,
    );
  });

  it('has a route for each page', () => {
    expect(mpkPlugin.routes).toEqual({
      root: rootRouteRef,
      upgradeFleet: upgradeFleetRouteRef,
      slaCredits: slaCreditsRouteRef,
      support: supportRouteRef,
      supportTicket: supportTicketRouteRef,
      onboarding: onboardingRouteRef,
      securityDeviations: securityDeviationsRouteRef,
    });
  });
});

describe('SupportPage', () => {
  // An app's FlatRoutes mounts `<Route path="/support">` and matches `/support/*`; plain Routes
  // need the splat to reach the ticket pages, and then resolve links from the splat path too.
  const renderAt = (route: string, mpkApi = fakeMpkApi(), path = '/support') =>
    renderInTestApp(
      <TestApiProvider
        apis={[
          [mpkApiRef, mpkApi],
          [permissionApiRef, mockApis.permission()],
          [catalogApiRef, catalogApiMock()],
        ]}
      >
        <Routes>
          <Route path={path} element={<SupportPage />} />
        </Routes>
      </TestApiProvider>,
      {
        routeEntries: [route],
        mountedRoutes: {
          '/catalog/:namespace/:kind/:name': entityRouteRef,
        },
      },
    );

  it('serves the tickets in a legacy app, linking to their pages', async () => {
    await renderAt('/support');

    expect(
      await screen.findByRole('link', { name: urgentTicket.title }),
    ).toHaveAttribute('href', `/support/tickets/${urgentTicket.id}`);
  });

  it("serves a ticket's page under it", async () => {
    const mpkApi = fakeMpkApi();
    await renderAt(
      `/support/tickets/${conversationTicket.id}`,
      mpkApi,
      '/support/*',
    );

    expect(
      await screen.findByRole('heading', { name: conversationTicket.title }),
    ).toBeInTheDocument();
    expect(mpkApi.getTicket).toHaveBeenCalledWith(conversationTicket.id);
  });
});

describe('OnboardingPage', () => {
  it("serves each customer's engagement in a legacy app", async () => {
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [mpkApiRef, fakeMpkApi()],
          [permissionApiRef, mockApis.permission()],
          [catalogApiRef, catalogApiMock()],
        ]}
      >
        <Routes>
          <Route path="/onboarding" element={<OnboardingPage />} />
        </Routes>
      </TestApiProvider>,
      {
        routeEntries: ['/onboarding'],
        mountedRoutes: {
          '/catalog/:namespace/:kind/:name': entityRouteRef,
        },
      },
    );

    expect(
      await screen.findByRole('link', { name: 'acme-platform' }),
    ).toHaveAttribute('href', '/catalog/default/resource/acme-platform');
  });
});

describe('EntityDesignDecisionCard', () => {
  it('shows the decision on the design of the entity page in a legacy app', async () => {
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [mpkApiRef, fakeMpkApi()],
          [permissionApiRef, mockApis.permission()],
          [catalogApiRef, catalogApiMock({ entities: [acmeGroup] })],
        ]}
      >
        <EntityProvider entity={acmeDesignEntity}>
          <EntityDesignDecisionCard />
        </EntityProvider>
      </TestApiProvider>,
      {
        mountedRoutes: {
          '/catalog/:namespace/:kind/:name': entityRouteRef,
        },
      },
    );

    expect(
      await screen.findByText("Waiting for Acme Corporation's decision."),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Accept' })).toBeInTheDocument();
  });
});

describe('EntitySecurityCard', () => {
  it('shows the security posture of the cluster of the entity page in a legacy app', async () => {
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [mpkApiRef, fakeMpkApi()],
          [permissionApiRef, mockApis.permission()],
        ]}
      >
        <EntityProvider entity={productionCluster}>
          <EntitySecurityCard />
        </EntityProvider>
      </TestApiProvider>,
    );

    expect(await screen.findByText('Security posture')).toBeInTheDocument();
    expect(
      await screen.findByRole('list', { name: 'Open deviations' }),
    ).toBeInTheDocument();
  });
});

describe('SecurityDeviationsPage', () => {
  it("serves a customer's open deviations in a legacy app", async () => {
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [mpkApiRef, fakeMpkApi()],
          [permissionApiRef, mockApis.permission()],
          [catalogApiRef, catalogApiMock({ entities: [acmeGroup] })],
        ]}
      >
        <Routes>
          <Route path="/security" element={<SecurityDeviationsPage />} />
        </Routes>
      </TestApiProvider>,
      {
        routeEntries: ['/security'],
        mountedRoutes: {
          '/catalog/:namespace/:kind/:name': entityRouteRef,
        },
      },
    );

    expect(
      await screen.findByRole('link', { name: 'Acme production' }),
    ).toHaveAttribute('href', '/catalog/default/resource/acme-prod');
  });
});
