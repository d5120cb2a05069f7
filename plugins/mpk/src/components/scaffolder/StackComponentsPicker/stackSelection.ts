import {
  ClusterPlatform,
  STACK_LABELS,
  StackComponentEntity,
  SUPPORT_TIERS,
  SupportTier,
} from '@mpk-portal/plugin-mpk-common';
import { titleOf } from '../../../stack/stackComponents';

/** The technologies of one support tier that a build can include, by title. */
export interface TierGroup {
  tier: SupportTier;
  components: StackComponentEntity[];
}

/** The id a design and its scaffolder actions know a technology by. */
export function technologyId(component: StackComponentEntity): string {
  return component.metadata.name;
}

/**
 * The technologies the picker offers on a platform, grouped by tier from most to least
 * supported; tiers without any are left out. The alternatives of a design choice (ingress,
 * registry, storage) are left out too: templates ask for those separately, one of each.
 */
export function offeredTierGroups(
  components: StackComponentEntity[],
  platform: ClusterPlatform,
): TierGroup[] {
  // The catalog does not validate custom spec fields, so `platforms` may be missing.
  const offered = components.filter(
    component =>
      Array.isArray(component.spec.platforms) &&
      component.spec.platforms.includes(platform) &&
      !component.spec.choice,
  );
  return SUPPORT_TIERS.map(tier => ({
    tier,
    components: offered
      .filter(
        component =>
          component.metadata.labels?.[STACK_LABELS.supportTier] === tier,
      )
      .sort((a, b) => titleOf(a).localeCompare(titleOf(b))),
  })).filter(group => group.components.length > 0);
}

// Ids come out in the order the picker shows them, so that the same choice always gives the same
// value whatever the click order.
function idsWhere(
  groups: TierGroup[],
  include: (tier: SupportTier, id: string) => boolean,
): string[] {
  return groups.flatMap(({ tier, components }) =>
    components.map(technologyId).filter(id => include(tier, id)),
  );
}

/** The selection before the user chooses: what every build has and what the provider deploys. */
export function defaultSelection(groups: TierGroup[]): string[] {
  return idsWhere(
    groups,
    tier => tier === 'infrastructure' || tier === 'certified',
  );
}

/**
 * A selection made valid for the offered technologies, e.g. after a platform change: ids that are
 * not offered are dropped, and every Infrastructure technology is in, as it is part of every build.
 */
export function reconcileSelection(
  selected: readonly string[],
  groups: TierGroup[],
): string[] {
  return idsWhere(
    groups,
    (tier, id) => tier === 'infrastructure' || selected.includes(id),
  );
}

/** Whether two selections hold the same ids in the same order. */
export function sameSelection(
  a: readonly string[],
  b: readonly string[],
): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}
