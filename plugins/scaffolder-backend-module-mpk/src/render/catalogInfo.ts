import {
  CLUSTER_PLATFORM_NAMES,
  CLUSTER_LABELS,
  CLUSTER_RESOURCE_TYPE,
  clusterNameOf,
  DESIGN_ANNOTATION,
  DESIGN_RESOURCE_TYPE,
  DesignEnvironment,
  DetailedDesign,
  KUBERNETES_VERSION_SINCE_ANNOTATION,
  StackDefinition,
} from '@mpk-portal/plugin-mpk-common';
import { releaseLineOf, versionToDeploy } from './designFacts';
import { RenderedFile } from './renderedFile';
import { toMultiDocumentYaml, yamlDocument } from './yamlText';

/** What a cluster entity lists for a component without a version of its own (ECR, OIDC). */
const NO_VERSION = 'n/a';

function installedComponents(design: DetailedDesign, stack: StackDefinition) {
  const byId = new Map(stack.technologies.map(tech => [tech.id, tech]));
  return [...new Set(design.components)].map(id => {
    const tech = byId.get(id);
    return {
      component: id,
      version: (tech && versionToDeploy(tech, design)) ?? NO_VERSION,
    };
  });
}

function clusterEntity(
  design: DetailedDesign,
  environment: DesignEnvironment,
  stack: StackDefinition,
  today: string,
) {
  const name = clusterNameOf(design, environment);
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name,
      title: `${design.customer} ${environment.name}`,
      description: `${design.customer}'s ${environment.class} (${
        environment.name
      }) cluster on ${
        CLUSTER_PLATFORM_NAMES[design.platform].title
      }, built from the detailed design ${design.name}.`,
      labels: {
        [CLUSTER_LABELS.customer]: design.customer,
        [CLUSTER_LABELS.environment]: environment.class,
        [CLUSTER_LABELS.platform]: design.platform,
        [CLUSTER_LABELS.kubernetesVersion]: releaseLineOf(design),
        [CLUSTER_LABELS.upgradeStrategy]: design.upgradeStrategy,
      },
      annotations: {
        // The repository's TechDocs: the detailed design the customer accepted.
        'backstage.io/techdocs-ref': 'dir:.',
        [DESIGN_ANNOTATION]: design.name,
        // The cluster is new, so it runs its version from the day it is rendered.
        [KUBERNETES_VERSION_SINCE_ANNOTATION]: today,
      },
      tags: [design.platform, environment.class],
    },
    spec: {
      type: CLUSTER_RESOURCE_TYPE,
      owner: design.owner,
      installedComponents: installedComponents(design, stack),
    },
  };
}

/**
 * The design itself: the document the customer reads (the repository's TechDocs) and accepts,
 * visible to the customer's people like its clusters.
 */
function designEntity(design: DetailedDesign) {
  const clusters = design.environments
    .map(environment => clusterNameOf(design, environment))
    .join(', ');
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: design.name,
      title: `Detailed design ${design.name}`,
      description: `The detailed design of ${
        design.customer
      }'s clusters ${clusters} on ${
        CLUSTER_PLATFORM_NAMES[design.platform].title
      }, for ${design.customer}'s acceptance.`,
      labels: {
        [CLUSTER_LABELS.customer]: design.customer,
      },
      annotations: {
        'backstage.io/techdocs-ref': 'dir:.',
        [DESIGN_ANNOTATION]: design.name,
      },
      tags: [design.platform],
    },
    spec: {
      type: DESIGN_RESOURCE_TYPE,
      owner: design.owner,
    },
  };
}

/**
 * `catalog-info.yaml`: the design as a `Resource` of type `cluster-design` whose TechDocs is the
 * design document, then one `Resource` of type `kubernetes-cluster` per environment, with the
 * labels the contract rules read, the components to be installed with their versions, and the
 * design document as its TechDocs.
 * @public
 */
export function renderCatalogInfo(
  design: DetailedDesign,
  stack: StackDefinition,
  context: { today: string },
): RenderedFile {
  const content = toMultiDocumentYaml([
    yamlDocument(designEntity(design)),
    ...design.environments.map(environment =>
      yamlDocument(clusterEntity(design, environment, stack, context.today)),
    ),
  ]);
  return { path: 'catalog-info.yaml', content };
}

/**
 * `catalog-info.yaml` with the design entity alone, for a design whose clusters are not in the
 * catalog yet (the example design of the default install).
 */
export function renderDesignCatalogInfo(design: DetailedDesign): RenderedFile {
  return {
    path: 'catalog-info.yaml',
    content: toMultiDocumentYaml([yamlDocument(designEntity(design))]),
  };
}
