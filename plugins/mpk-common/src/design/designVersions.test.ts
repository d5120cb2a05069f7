import {
  describeAcceptedVersion,
  designDecisionOutcome,
  designProvisioningOutcome,
  designStateOf,
  DesignVersionRecord,
  onboardingSteps,
  supersededByNewVersion,
} from './designVersions';

const hash = (n: number) => String(n).repeat(64).slice(0, 64);
const avery = 'user:default/avery-acme';

const version = (
  n: number,
  overrides: Partial<DesignVersionRecord> = {},
): DesignVersionRecord => ({
  version: n,
  contentHash: hash(n),
  state: 'shared',
  publishedAt: `2026-12-0${n}T09:00:00.000Z`,
  decision: null,
  decidedBy: null,
  decidedAt: null,
  provisionedAt: null,
  ...overrides,
});

const accepted = (n: number, overrides: Partial<DesignVersionRecord> = {}) =>
  version(n, {
    state: 'accepted',
    decision: 'accept',
    decidedBy: avery,
    decidedAt: `2026-12-0${n}T15:00:00.000Z`,
    ...overrides,
  });

const changesRequested = (
  n: number,
  overrides: Partial<DesignVersionRecord> = {},
) =>
  version(n, {
    state: 'changes-requested',
    decision: 'request-changes',
    decidedBy: avery,
    decidedAt: `2026-12-0${n}T15:00:00.000Z`,
    ...overrides,
  });

const design = (...versions: DesignVersionRecord[]) => ({
  name: 'acme-platform',
  startedAt: '2026-12-01T08:00:00.000Z',
  versions,
});

describe('design versions', () => {
  it("take the latest version's state as the design's, draft before any", () => {
    expect(designStateOf([])).toBe('draft');
    expect(
      designStateOf([accepted(1, { state: 'superseded' }), version(2)]),
    ).toBe('shared');
    expect(designStateOf([accepted(1, { state: 'provisioned' })])).toBe(
      'provisioned',
    );
  });

  it('are superseded by a new version unless provisioned', () => {
    expect(supersededByNewVersion('shared')).toBe(true);
    expect(supersededByNewVersion('accepted')).toBe(true);
    expect(supersededByNewVersion('changes-requested')).toBe(true);
    expect(supersededByNewVersion('provisioned')).toBe(false);
    expect(supersededByNewVersion('superseded')).toBe(false);
  });

  describe('decisions', () => {
    it('are recorded on a shared version, and the same one again is a repeat', () => {
      expect(designDecisionOutcome(design(version(1)), 1, 'accept')).toEqual({
        kind: 'record',
      });
      expect(designDecisionOutcome(design(accepted(1)), 1, 'accept')).toEqual({
        kind: 'repeat',
      });
      expect(
        designDecisionOutcome(
          design(changesRequested(1)),
          1,
          'request-changes',
        ),
      ).toEqual({ kind: 'repeat' });
      expect(
        designDecisionOutcome(
          design(accepted(1, { state: 'provisioned' })),
          1,
          'accept',
        ),
      ).toEqual({ kind: 'repeat' });
    });

    it('refuse another decision on a decided version, saying what was decided', () => {
      expect(
        designDecisionOutcome(design(accepted(1)), 1, 'request-changes'),
      ).toEqual({
        kind: 'conflict',
        message:
          'Design acme-platform version 1 was already accepted by user:default/avery-acme on 2026-12-01T15:00:00.000Z; a decision is taken once per version: a new version must be published to decide again',
      });
      expect(
        designDecisionOutcome(design(changesRequested(1)), 1, 'accept'),
      ).toEqual({
        kind: 'conflict',
        message:
          'Design acme-platform version 1 already has changes requested by user:default/avery-acme on 2026-12-01T15:00:00.000Z; a decision is taken once per version: a new version must be published to decide again',
      });
    });

    it('refuse changes requested again with another comment', () => {
      const requested = design(
        changesRequested(1, { comment: 'We need a staging environment.' }),
      );
      expect(
        designDecisionOutcome(
          requested,
          1,
          'request-changes',
          'We need a staging environment.',
        ),
      ).toEqual({ kind: 'repeat' });
      expect(
        designDecisionOutcome(requested, 1, 'request-changes', 'Again'),
      ).toEqual({
        kind: 'conflict',
        message:
          'Design acme-platform version 1: changes were already requested with another comment by user:default/avery-acme on 2026-12-01T15:00:00.000Z; a decision is taken once per version: a new version must be published to decide again',
      });
    });

    it('refuse a decision on a superseded version, naming the latest', () => {
      expect(
        designDecisionOutcome(
          design(version(1, { state: 'superseded' }), version(2)),
          1,
          'accept',
        ),
      ).toEqual({
        kind: 'conflict',
        message:
          'Design acme-platform version 1 was superseded by version 2 before the customer decided; decide version 2, the latest',
      });
      expect(
        designDecisionOutcome(
          design(accepted(1, { state: 'superseded' }), version(2)),
          1,
          'request-changes',
        ).kind,
      ).toBe('conflict');
      // The decision it had is still the decision it had.
      expect(
        designDecisionOutcome(
          design(accepted(1, { state: 'superseded' }), version(2)),
          1,
          'accept',
        ),
      ).toEqual({ kind: 'repeat' });
    });

    it('do not find a version the design does not have', () => {
      expect(designDecisionOutcome(design(version(1)), 3, 'accept')).toEqual({
        kind: 'not-found',
        message:
          'Design acme-platform has no version 3 (its latest is version 1)',
      });
    });
  });

  describe('provisioning', () => {
    it('is recorded for an accepted version with its content, once', () => {
      expect(
        designProvisioningOutcome(design(accepted(1)), 1, hash(1)),
      ).toEqual({ kind: 'record' });
      expect(
        designProvisioningOutcome(
          design(accepted(1, { state: 'provisioned' })),
          1,
          hash(1),
        ),
      ).toEqual({ kind: 'repeat' });
    });

    it('is repeated only for the current version, the newest accepted or provisioned', () => {
      const provisioned = (n: number) =>
        accepted(n, {
          state: 'provisioned',
          provisionedAt: `2026-12-0${n}T18:00:00.000Z`,
        });
      // A later version shared, not yet accepted: the provisioned one is still current.
      expect(
        designProvisioningOutcome(
          design(provisioned(1), version(2)),
          1,
          hash(1),
        ),
      ).toEqual({ kind: 'repeat' });
      expect(
        designProvisioningOutcome(
          design(provisioned(1), accepted(2)),
          1,
          hash(1),
        ),
      ).toEqual({
        kind: 'conflict',
        message:
          'Design acme-platform version 1 was provisioned on 2026-12-01T18:00:00.000Z, but version 2 is the current one: version 2 was accepted by user:default/avery-acme on 2026-12-02T15:00:00.000Z; provision version 2',
      });
      expect(
        designProvisioningOutcome(
          design(provisioned(1), provisioned(2)),
          1,
          hash(1),
        ).kind,
      ).toBe('conflict');
      expect(
        designProvisioningOutcome(
          design(provisioned(1), provisioned(2)),
          2,
          hash(2),
        ),
      ).toEqual({ kind: 'repeat' });
    });

    it('is refused for content other than the accepted one', () => {
      expect(
        designProvisioningOutcome(design(accepted(1)), 1, hash(2)),
      ).toEqual({
        kind: 'conflict',
        message: `Design acme-platform version 1: contentHash ${hash(
          2,
        )} is not the content the customer accepted (${hash(
          1,
        )}); deploy the design of version 1 as it was published`,
      });
    });

    it('is refused for a version not accepted, naming the accepted one', () => {
      expect(
        designProvisioningOutcome(
          design(accepted(1), changesRequested(2)),
          2,
          hash(2),
        ),
      ).toEqual({
        kind: 'conflict',
        message:
          'Design acme-platform version 2 is not accepted by the customer (changes requested by user:default/avery-acme on 2026-12-02T15:00:00.000Z); version 1 was accepted by user:default/avery-acme on 2026-12-01T15:00:00.000Z',
      });
      expect(designProvisioningOutcome(design(version(1)), 1, hash(1))).toEqual(
        {
          kind: 'conflict',
          message:
            "Design acme-platform version 1 is not accepted by the customer (shared, waiting for the customer's decision); no version has been accepted",
        },
      );
      expect(
        designProvisioningOutcome(
          design(accepted(1, { state: 'superseded' }), version(2)),
          1,
          hash(1),
        ),
      ).toEqual({
        kind: 'conflict',
        message:
          'Design acme-platform version 1 is not accepted by the customer (superseded by version 2); no version has been accepted since version 1 (accepted by user:default/avery-acme on 2026-12-01T15:00:00.000Z) was superseded',
      });
    });
  });

  it('name the accepted version, and whether it was provisioned', () => {
    expect(
      describeAcceptedVersion([
        accepted(1, {
          state: 'provisioned',
          provisionedAt: '2026-12-03T10:00:00.000Z',
        }),
        version(2),
      ]),
    ).toBe(
      'version 1 was accepted by user:default/avery-acme on 2026-12-01T15:00:00.000Z and provisioned on 2026-12-03T10:00:00.000Z',
    );
  });

  it('date each onboarding step when it was first reached', () => {
    const steps = onboardingSteps(
      design(
        changesRequested(1, { state: 'superseded' }),
        accepted(2, {
          state: 'provisioned',
          provisionedAt: '2026-12-04T10:00:00.000Z',
        }),
        accepted(3, { state: 'superseded' }),
        version(4),
      ),
      '2026-12-05T10:00:00.000Z',
    );
    expect(steps).toEqual([
      {
        step: 'pod-assigned',
        title: 'Support pod assigned',
        at: '2026-12-01T08:00:00.000Z',
      },
      {
        step: 'design-shared',
        title: 'Detailed design shared with the customer',
        at: '2026-12-01T09:00:00.000Z',
      },
      {
        step: 'design-accepted',
        title: 'Detailed design accepted by the customer',
        at: '2026-12-02T15:00:00.000Z',
      },
      {
        step: 'provisioned',
        title: 'Clusters provisioned',
        at: '2026-12-04T10:00:00.000Z',
      },
      {
        step: 'conformance-passed',
        title: 'Conformance tests passed',
        at: '2026-12-05T10:00:00.000Z',
      },
    ]);
    const waiting = onboardingSteps(
      design(version(1)),
      '2026-12-05T10:00:00.000Z',
    );
    expect(waiting.map(s => s.at)).toEqual([
      '2026-12-01T08:00:00.000Z',
      '2026-12-01T09:00:00.000Z',
      null,
      null,
      null,
    ]);
  });
});
