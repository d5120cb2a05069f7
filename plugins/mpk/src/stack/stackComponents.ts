import {
  STACK_LABELS,
  StackComponentEntity,
  TierChange,
} from '@mpk-portal/plugin-mpk-common';

/** A category of the stack, as the stack System lists them and components refer to them. */
export interface StackCategory {
  id: string;
  title: string;
}

// The catalog does not validate custom spec fields, so a hand-registered stack component may lack
// them; the readers below fall back instead of breaking the whole page or card.

/** The category a stack component belongs to. */
export function categoryOf(component: StackComponentEntity): StackCategory {
  const id =
    component.spec.category?.id ??
    component.metadata.labels?.[STACK_LABELS.category] ??
    'uncategorized';
  return { id, title: component.spec.category?.title ?? id };
}

/** The tier changes of a stack component, oldest first. */
export function tierHistoryOf(component: StackComponentEntity): TierChange[] {
  const history = component.spec.tierHistory;
  return Array.isArray(history) ? history : [];
}

/** The name people know a stack component by. */
export function titleOf(component: StackComponentEntity): string {
  return component.metadata.title ?? component.metadata.name;
}
