import { DesignChoice } from './designChoices';
import { Entity } from '@backstage/catalog-model';
import { ClusterPlatform } from '../cluster/clusterEntity';
import { isSupportTier, SupportTier } from './supportTiers';
import {
  CertifiedRelease,
  KubernetesCompatibility,
  TierChange,
} from './stackDefinition';

/**
 * `spec.type` of the `Component` entities that stand for the technologies of the stack.
 * @public
 */
export const STACK_COMPONENT_TYPE = 'stack-component';

/**
 * `spec.type` of the `System` entity that stands for the stack; its name is the stack
 * definition's, so consumers find it by type.
 * @public
 */
export const STACK_SYSTEM_TYPE = 'kubernetes-stack';

/**
 * The catalog filter that selects the stack: its System and every stack component.
 * @public
 */
export const STACK_ENTITIES_FILTER = [
  { kind: 'System', 'spec.type': STACK_SYSTEM_TYPE },
  { kind: 'Component', 'spec.type': STACK_COMPONENT_TYPE },
];

/**
 * Labels that a stack component carries, so that catalog filters can select on them.
 * @public
 */
export const STACK_LABELS = {
  supportTier: 'mpk.io/support-tier',
  category: 'mpk.io/stack-category',
} as const;

/**
 * Tag that marks a stack component's support tier, e.g. `tier-certified`.
 * @public
 */
export function supportTierTag(tier: SupportTier): string {
  return `tier-${tier}`;
}

/**
 * The `spec` of a stack component entity, beyond the fields every `Component` has.
 * @public
 */
export type StackComponentSpec = {
  type: typeof STACK_COMPONENT_TYPE;
  lifecycle: string;
  owner: string;
  system: string;
  category: { id: string; title: string };
  platforms: ClusterPlatform[];
  supportedVersions: string[];
  tierHistory: TierChange[];
  /** the design choice it is an alternative of, if any */
  choice?: DesignChoice;
  /** platforms only: the Kubernetes release lines offered on it, each with its certification day */
  certifiedReleases?: CertifiedRelease[];
  /** the Kubernetes versions each release line supports, from the project's published table */
  kubernetesCompatibility?: KubernetesCompatibility;
};

/**
 * A stack component entity as the catalog module emits it.
 * @public
 */
export type StackComponentEntity = Entity & { spec: StackComponentSpec };

/**
 * Whether an entity is a technology of the stack.
 * @public
 */
export function isStackComponentEntity(
  entity: Entity,
): entity is StackComponentEntity {
  return (
    entity.kind.toLocaleLowerCase('en-US') === 'component' &&
    entity.spec?.type === STACK_COMPONENT_TYPE &&
    isSupportTier(entity.metadata.labels?.[STACK_LABELS.supportTier])
  );
}

/**
 * The support tier a stack component has now.
 * @public
 */
export function supportTierOf(entity: StackComponentEntity): SupportTier {
  return entity.metadata.labels![STACK_LABELS.supportTier] as SupportTier;
}
