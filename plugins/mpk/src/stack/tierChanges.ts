import {
  StackComponentEntity,
  SupportTier,
} from '@mpk-portal/plugin-mpk-common';
import { tierHistoryOf, titleOf } from './stackComponents';

/** A move of a stack component from one support tier to another. */
export interface TierMove {
  component: StackComponentEntity;
  since: string;
  from: SupportTier;
  to: SupportTier;
  reason?: string;
}

/**
 * Every tier move of the given components, newest first. A component's first tier is where it
 * entered the stack, not a move, so it is left out.
 */
export function listTierMoves(components: StackComponentEntity[]): TierMove[] {
  const moves = components.flatMap(component => {
    const history = tierHistoryOf(component);
    return history.slice(1).map(
      (change, index): TierMove => ({
        component,
        since: change.since,
        from: history[index].tier,
        to: change.tier,
        ...(change.reason ? { reason: change.reason } : {}),
      }),
    );
  });
  // ISO dates sort as text; ties are listed by name so the order does not depend on the catalog.
  return moves.sort(
    (a, b) =>
      b.since.localeCompare(a.since) ||
      titleOf(a.component).localeCompare(titleOf(b.component)),
  );
}
