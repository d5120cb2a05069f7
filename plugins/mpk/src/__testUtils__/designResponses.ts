import { Entity } from '@backstage/catalog-model';
import {
  Design,
  DesignVersion,
  OnboardingStep,
} from '@mpk-portal/plugin-mpk-common';

/** Acme's first version: the customer asked for changes. */
export const acmeVersion1: DesignVersion = {
  version: 1,
  contentHash: 'a'.repeat(64),
  state: 'changes-requested',
  publishedAt: '2026-11-02T09:00:00Z',
  publishedBy: 'user:default/leo-la',
  changes: [],
  decision: 'request-changes',
  decidedBy: 'user:default/avery-acme',
  decidedAt: '2026-11-04T15:30:00Z',
  comment: 'Production needs three availability zones.',
  provisionedAt: null,
  provisionedBy: null,
};

/** Acme's second version, shared and waiting for the customer's decision. */
export const acmeVersion2: DesignVersion = {
  version: 2,
  contentHash: 'b'.repeat(64),
  state: 'shared',
  publishedAt: '2026-11-06T10:00:00Z',
  publishedBy: 'user:default/leo-la',
  changes: [
    'Production runs in three availability zones instead of two.',
    'Production node group: 6 nodes instead of 4.',
  ],
  decision: null,
  decidedBy: null,
  decidedAt: null,
  comment: null,
  provisionedAt: null,
  provisionedBy: null,
};

const step = (
  id: OnboardingStep['step'],
  title: string,
  at: string | null,
): OnboardingStep => ({ step: id, title, at });

/** Acme's engagement: version 2 shared, waiting for Acme's decision. */
export const acmeDesign: Design = {
  name: 'acme-platform',
  customer: 'acme',
  owner: 'group:default/pod-blue',
  team: {
    engagementManager: 'user:default/erin-em',
    leadArchitect: 'user:default/leo-la',
    seniorCkaEngineer: 'user:default/sam-scka',
  },
  state: 'shared',
  startedAt: '2026-11-02T09:00:00Z',
  clusters: ['resource:default/acme-prod', 'resource:default/acme-staging'],
  versions: [acmeVersion1, acmeVersion2],
  steps: [
    step('pod-assigned', 'Pod assigned', '2026-11-02T09:00:00Z'),
    step('design-shared', 'Design shared', '2026-11-02T09:00:00Z'),
    step('design-accepted', 'Design accepted', null),
    step('provisioned', 'Provisioned', null),
    step('conformance-passed', 'First conformance run passed', null),
  ],
};

/** Acme's design once the customer accepted version 2. */
export const acmeAcceptedDesign: Design = {
  ...acmeDesign,
  state: 'accepted',
  versions: [
    acmeVersion1,
    {
      ...acmeVersion2,
      state: 'accepted',
      decidedBy: 'user:default/avery-acme',
      decidedAt: '2026-11-09T11:00:00Z',
    },
  ],
  steps: acmeDesign.steps.map(s =>
    s.step === 'design-accepted' ? { ...s, at: '2026-11-09T11:00:00Z' } : s,
  ),
};

/** Globex's engagement, provisioned and conformant. */
export const globexDesign: Design = {
  name: 'globex-eu',
  customer: 'globex',
  owner: 'group:default/pod-green',
  team: {
    engagementManager: 'user:default/maya-em',
    leadArchitect: 'user:default/leo-la',
    seniorCkaEngineer: 'user:default/omar-scka',
  },
  state: 'provisioned',
  startedAt: '2026-09-01T08:00:00Z',
  clusters: ['resource:default/globex-prod'],
  versions: [
    {
      version: 1,
      contentHash: 'c'.repeat(64),
      state: 'provisioned',
      publishedAt: '2026-09-01T08:00:00Z',
      publishedBy: 'user:default/leo-la',
      changes: [],
      decision: 'accept',
      decidedBy: 'user:default/gil-globex',
      decidedAt: '2026-09-03T08:00:00Z',
      comment: 'Looks good.',
      provisionedAt: '2026-09-05T08:00:00Z',
      provisionedBy: 'user:default/omar-scka',
    },
  ],
  steps: [
    step('pod-assigned', 'Pod assigned', '2026-09-01T08:00:00Z'),
    step('design-shared', 'Design shared', '2026-09-01T08:00:00Z'),
    step('design-accepted', 'Design accepted', '2026-09-03T08:00:00Z'),
    step('provisioned', 'Provisioned', '2026-09-05T08:00:00Z'),
    step(
      'conformance-passed',
      'First conformance run passed',
      '2026-09-08T08:00:00Z',
    ),
  ],
};

/** The catalog entity of Acme's design, as the design template registers it. */
export const acmeDesignEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'acme-platform',
    namespace: 'default',
    title: 'Acme platform design',
    labels: { 'mpk.io/customer': 'acme' },
    annotations: { 'mpk.io/design': 'acme-platform' },
  },
  spec: { type: 'cluster-design', owner: 'group:default/pod-blue' },
};

/** Acme's customer group, for the customer's title. */
export const acmeGroup: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'acme', namespace: 'default', title: 'Acme Corporation' },
  spec: { type: 'customer', children: [] },
};
