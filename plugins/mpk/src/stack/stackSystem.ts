import { Entity } from '@backstage/catalog-model';
import { StackCategory } from './stackComponents';

/** The entity ref of the System that groups the stack components and orders their categories. */
export const STACK_SYSTEM_REF = 'system:default/mpk-stack';

function isCategory(value: unknown): value is StackCategory {
  const { id, title } = (value ?? {}) as Partial<Record<string, unknown>>;
  return typeof id === 'string' && typeof title === 'string';
}

/** The categories of the stack in display order, as its System's `spec.categories` lists them. */
export function readStackCategories(
  system: Entity | undefined,
): StackCategory[] {
  const categories: unknown = system?.spec?.categories;
  return Array.isArray(categories) ? categories.filter(isCategory) : [];
}
