import { Entity } from '@backstage/catalog-model';
import { StackCategory } from './stackComponents';

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
