import { Entity } from '@backstage/catalog-model';
import {
  KUBERNETES_VERSION_SINCE_ANNOTATION,
  readClusterFacts,
} from '@mpk-portal/plugin-mpk-common';
import yaml from 'yaml';
import { renderCatalogInfo, renderDesignCatalogInfo } from './catalogInfo';
import {
  bareMetalDesign,
  eksDesign,
  exampleStack,
} from '../__testUtils__/designFixtures';

const stack = exampleStack();
const today = '2026-08-03';

function entities(design = eksDesign()): Entity[] {
  const file = renderCatalogInfo(design, stack, { today });
  expect(file.path).toBe('catalog-info.yaml');
  const documents = yaml.parseAllDocuments(file.content);
  for (const document of documents) expect(document.errors).toEqual([]);
  return documents.map(document => document.toJS() as Entity);
}

/** The cluster entities, after the design entity. */
const clusterEntities = (design = eksDesign()) => entities(design).slice(1);

describe('renderCatalogInfo', () => {
  it('declares the design, then one kubernetes-cluster Resource per environment', () => {
    expect(
      entities().map(e => [e.kind, e.spec?.type, e.metadata.name]),
    ).toEqual([
      ['Resource', 'cluster-design', 'initech-platform'],
      ['Resource', 'kubernetes-cluster', 'initech-prod'],
      ['Resource', 'kubernetes-cluster', 'initech-staging'],
    ]);
  });

  it("declares the design with its customer, owner pod and document, and nothing else of a cluster's", () => {
    const [design] = entities();
    expect(design).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: 'initech-platform',
        title: 'Detailed design initech-platform',
        description: expect.stringContaining('initech-prod, initech-staging'),
        labels: { 'mpk.io/customer': 'initech' },
        annotations: {
          'backstage.io/techdocs-ref': 'dir:.',
          'mpk.io/design': 'initech-platform',
        },
        tags: ['eks'],
      },
      spec: { type: 'cluster-design', owner: 'group:default/pod-blue' },
    });
    expect(readClusterFacts(design).ok).toBe(false);
  });

  it('declares the design alone for a design whose clusters are not provisioned', () => {
    const file = renderDesignCatalogInfo(eksDesign());
    expect(file.path).toBe('catalog-info.yaml');
    const documents = yaml.parseAllDocuments(file.content);
    expect(documents.map(document => document.toJS())).toEqual([entities()[0]]);
  });

  it('states the contract facts as the exact labels the rules read', () => {
    const [prod, staging] = clusterEntities();
    expect(prod.metadata.labels).toEqual({
      'mpk.io/customer': 'initech',
      'mpk.io/environment': 'production',
      'mpk.io/platform': 'eks',
      'mpk.io/kubernetes-version': '1.35',
      'mpk.io/upgrade-strategy': 'side-by-side',
    });
    expect(staging.metadata.labels?.['mpk.io/environment']).toBe(
      'non-production',
    );
    expect(prod.metadata.tags).toEqual(['eks', 'production']);
    expect(staging.metadata.tags).toEqual(['eks', 'non-production']);
  });

  it('passes the checks of the catalog module for every cluster', () => {
    for (const design of [eksDesign(), bareMetalDesign()]) {
      for (const entity of clusterEntities(design)) {
        expect(readClusterFacts(entity)).toEqual({
          ok: true,
          facts: expect.objectContaining({
            customer: design.customer,
            platform: design.platform,
            owner: design.owner,
            upgradeStrategy: design.upgradeStrategy,
          }),
        });
      }
    }
  });

  it('points at the design document and the design, and dates the version', () => {
    const [prod] = clusterEntities();
    expect(prod.metadata.annotations).toEqual({
      'backstage.io/techdocs-ref': 'dir:.',
      'mpk.io/design': 'initech-platform',
      [KUBERNETES_VERSION_SINCE_ANNOTATION]: today,
    });
    expect(prod.metadata.description).toContain('initech-platform');
    expect(prod.spec?.owner).toBe('group:default/pod-blue');
  });

  it('lists the components to install with the version to deploy', () => {
    const [prod] = clusterEntities();
    const versions = Object.fromEntries(
      (
        prod.spec?.installedComponents as {
          component: string;
          version: string;
        }[]
      ).map(c => [c.component, c.version]),
    );
    expect(Object.keys(versions)).toEqual(eksDesign().components);
    expect(versions).toMatchObject({
      // The platform's Kubernetes runs the design's line, not the newest supported.
      'aws-eks': '1.35',
      prometheus: '3.5',
      'aws-ebs-csi-driver': '1.50',
      // No version of its own.
      'aws-ecr': 'n/a',
      oidc: 'n/a',
    });
  });
});
