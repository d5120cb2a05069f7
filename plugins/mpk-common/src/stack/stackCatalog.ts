import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
} from '@backstage/catalog-model';
import {
  currentTier,
  STACK_COMPONENT_TYPE,
  STACK_LABELS,
  StackComponentEntity,
  StackDefinition,
  supportTierTag,
} from '@mpk-portal/plugin-mpk-common';

/**
 * The catalog entities of a stack definition: a System for the stack, and a Component of type
 * `stack-component` per technology, all managed by the given location (e.g. `file:/…/stack.yaml`).
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
      },
    };
  });

  return [system, ...components];
}
