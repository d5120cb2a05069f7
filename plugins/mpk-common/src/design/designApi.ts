import { ApiSchemas } from '../schema/apiSchemas';

/**
 * A customer engagement's detailed design: its team, versions and onboarding steps.
 * @public
 */
export type Design = ApiSchemas['Design'];

/** @public */
export type DesignVersion = ApiSchemas['DesignVersion'];

/** @public */
export type DesignVersionState = ApiSchemas['DesignVersionState'];

/** @public */
export type DesignState = ApiSchemas['DesignState'];

/** @public */
export type DesignTeam = ApiSchemas['DesignTeam'];

/** @public */
export type OnboardingStep = ApiSchemas['OnboardingStep'];

/** @public */
export type DesignList = ApiSchemas['DesignList'];

/** @public */
export type DesignPublishRequest = ApiSchemas['DesignPublishRequest'];

/** @public */
export type DesignDecisionRequest = ApiSchemas['DesignDecisionRequest'];

/** @public */
export type DesignProvisioningRequest = ApiSchemas['DesignProvisioningRequest'];

/**
 * The customer admin's two answers to a shared version.
 * @public
 */
export const DESIGN_DECISIONS = ['accept', 'request-changes'] as const;

/**
 * The states of a design's version: `shared` when published, then the customer's decision
 * (`changes-requested` or `accepted`), `provisioned` once deployed, or `superseded` when a new
 * version is published before.
 * @public
 */
export const DESIGN_VERSION_STATES = [
  'shared',
  'changes-requested',
  'accepted',
  'superseded',
  'provisioned',
] as const;

/**
 * The onboarding steps of an engagement, in order.
 * @public
 */
export const ONBOARDING_STEPS = [
  'pod-assigned',
  'design-shared',
  'design-accepted',
  'provisioned',
  'conformance-passed',
] as const;
