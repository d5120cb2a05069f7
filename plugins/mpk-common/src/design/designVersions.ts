import {
  DESIGN_DECISIONS,
  DesignState,
  DesignVersionState,
  ONBOARDING_STEPS,
  OnboardingStep,
} from './designApi';

/**
 * The customer admin's answer to a shared version of a design.
 * @public
 */
export type DesignDecision = (typeof DESIGN_DECISIONS)[number];

/**
 * A version of a design as the onboarding rules see it: its state and, once decided, the
 * decision, which a superseded or provisioned version keeps. Instants are ISO 8601.
 * @public
 */
export interface DesignVersionRecord {
  version: number;
  contentHash: string;
  state: DesignVersionState;
  publishedAt: string;
  decision: DesignDecision | null;
  decidedBy: string | null;
  decidedAt: string | null;
  /** the customer's comment with the decision, if the rules are to compare it */
  comment?: string | null;
  provisionedAt: string | null;
}

/**
 * What the rules say of a request on a version: record it, it was recorded already (nothing to
 * write), or refuse it with the reason.
 * @public
 */
export type DesignRuleOutcome =
  | { kind: 'record' }
  | { kind: 'repeat' }
  | { kind: 'not-found' | 'conflict'; message: string };

/**
 * The state a version takes with each decision.
 * @public
 */
export const DESIGN_STATE_AFTER_DECISION: Record<
  DesignDecision,
  DesignVersionState
> = {
  accept: 'accepted',
  'request-changes': 'changes-requested',
};

/**
 * Whether a version in this state becomes `superseded` when a new version is published: every
 * version not provisioned, so that a design changed after its acceptance needs acceptance again.
 * @public
 */
export function supersededByNewVersion(state: DesignVersionState): boolean {
  return state !== 'provisioned' && state !== 'superseded';
}

/**
 * The state of an engagement: its latest version's, `draft` before the first publish.
 * @public
 */
export function designStateOf(
  versions: ReadonlyArray<Pick<DesignVersionRecord, 'version' | 'state'>>,
): DesignState {
  const latest = latestOf(versions);
  if (!latest) return 'draft';
  if (latest.state === 'superseded') {
    // A version is superseded by a later one only: the latest never is.
    throw new Error(`The latest version ${latest.version} is superseded`);
  }
  return latest.state;
}

function latestOf<T extends { version: number }>(
  versions: ReadonlyArray<T>,
): T | undefined {
  return versions.reduce<T | undefined>(
    (latest, v) => (!latest || v.version > latest.version ? v : latest),
    undefined,
  );
}

const acceptedBy = (v: DesignVersionRecord) =>
  `accepted by ${v.decidedBy} on ${v.decidedAt}`;

/**
 * Which version the customer accepted, for a refusal's message: `version 1 was accepted by
 * user:default/avery-acme on 2026-12-01T10:00:00.000Z` (and provisioned, when it was), `no
 * version has been accepted since version 1 (accepted by …) was superseded`, or `no version
 * has been accepted`.
 * @public
 */
export function describeAcceptedVersion(
  versions: ReadonlyArray<DesignVersionRecord>,
): string {
  const accepted = [...versions]
    .filter(v => v.decision === 'accept')
    .sort((a, b) => b.version - a.version);
  const current = accepted.find(v => v.state !== 'superseded');
  if (current) {
    return `version ${current.version} was ${acceptedBy(current)}${
      current.provisionedAt
        ? ` and provisioned on ${current.provisionedAt}`
        : ''
    }`;
  }
  if (accepted.length > 0) {
    return `no version has been accepted since version ${
      accepted[0].version
    } (${acceptedBy(accepted[0])}) was superseded`;
  }
  return 'no version has been accepted';
}

function stateText(
  version: DesignVersionRecord,
  versions: ReadonlyArray<DesignVersionRecord>,
): string {
  switch (version.state) {
    case 'shared':
      return "shared, waiting for the customer's decision";
    case 'changes-requested':
      return `changes requested by ${version.decidedBy} on ${version.decidedAt}`;
    case 'superseded': {
      const next = versions
        .filter(v => v.version > version.version)
        .sort((a, b) => a.version - b.version)[0];
      return next ? `superseded by version ${next.version}` : 'superseded';
    }
    default:
      return version.state;
  }
}

function versionOf(
  design: { name: string; versions: ReadonlyArray<DesignVersionRecord> },
  version: number,
): DesignVersionRecord | { kind: 'not-found'; message: string } {
  const found = design.versions.find(v => v.version === version);
  if (found) return found;
  const latest = latestOf(design.versions);
  return {
    kind: 'not-found',
    message: `Design ${design.name} has no version ${version}${
      latest ? ` (its latest is version ${latest.version})` : ''
    }`,
  };
}

/**
 * Whether a customer admin's decision on a version is recorded. Only a `shared` version can be
 * decided, and a shared version is always the latest. The same decision again is a repeat, even
 * once the version was superseded or provisioned, but changes requested again with another
 * `comment` (trimmed, as recorded) are a conflict; another decision on a decided or superseded
 * version is a conflict, naming what was decided: a new version must be published to decide
 * again.
 * @public
 */
export function designDecisionOutcome(
  design: { name: string; versions: ReadonlyArray<DesignVersionRecord> },
  version: number,
  decision: DesignDecision,
  comment?: string | null,
): DesignRuleOutcome {
  const target = versionOf(design, version);
  if ('kind' in target) return target;
  const what = `Design ${design.name} version ${version}`;
  if (target.state === 'shared') return { kind: 'record' };
  if (target.decision === decision) {
    if (
      decision === 'request-changes' &&
      (comment ?? null) !== (target.comment ?? null)
    ) {
      return {
        kind: 'conflict',
        message: `${what}: changes were already requested with another comment by ${target.decidedBy} on ${target.decidedAt}; a decision is taken once per version: a new version must be published to decide again`,
      };
    }
    return { kind: 'repeat' };
  }
  const latest = latestOf(design.versions)!;
  if (target.state === 'superseded') {
    return {
      kind: 'conflict',
      message: `${what} was ${stateText(target, design.versions)}${
        target.decision
          ? ` after it was ${
              target.decision === 'accept'
                ? acceptedBy(target)
                : `sent back with changes requested by ${target.decidedBy} on ${target.decidedAt}`
            }`
          : ' before the customer decided'
      }; decide version ${latest.version}, the latest`,
    };
  }
  const decided =
    target.decision === 'accept'
      ? `was already ${acceptedBy(target)}${
          target.state === 'provisioned'
            ? ` and provisioned on ${target.provisionedAt}`
            : ''
        }`
      : `already has changes requested by ${target.decidedBy} on ${target.decidedAt}`;
  return {
    kind: 'conflict',
    message: `${what} ${decided}; a decision is taken once per version: a new version must be published to decide again`,
  };
}

/**
 * Whether the provisioning of a version is recorded: only a version the customer accepted, and
 * only with its content (`contentHash`, so that what is deployed is what was accepted). The same
 * request on a provisioned version is a repeat while it is the current one, the newest accepted
 * or provisioned: an older provisioned version is a conflict naming the current one. A refusal
 * names the version asked, its state, and which version was accepted, if any.
 * @public
 */
export function designProvisioningOutcome(
  design: { name: string; versions: ReadonlyArray<DesignVersionRecord> },
  version: number,
  contentHash: string,
): DesignRuleOutcome {
  const target = versionOf(design, version);
  if ('kind' in target) return target;
  const what = `Design ${design.name} version ${version}`;
  if (target.state === 'accepted' || target.state === 'provisioned') {
    if (target.contentHash !== contentHash) {
      return {
        kind: 'conflict',
        message: `${what}: contentHash ${contentHash} is not the content the customer accepted (${target.contentHash}); deploy the design of version ${version} as it was published`,
      };
    }
    if (target.state === 'accepted') return { kind: 'record' };
    const current = latestOf(
      design.versions.filter(
        v => v.state === 'accepted' || v.state === 'provisioned',
      ),
    )!;
    if (current.version !== version) {
      return {
        kind: 'conflict',
        message: `${what} was provisioned on ${
          target.provisionedAt
        }, but version ${
          current.version
        } is the current one: ${describeAcceptedVersion(
          design.versions,
        )}; provision version ${current.version}`,
      };
    }
    return { kind: 'repeat' };
  }
  return {
    kind: 'conflict',
    message: `${what} is not accepted by the customer (${stateText(
      target,
      design.versions,
    )}); ${describeAcceptedVersion(design.versions)}`,
  };
}

const STEP_TITLES: Record<OnboardingStep['step'], string> = {
  'pod-assigned': 'Support pod assigned',
  'design-shared': 'Detailed design shared with the customer',
  'design-accepted': 'Detailed design accepted by the customer',
  provisioned: 'Clusters provisioned',
  'conformance-passed': 'Conformance tests passed',
};

const earliest = (instants: Array<string | null>): string | null =>
  instants
    .filter((at): at is string => at !== null)
    .reduce<string | null>(
      (first, at) =>
        first === null || Date.parse(at) < Date.parse(first) ? at : first,
      null,
    );

/**
 * The onboarding steps of an engagement, in order, each with when it was first reached: the
 * support pod assigned when the engagement started, the design first shared, first accepted,
 * first provisioned, and the first passing conformance run of its clusters after provisioning
 * (`conformancePassedAt`, which the caller looks up).
 * @public
 */
export function onboardingSteps(
  design: {
    startedAt: string;
    versions: ReadonlyArray<DesignVersionRecord>;
  },
  conformancePassedAt: string | null,
): OnboardingStep[] {
  const { versions } = design;
  const provisioned = earliest(versions.map(v => v.provisionedAt));
  const at: Record<OnboardingStep['step'], string | null> = {
    'pod-assigned': design.startedAt,
    'design-shared': earliest(versions.map(v => v.publishedAt)),
    'design-accepted': earliest(
      versions.map(v => (v.decision === 'accept' ? v.decidedAt : null)),
    ),
    provisioned,
    // Conformance is of the clusters built from the design: nothing counts before.
    'conformance-passed': provisioned ? conformancePassedAt : null,
  };
  return ONBOARDING_STEPS.map(step => ({
    step,
    title: STEP_TITLES[step],
    at: at[step],
  }));
}
