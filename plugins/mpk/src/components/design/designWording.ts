import {
  DesignState,
  DesignVersion,
  DesignVersionState,
  OnboardingStep,
} from '@mpk-portal/plugin-mpk-common';

/** Labels of the states of a design's version. */
export const versionStateLabels: Record<DesignVersionState, string> = {
  shared: 'Waiting for decision',
  accepted: 'Accepted',
  'changes-requested': 'Changes requested',
  superseded: 'Superseded',
  provisioned: 'Provisioned',
};

/** Labels of the states of an engagement (its latest version's). */
export const designStateLabels: Record<DesignState, string> = {
  draft: 'Draft',
  shared: 'Waiting for decision',
  accepted: 'Accepted',
  'changes-requested': 'Changes requested',
  provisioned: 'Provisioned',
};

/** Column titles of the onboarding steps, in order. */
export const onboardingStepLabels: Record<OnboardingStep['step'], string> = {
  'pod-assigned': 'Pod assigned',
  'design-shared': 'Design shared',
  'design-accepted': 'Accepted',
  provisioned: 'Provisioned',
  'conformance-passed': 'First conformance run passed',
};

/** A day in the reader's locale and time zone, e.g. "Nov 25, 2026". */
export function formatDay(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });
}

/** "Only Acme Corporation's admins can accept this design or request changes." */
export function decisionRefusal(customerTitle: string): string {
  return `Only ${customerTitle}'s admins can accept this design or request changes.`;
}

/**
 * Why a version cannot be decided (any more), e.g. "Nothing to decide: version 2 was accepted.";
 * undefined for a shared version, which can be.
 */
export function nothingToDecide(
  version: Pick<DesignVersion, 'version' | 'state'>,
): string | undefined {
  const n = version.version;
  switch (version.state) {
    case 'shared':
      return undefined;
    case 'accepted':
      return `Nothing to decide: version ${n} was accepted.`;
    case 'changes-requested':
      return `Nothing to decide: changes to version ${n} were requested; the Lead Architect publishes the next version.`;
    case 'provisioned':
      return `Nothing to decide: version ${n} was accepted and is provisioned.`;
    case 'superseded':
    default:
      return `Nothing to decide: version ${n} was superseded by a later version.`;
  }
}

/** "What changed since version 1", or for the first version, that there is nothing before it. */
export function changesTitle(version: Pick<DesignVersion, 'version'>) {
  return version.version === 1
    ? 'What changed'
    : `What changed since version ${version.version - 1}`;
}
