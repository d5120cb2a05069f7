import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { LiveVersions } from './LiveVersions';

describe('LiveVersions', () => {
  it('shows what the API reports and warns when the catalog says otherwise', async () => {
    await renderInTestApp(
      <LiveVersions
        live={{
          kubernetesCluster: 'acme-prod-eks',
          serverVersion: '1.34',
          kubeletVersions: ['1.34', '1.33'],
          declaredKubernetesVersion: '1.35',
          disagreement:
            'The Kubernetes API of acme-prod-eks reports 1.34, the catalog declares 1.35.',
        }}
      />,
    );
    expect(
      screen.getByText(
        'Kubernetes API of acme-prod-eks: server 1.34, kubelets 1.34, 1.33.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/The catalog and the cluster disagree/),
    ).toBeInTheDocument();
  });

  it('shows nothing without live facts', async () => {
    await renderInTestApp(
      <div data-testid="holder">
        <LiveVersions live={null} />
      </div>,
    );
    expect(screen.getByTestId('holder')).toBeEmptyDOMElement();
  });
});
