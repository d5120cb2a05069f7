import { Entity } from '@backstage/catalog-model';
import {
  DefaultEntityFilters,
  EntityFilter,
} from '@backstage/plugin-catalog-react';
import {
  isSupportTier,
  STACK_LABELS,
  SupportTier,
} from '@mpk-portal/plugin-mpk-common';

/**
 * Catalog filter that keeps the stack components of the given support tiers. Entities without a
 * support tier (everything that is not a stack component) are left out while it is set.
 * @public
 */
export class SupportTierFilter implements EntityFilter {
  constructor(readonly values: SupportTier[]) {}

  getCatalogFilters(): Record<string, string[]> {
    return {
      [`metadata.labels.${STACK_LABELS.supportTier}`]: [...this.values],
    };
  }

  filterEntity(entity: Entity): boolean {
    const tier = entity.metadata.labels?.[STACK_LABELS.supportTier];
    return isSupportTier(tier) && this.values.includes(tier);
  }

  toQueryValue(): string[] {
    return [...this.values];
  }
}

/**
 * The catalog list filters with the support-tier filter, under the key that also names it in the
 * URL (`?filters[supportTier]=certified`).
 * @public
 */
export type SupportTierFilters = DefaultEntityFilters & {
  supportTier?: SupportTierFilter;
};
