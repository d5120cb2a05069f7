/**
 * `spec.type` of the `Group` entities that stand for the provider's customers; the customer's
 * name is the group's name, and clusters name it in their `mpk.io/customer` label.
 * @public
 */
export const CUSTOMER_GROUP_TYPE = 'customer';

/**
 * `spec.type` of the `Group` entities that stand for the provider's support pods, which own
 * clusters.
 * @public
 */
export const POD_GROUP_TYPE = 'pod';

/**
 * The annotation on a `User` entity naming the person's role in the service.
 * @public
 */
export const ROLE_ANNOTATION = 'mpk.io/role';

/**
 * The roles of a support pod's members, as {@link ROLE_ANNOTATION} names them.
 * @public
 */
export const POD_ROLES = [
  'engagement-manager',
  'lead-architect',
  'senior-cka-engineer',
  'junior-cka-engineer',
] as const;

/** @public */
export type PodRole = (typeof POD_ROLES)[number];
