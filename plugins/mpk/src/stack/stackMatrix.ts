import {
  SUPPORT_TIERS,
  StackComponentEntity,
  SupportTier,
  supportTierOf,
} from '@mpk-portal/plugin-mpk-common';
import { categoryOf, StackCategory, titleOf } from './stackComponents';

/** One category of the stack with its components by support tier. */
export interface StackMatrixRow {
  category: StackCategory;
  components: Record<SupportTier, StackComponentEntity[]>;
}

function emptyTiers(): Record<SupportTier, StackComponentEntity[]> {
  return Object.fromEntries(
    SUPPORT_TIERS.map(tier => [tier, []]),
  ) as unknown as Record<SupportTier, StackComponentEntity[]>;
}

/**
 * Places each component in the row of its category and the column of its current tier. Rows
 * follow the System's category order; categories that only components mention come last, so that
 * a component whose category the System lacks is still shown.
 */
export function buildStackMatrix(
  categories: StackCategory[],
  components: StackComponentEntity[],
): StackMatrixRow[] {
  const rows = new Map<string, StackMatrixRow>(
    categories.map(category => [
      category.id,
      { category, components: emptyTiers() },
    ]),
  );
  const sorted = [...components].sort((a, b) =>
    titleOf(a).localeCompare(titleOf(b)),
  );
  for (const component of sorted) {
    const category = categoryOf(component);
    let row = rows.get(category.id);
    if (!row) {
      row = { category, components: emptyTiers() };
      rows.set(category.id, row);
    }
    row.components[supportTierOf(component)].push(component);
  }
  return [...rows.values()];
}
