import {
  CLUSTER_ENVIRONMENTS,
  CLUSTER_PLATFORMS,
  UPGRADE_STRATEGIES,
} from '../cluster/clusterEntity';
import { CONFORMANCE_STATUSES } from '../conformance/conformanceApi';
import {
  DESIGN_DECISIONS,
  DESIGN_VERSION_STATES,
  ONBOARDING_STEPS,
} from '../design/designApi';
import { MpkPersona } from '../access/persona';
import { CustomerContract } from '../sla/credits';
import {
  SLA_STATES,
  TICKET_CATEGORIES,
  TICKET_SEVERITIES,
} from '../sla/slaRules';
import { TICKET_EVENT_TYPES, TICKET_STATUSES } from '../sla/ticketApi';
import { UPGRADE_PLAN_STATES } from '../upgrade/upgradeApi';
import { OBLIGATION_STATUSES } from '../upgrade/upgradeObligations';
import { ApiSchemas } from './apiSchemas';

// The lists of allowed values (which zod and the screens need at run time) and the zod-defined
// contract terms must be exactly what the spec says; tsc refuses this file otherwise.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
type Values<T extends readonly string[]> = T[number];

/** Checked by tsc only. */
export type EnumsMatchTheSpec = [
  Holds<
    Exactly<Values<typeof CLUSTER_PLATFORMS>, ApiSchemas['ClusterPlatform']>
  >,
  Holds<
    Exactly<
      Values<typeof CLUSTER_ENVIRONMENTS>,
      ApiSchemas['ClusterEnvironment']
    >
  >,
  Holds<
    Exactly<Values<typeof UPGRADE_STRATEGIES>, ApiSchemas['UpgradeStrategy']>
  >,
  Holds<
    Exactly<Values<typeof TICKET_SEVERITIES>, ApiSchemas['TicketSeverity']>
  >,
  Holds<
    Exactly<Values<typeof TICKET_CATEGORIES>, ApiSchemas['TicketCategory']>
  >,
  Holds<Exactly<Values<typeof SLA_STATES>, ApiSchemas['SlaState']>>,
  Holds<
    Exactly<Values<typeof TICKET_EVENT_TYPES>, ApiSchemas['TicketEventType']>
  >,
  Holds<Exactly<Values<typeof TICKET_STATUSES>, ApiSchemas['TicketStatus']>>,
  Holds<
    Exactly<Values<typeof UPGRADE_PLAN_STATES>, ApiSchemas['UpgradePlanState']>
  >,
  Holds<
    Exactly<Values<typeof OBLIGATION_STATUSES>, ApiSchemas['ObligationStatus']>
  >,
  Holds<
    Exactly<
      Values<typeof CONFORMANCE_STATUSES>,
      ApiSchemas['ConformanceStatus']
    >
  >,
  Holds<
    Exactly<
      Values<typeof DESIGN_VERSION_STATES>,
      ApiSchemas['DesignVersionState']
    >
  >,
  Holds<
    Exactly<
      Values<typeof DESIGN_DECISIONS>,
      ApiSchemas['DesignDecisionRequest']['decision']
    >
  >,
  Holds<
    Exactly<
      Values<typeof ONBOARDING_STEPS>,
      ApiSchemas['OnboardingStep']['step']
    >
  >,
  Holds<Exactly<CustomerContract, ApiSchemas['CustomerContract']>>,
  Holds<Exactly<MpkPersona, ApiSchemas['MpkPersona']>>,
];
