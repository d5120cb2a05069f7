import { MpkPersona } from '@mpk-portal/plugin-mpk-common';

type PersonaOfKind<K extends MpkPersona['kind']> = Extract<
  MpkPersona,
  { kind: K }
>;

/** The Engagement Manager of pod-blue, which owns acme-prod and initech-prod. */
export const blueEngagementManager: PersonaOfKind<'provider'> = {
  kind: 'provider',
  userEntityRef: 'user:default/erin',
  role: 'engagement-manager',
  pods: ['group:default/pod-blue'],
};

/** An application developer of Acme. */
export const acmeDeveloper: PersonaOfKind<'customer'> = {
  kind: 'customer',
  userEntityRef: 'user:default/dana',
  role: 'customer-developer',
  customers: ['acme'],
};

/** The contract owner at Acme. */
export const acmeAdmin: PersonaOfKind<'customer'> = {
  kind: 'customer',
  userEntityRef: 'user:default/adam',
  role: 'customer-admin',
  customers: ['acme'],
};

/** Someone without a role of the service. */
export const stranger: PersonaOfKind<'unknown'> = {
  kind: 'unknown',
  userEntityRef: 'user:default/sam',
  reason:
    'user:default/sam has no role of the service (annotation mpk.io/role)',
};
