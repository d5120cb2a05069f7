import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { DESIGN_RESOURCE_TYPE } from '@mpk-portal/plugin-mpk-common';

/** The annotation through which a design entity names its design in the mpk backend. */
export const DESIGN_NAME_ANNOTATION = 'mpk.io/design';

/** Whether the entity is a detailed design: a `Resource` of type `cluster-design`. */
export function isDesignEntity(entity: Entity): boolean {
  return (
    entity.kind.toLocaleLowerCase('en-US') === 'resource' &&
    entity.spec?.type === DESIGN_RESOURCE_TYPE
  );
}

/** The name of the design the entity stands for: its `mpk.io/design` annotation, or its name. */
export function designNameOf(entity: Entity): string {
  return (
    entity.metadata.annotations?.[DESIGN_NAME_ANNOTATION] ??
    entity.metadata.name
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
