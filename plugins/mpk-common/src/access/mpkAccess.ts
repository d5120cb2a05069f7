import { MpkRole, PROVIDER_ROLES } from '../org/orgModel';
import { MpkPersona } from './persona';

/**
 * What a persona may do under one permission: everything, nothing, or only for the clusters (or
 * customers) of its own customers, or the clusters of its own pods.
 * @public
 */
export type MpkAccess =
  | { decision: 'allow' }
  | { decision: 'deny' }
  | { decision: 'own-customers'; customers: string[] }
  | { decision: 'own-pods'; pods: string[] };

/** The rule of one role under one permission; a role left out is denied. */
type Rule = 'allow' | 'own-customers' | 'own-pods';

const providerRoles = (rule: Rule) =>
  Object.fromEntries(PROVIDER_ROLES.map(role => [role, rule]));
const podRoles = (rule: Rule) => ({
  'engagement-manager': rule,
  'lead-architect': rule,
  'senior-cka-engineer': rule,
  'junior-cka-engineer': rule,
});

/**
 * The service's permission matrix: for each mpk permission, what each role may do. The README's
 * permission matrix is this table, and the permission-matrix test checks every route against it.
 * @public
 */
export const MPK_ACCESS_MATRIX: Record<
  string,
  Partial<Record<MpkRole, Rule>>
> = {
  'mpk.cluster.read': {
    ...providerRoles('allow'),
    'customer-admin': 'own-customers',
    'customer-developer': 'own-customers',
  },
  'mpk.credit.read': {
    ...providerRoles('allow'),
    'customer-admin': 'own-customers',
    'customer-developer': 'own-customers',
  },
  'mpk.ticket.create': {
    ...podRoles('own-pods'),
    'customer-admin': 'own-customers',
    'customer-developer': 'own-customers',
  },
  'mpk.ticket.respond': podRoles('own-pods'),
  'mpk.ticket.comment': {
    ...podRoles('own-pods'),
    'customer-admin': 'own-customers',
    'customer-developer': 'own-customers',
  },
  'mpk.ticket.reopen': {
    ...podRoles('own-pods'),
    'customer-admin': 'own-customers',
    'customer-developer': 'own-customers',
  },
  // The seed: the customer requests a credit; the EM may on the customer's behalf.
  'mpk.credit.claim': {
    'engagement-manager': 'own-pods',
    'customer-admin': 'own-customers',
  },
  'mpk.upgrade-plan.update': {
    'engagement-manager': 'own-pods',
    'lead-architect': 'own-pods',
    'senior-cka-engineer': 'own-pods',
  },
  'mpk.conformance.upload': podRoles('own-pods'),
  'mpk.deprecated-api-report.upload': podRoles('own-pods'),
  'mpk.security-report.upload': podRoles('own-pods'),
  // The pod's Engagement Manager and Lead Architect agree exceptions with the customer.
  'mpk.security-exception.create': {
    'engagement-manager': 'own-pods',
    'lead-architect': 'own-pods',
  },
  'mpk.pipeline.run': {
    'lead-architect': 'allow',
    'senior-cka-engineer': 'allow',
  },
  'mpk.pipeline.read': providerRoles('allow'),
  // Alertmanager's webhook is for its static token only.
  'mpk.alertmanager.receive': {},
  'mpk.release.read': {
    ...providerRoles('allow'),
    'customer-admin': 'allow',
    'customer-developer': 'allow',
  },
  'mpk.health.read': {
    ...providerRoles('allow'),
    'customer-admin': 'allow',
    'customer-developer': 'allow',
  },
  'mpk.design.read': {
    ...providerRoles('allow'),
    'customer-admin': 'own-customers',
    'customer-developer': 'own-customers',
  },
  // The seed: the Lead Architect writes the design; a new customer has no pod yet to scope by.
  'mpk.design.publish': { 'lead-architect': 'allow' },
  // The seed: the customer "is given an opportunity to accept the detailed design".
  'mpk.design.decide': { 'customer-admin': 'own-customers' },
  'mpk.design.provision': {
    'lead-architect': 'allow',
    'senior-cka-engineer': 'allow',
  },
};

/**
 * What a persona may do under an mpk permission, from {@link MPK_ACCESS_MATRIX}. A persona the
 * service does not know, or a permission the matrix does not list, gets nothing.
 * @public
 */
export function mpkAccess(
  persona: MpkPersona,
  permissionName: string,
): MpkAccess {
  const rule =
    persona.kind === 'unknown'
      ? undefined
      : MPK_ACCESS_MATRIX[permissionName]?.[persona.role];
  if (rule === 'allow') return { decision: 'allow' };
  if (rule === 'own-customers' && persona.kind === 'customer') {
    return { decision: 'own-customers', customers: persona.customers };
  }
  if (rule === 'own-pods' && persona.kind === 'provider') {
    return { decision: 'own-pods', pods: persona.pods };
  }
  return { decision: 'deny' };
}

/**
 * The roles whose templates a persona may see and run: the Lead Architect the design and the
 * provisioning templates, the Senior CKA engineer the provisioning template, nobody else any.
 * Templates name their role in the `mpk.io/run-by` label.
 * @public
 */
export function templateRolesOf(persona: MpkPersona): MpkRole[] {
  if (persona.kind !== 'provider') return [];
  if (persona.role === 'lead-architect') {
    return ['lead-architect', 'senior-cka-engineer'];
  }
  if (persona.role === 'senior-cka-engineer') return ['senior-cka-engineer'];
  return [];
}

/**
 * The label on a scaffolder template naming the role that runs it.
 * @public
 */
export const TEMPLATE_ROLE_LABEL = 'mpk.io/run-by';
