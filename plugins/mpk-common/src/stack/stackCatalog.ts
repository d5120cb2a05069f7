import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
} from '@backstage/catalog-model';
import {
  currentTier,
  STACK_DEFINITION_TYPE,
  StackDefinition,
} from './stackDefinition';
import {
  STACK_COMPONENT_TYPE,
  STACK_LABELS,
  STACK_SYSTEM_TYPE,
  StackComponentEntity,
  supportTierTag,
} from './stackEntity';

/**
 * The catalog entities of a stack definition: a System for the stack, and a Component of type
 * `stack-component` per technology, all managed by the given location (e.g. `file:/…/stack.yaml`).
 * @public
 */
export function stackToEntities(
  stack: StackDefinition,
  locationRef: string,
): Entity[] {
  const annotations = {
    [ANNOTATION_LOCATION]: locationRef,
    [ANNOTATION_ORIGIN_LOCATION]: locationRef,
  };
  const categories = new Map(stack.categories.map(c => [c.id, c]));

  const system: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: {
      name: stack.metadata.name,
      title: stack.metadata.title,
      description: stack.metadata.description,
      annotations,
    },
    spec: {
      type: STACK_SYSTEM_TYPE,
      owner: stack.owner,
      categories: stack.categories.map(({ id, title }) => ({ id, title })),
    },
  };

  const components = stack.technologies.map((tech): StackComponentEntity => {
    const tier = currentTier(tech);
    const category = categories.get(tech.category)!;
    return {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: tech.id,
        title: tech.title,
        description: tech.description,
        annotations,
        labels: {
          [STACK_LABELS.supportTier]: tier,
          [STACK_LABELS.category]: category.id,
        },
        tags: [supportTierTag(tier), category.id],
        links: [{ url: tech.docs, title: 'Documentation', icon: 'docs' }],
      },
      spec: {
        type: STACK_COMPONENT_TYPE,
        lifecycle: 'production',
        owner: stack.owner,
        system: stack.metadata.name,
        category: { id: category.id, title: category.title },
        platforms: tech.platforms,
        supportedVersions: tech.supportedVersions,
        tierHistory: tech.tierHistory,
        ...(tech.choice ? { choice: tech.choice } : {}),
        ...(tech.certifiedReleases
          ? { certifiedReleases: tech.certifiedReleases }
          : {}),
        ...(tech.kubernetesCompatibility
          ? { kubernetesCompatibility: tech.kubernetesCompatibility }
          : {}),
      },
    };
  });

  return [system, ...components];
}

/**
 * The stack definition the catalog holds: the inverse of {@link stackToEntities}, for readers of
 * the catalog such as the design rules.
 * @public
 */
export function stackFromEntities(
  system: Entity,
  components: StackComponentEntity[],
): StackDefinition {
  const spec = system.spec as {
    owner: string;
    categories: { id: string; title: string }[];
  };
  return {
    ...STACK_DEFINITION_TYPE,
    metadata: {
      name: system.metadata.name,
      title: system.metadata.title ?? system.metadata.name,
      description: system.metadata.description ?? '',
    },
    owner: spec.owner,
    categories: spec.categories,
    technologies: components.map(component => ({
      id: component.metadata.name,
      title: component.metadata.title ?? component.metadata.name,
      description: component.metadata.description ?? '',
      category: component.spec.category.id,
      platforms: component.spec.platforms,
      docs:
        component.metadata.links?.find(link => link.title === 'Documentation')
          ?.url ?? '',
      supportedVersions: component.spec.supportedVersions,
      tierHistory: component.spec.tierHistory,
      ...(component.spec.choice ? { choice: component.spec.choice } : {}),
      ...(component.spec.certifiedReleases
        ? { certifiedReleases: component.spec.certifiedReleases }
        : {}),
      ...(component.spec.kubernetesCompatibility
        ? { kubernetesCompatibility: component.spec.kubernetesCompatibility }
        : {}),
    })),
  };
}
