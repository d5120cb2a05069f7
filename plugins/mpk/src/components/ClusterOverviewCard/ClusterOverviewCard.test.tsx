import {
  entityRouteRef,
  EntityProvider,
} from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { productionCluster } from '../../__testUtils__/clusterEntities';
import { ClusterOverviewCard } from './ClusterOverviewCard';

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

describe('ClusterOverviewCard', () => {
  it('shows the contract facts of a well-formed cluster', async () => {
    await renderInTestApp(
      <EntityProvider entity={productionCluster}>
        <ClusterOverviewCard />
      </EntityProvider>,
      { mountedRoutes },
    );

    expect(
      screen.getByText('AWS Elastic Kubernetes Service (EKS)'),
    ).toBeInTheDocument();
    expect(screen.getByText('Production')).toBeInTheDocument();
    expect(screen.getByText('1.35')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'acme' })).toHaveAttribute(
      'href',
      '/catalog/default/group/acme',
    );
    expect(screen.getByRole('link', { name: 'pod-blue' })).toHaveAttribute(
      'href',
      '/catalog/default/group/pod-blue',
    );
  });

  it('lists what is wrong with an incomplete catalog entry', async () => {
    const incomplete = {
      ...productionCluster,
      metadata: {
        ...productionCluster.metadata,
        labels: { 'mpk.io/customer': 'acme', 'mpk.io/platform': 'gke' },
      },
    };
    await renderInTestApp(
      <EntityProvider entity={incomplete}>
        <ClusterOverviewCard />
      </EntityProvider>,
      { mountedRoutes },
    );

    expect(
      screen.getByText(/This cluster's catalog entry is incomplete/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'label mpk.io/platform is "gke": expected one of eks, rpc-k',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'label mpk.io/environment is missing: expected one of production, non-production',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('Production')).not.toBeInTheDocument();
  });
});
