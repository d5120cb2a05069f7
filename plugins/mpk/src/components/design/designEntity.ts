import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  DESIGN_ANNOTATION,
  isDesignEntity,
} from '@mpk-portal/plugin-mpk-common';

export { isDesignEntity };

/** The name of the design the entity stands for: its `mpk.io/design` annotation, or its name. */
export function designNameOf(entity: Entity): string {
  return (
    entity.metadata.annotations?.[DESIGN_ANNOTATION] ?? entity.metadata.name
  );
}

/** The catalog entity of a design, e.g. `resource:default/acme-platform`. */
export function designEntityRef(design: string): string {
  return stringifyEntityRef({
    kind: 'Resource',
    namespace: 'default',
    name: design,
  });
}

/**
 * The permission resource ref of a customer, as the mpk backend reads it (a group entity ref,
 * whose name is the customer's), e.g. `group:default/acme`.
 */
export function customerResourceRef(customer: string): string {
  return stringifyEntityRef({
    kind: 'Group',
    namespace: 'default',
    name: customer,
  });
}
