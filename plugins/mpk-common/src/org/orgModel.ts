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

/**
 * The roles of the provider's staff: the pod roles, and auditors, who belong to no pod and may
 * read everything but change nothing.
 * @public
 */
export const PROVIDER_ROLES = [...POD_ROLES, 'auditor'] as const;

/** @public */
export type ProviderRole = (typeof PROVIDER_ROLES)[number];

/**
 * The roles of a customer's people: the contract owner, and the application teams who browse the
 * catalog.
 * @public
 */
export const CUSTOMER_ROLES = ['customer-admin', 'customer-developer'] as const;

/** @public */
export type CustomerRole = (typeof CUSTOMER_ROLES)[number];

/** @public */
export type MpkRole = ProviderRole | CustomerRole;

/**
 * How the portal names each role.
 * @public
 */
export const ROLE_TITLES: Record<MpkRole, string> = {
  'engagement-manager': 'Engagement Manager',
  'lead-architect': 'Lead Architect',
  'senior-cka-engineer': 'Senior CKA engineer',
  'junior-cka-engineer': 'Junior CKA engineer',
  auditor: 'Auditor',
  'customer-admin': 'Customer admin',
  'customer-developer': 'Customer developer',
};
