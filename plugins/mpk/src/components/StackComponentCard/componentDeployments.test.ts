import { acmeProd, globexDev } from '../../__testUtils__/stackEntities';
import { compareDeployments, describeDeployment } from './componentDeployments';

describe('describeDeployment', () => {
  it('reads the customer, environment and installed version of a cluster', () => {
    expect(describeDeployment(acmeProd, 'prometheus')).toEqual({
      cluster: acmeProd,
      customer: 'acme',
      environment: 'Production',
      version: '3.5.0',
    });
  });

  it('keeps what an incomplete cluster entry states', () => {
    const incomplete = {
      ...acmeProd,
      metadata: {
        ...acmeProd.metadata,
        labels: { 'mpk.io/environment': 'staging' },
      },
      spec: { ...acmeProd.spec, installedComponents: 'istio' },
    };

    expect(describeDeployment(incomplete, 'istio')).toEqual({
      cluster: incomplete,
      customer: undefined,
      environment: 'staging',
      version: undefined,
    });
  });
});

describe('compareDeployments', () => {
  it('orders by customer', () => {
    const deployments = [
      describeDeployment(globexDev, 'istio'),
      describeDeployment(acmeProd, 'istio'),
    ];

    expect(
      deployments.sort(compareDeployments).map(d => d.cluster.metadata.name),
    ).toEqual(['acme-prod', 'globex-dev']);
  });
});
