import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CLUSTER_RESOURCE_TYPE,
  ClusterPlatform,
  DesignRuleContext,
  isStackComponentEntity,
  STACK_COMPONENT_TYPE,
  StackComponentEntity,
  stackFromEntities,
  SupportedKubernetesVersionsResponse,
} from '@mpk-portal/plugin-mpk-common';

/** What a design is checked and rendered against, on the day it is. */
export interface DesignContext extends DesignRuleContext {
  today: string;
}

/**
 * Reads what the design rules need from where the portal keeps it: the stack and the clusters
 * from the catalog, the supported Kubernetes releases from the mpk backend (its release
 * calendars, with their config overrides and refreshes).
 */
export class DesignContextSource {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      discovery: DiscoveryService;
      auth: AuthService;
      fetch?: typeof fetch;
    },
  ) {}

  async load(platform: ClusterPlatform): Promise<DesignContext> {
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    const [stack, versions, clusters] = await Promise.all([
      this.stack(credentials),
      this.supportedVersions(platform),
      this.deps.catalog.getEntities(
        {
          filter: { kind: 'Resource', 'spec.type': CLUSTER_RESOURCE_TYPE },
          fields: ['metadata.name'],
        },
        { credentials },
      ),
    ]);
    return {
      stack,
      supportedLines: versions.supportedLines,
      calendarTitle: versions.calendar.title,
      existingClusters: clusters.items.map(e => e.metadata.name),
      today: versions.today,
    };
  }

  private async stack(
    credentials: Awaited<ReturnType<AuthService['getOwnServiceCredentials']>>,
  ) {
    const { items } = await this.deps.catalog.getEntities(
      {
        filter: [
          { kind: 'System', 'metadata.name': 'mpk-stack' },
          { kind: 'Component', 'spec.type': STACK_COMPONENT_TYPE },
        ],
      },
      { credentials },
    );
    const system = items.find((e: Entity) => e.kind === 'System');
    const components = items.filter((e: Entity): e is StackComponentEntity =>
      isStackComponentEntity(e),
    );
    if (!system || components.length === 0) {
      throw new Error(
        'The catalog has no Kubernetes stack (System mpk-stack and its stack-component Components): check mpk.stack.location',
      );
    }
    return stackFromEntities(system, components);
  }

  private async supportedVersions(
    platform: ClusterPlatform,
  ): Promise<SupportedKubernetesVersionsResponse> {
    const { token } = await this.deps.auth.getPluginRequestToken({
      onBehalfOf: await this.deps.auth.getOwnServiceCredentials(),
      targetPluginId: 'mpk',
    });
    const baseUrl = await this.deps.discovery.getBaseUrl('mpk');
    const response = await (this.deps.fetch ?? fetch)(
      `${baseUrl}/kubernetes-versions?platform=${platform}`,
      { headers: { Authorization: `Bearer ${token}` } },
    );
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return (await response.json()) as SupportedKubernetesVersionsResponse;
  }
}
