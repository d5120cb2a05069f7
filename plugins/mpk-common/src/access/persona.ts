import {
  Entity,
  RELATION_MEMBER_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  CUSTOMER_GROUP_TYPE,
  CUSTOMER_ROLES,
  CustomerRole,
  MpkRole,
  POD_GROUP_TYPE,
  PROVIDER_ROLES,
  ProviderRole,
  ROLE_ANNOTATION,
} from '../org/orgModel';

/**
 * Who a signed-in person is in the service, as the catalog says: provider staff with their role
 * and the pods they belong to, a customer's person with their role and customers, or someone the
 * service does not know (no role, or a role their groups do not support), who may see no cluster.
 * @public
 */
export type MpkPersona =
  | {
      kind: 'provider';
      userEntityRef: string;
      role: ProviderRole;
      /** entity refs of the pods the person belongs to, e.g. `group:default/pod-blue` */
      pods: string[];
    }
  | {
      kind: 'customer';
      userEntityRef: string;
      role: CustomerRole;
      /** names of the customers the person belongs to, e.g. `acme` */
      customers: string[];
    }
  | { kind: 'unknown'; userEntityRef: string; reason: string };

const isOneOf = <T extends string>(
  values: readonly T[],
  value: unknown,
): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);

/** The entity refs of the groups a user entity is a member of, as the catalog relates them. */
export function groupRefsOf(user: Entity): string[] {
  return (user.relations ?? [])
    .filter(r => r.type === RELATION_MEMBER_OF)
    .map(r => r.targetRef);
}

/**
 * The persona of a user entity, given the groups it is a member of (`groups` may hold others:
 * only those the user's `memberOf` relations name count). A customer's person must belong to a
 * customer group, provider staff hold a provider role; anyone else is `unknown`, with the reason.
 * @public
 */
export function personaOf(
  userEntityRef: string,
  user: Entity | undefined,
  groups: Entity[],
): MpkPersona {
  if (!user) {
    return {
      kind: 'unknown',
      userEntityRef,
      reason: `${userEntityRef} is not in the catalog`,
    };
  }
  const role: MpkRole | undefined = [...PROVIDER_ROLES, ...CUSTOMER_ROLES].find(
    r => r === user.metadata.annotations?.[ROLE_ANNOTATION],
  );
  const memberOf = new Set(groupRefsOf(user));
  const groupsOfType = (type: string) =>
    groups.filter(
      g => g.spec?.type === type && memberOf.has(stringifyEntityRef(g)),
    );
  if (isOneOf(PROVIDER_ROLES, role)) {
    return {
      kind: 'provider',
      userEntityRef,
      role,
      pods: groupsOfType(POD_GROUP_TYPE)
        .map(g => stringifyEntityRef(g))
        .sort(),
    };
  }
  if (isOneOf(CUSTOMER_ROLES, role)) {
    const customers = groupsOfType(CUSTOMER_GROUP_TYPE)
      .map(g => g.metadata.name)
      .sort();
    if (customers.length > 0) {
      return { kind: 'customer', userEntityRef, role, customers };
    }
    return {
      kind: 'unknown',
      userEntityRef,
      reason: `${userEntityRef} is a ${role} of no customer group`,
    };
  }
  return {
    kind: 'unknown',
    userEntityRef,
    reason: `${userEntityRef} has no role of the service (annotation ${ROLE_ANNOTATION})`,
  };
}
