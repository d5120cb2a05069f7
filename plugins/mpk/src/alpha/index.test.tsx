import { renderTestApp } from '@backstage/frontend-test-utils';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { screen } from '@testing-library/react';
import { productionCluster } from '../__testUtils__/clusterEntities';
import { clusterOverviewEntityCard } from './index';

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
    // A card shown on every page proves the page rendered before the absence is checked.
    const probeCard = EntityCardBlueprint.make({
      name: 'probe',
      params: { loader: async () => <div>probe card</div> },
    });
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
