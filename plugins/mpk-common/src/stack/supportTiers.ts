/**
 * Support tiers of the stack, from most to least supported. Technologies graduate from catalog
 * to certified to infrastructure.
 * @public
 */
export const SUPPORT_TIERS = [
  'infrastructure',
  'certified',
  'catalog',
] as const;

/** @public */
export type SupportTier = (typeof SUPPORT_TIERS)[number];

/**
 * What a support tier means for the customer, as the portal explains it.
 * @public
 */
export interface SupportTierDefinition {
  tier: SupportTier;
  title: string;
  summary: string;
  deployment: string;
  lifecycle: string;
  support: string;
}

/**
 * The meaning of each support tier.
 * @public
 */
export const SUPPORT_TIER_DEFINITIONS: Record<
  SupportTier,
  SupportTierDefinition
> = {
  infrastructure: {
    tier: 'infrastructure',
    title: 'Infrastructure',
    summary: 'Fully integrated into the managed platform.',
    deployment: 'Deployed in one click as part of every cluster build.',
    lifecycle:
      'Upgrades are managed by the provider, within the contractual upgrade windows.',
    support:
      'Full support by the support pod, including response to its alerts.',
  },
  certified: {
    tier: 'certified',
    title: 'Certified',
    summary: 'Tested and deployable by the provider.',
    deployment: 'Deployed by the provider on request.',
    lifecycle:
      'Lifecycle shared: the provider and the customer agree on upgrades.',
    support:
      'Supported by the support pod; the customer owns its configuration.',
  },
  catalog: {
    tier: 'catalog',
    title: 'Catalog',
    summary: 'Known to work on the platform; not operated by the provider.',
    deployment: 'Deployed and configured by the customer.',
    lifecycle: 'Upgraded by the customer.',
    support: 'Community support only.',
  },
};

/**
 * Whether a value names a support tier.
 * @public
 */
export function isSupportTier(value: unknown): value is SupportTier {
  return (SUPPORT_TIERS as readonly unknown[]).includes(value);
}
