import { AuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CertifiedRelease,
  CLUSTER_PLATFORMS,
  ClusterPlatform,
  isStackComponentEntity,
  PLATFORM_TECHNOLOGY,
  STACK_COMPONENT_TYPE,
  StackTechnology,
} from '@mpk-portal/plugin-mpk-common';

/** What the upgrade rules read from the stack in the catalog. */
export interface PlatformStack {
  /** the releases the provider has certified on each platform */
  certifiedReleases: Record<ClusterPlatform, CertifiedRelease[]>;
  /** each technology's supported Kubernetes versions, where the stack states them */
  technologies: Pick<
    StackTechnology,
    'id' | 'title' | 'kubernetesCompatibility'
  >[];
}

/**
 * Reads the stack's certified releases and compatibility tables from the catalog, with the
 * plugin's own credentials: the contract's facts do not depend on who looks.
 */
export async function readPlatformStack(
  catalog: CatalogService,
  auth: AuthService,
): Promise<PlatformStack> {
  const { items } = await catalog.getEntities(
    {
      filter: { kind: 'Component', 'spec.type': STACK_COMPONENT_TYPE },
      fields: [
        'kind',
        'metadata.name',
        'metadata.title',
        'metadata.labels',
        'spec',
      ],
    },
    { credentials: await auth.getOwnServiceCredentials() },
  );
  const components = items.filter(isStackComponentEntity);
  const byId = new Map(components.map(c => [c.metadata.name, c]));
  const certifiedReleases = Object.fromEntries(
    CLUSTER_PLATFORMS.map(platform => [
      platform,
      byId.get(PLATFORM_TECHNOLOGY[platform])?.spec.certifiedReleases ?? [],
    ]),
  ) as PlatformStack['certifiedReleases'];
  return {
    certifiedReleases,
    technologies: components.map(c => ({
      id: c.metadata.name,
      title: c.metadata.title ?? c.metadata.name,
      ...(c.spec.kubernetesCompatibility
        ? { kubernetesCompatibility: c.spec.kubernetesCompatibility }
        : {}),
    })),
  };
}
