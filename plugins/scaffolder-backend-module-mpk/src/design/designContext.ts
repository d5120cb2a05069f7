import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { MpkApiClient, mpkData } from '@mpk-portal/plugin-mpk-client';
import {
  CLUSTER_ENTITY_FILTER,
  ClusterPlatform,
  DESIGN_ANNOTATION,
  DesignRuleContext,
  isStackComponentEntity,
  STACK_ENTITIES_FILTER,
  STACK_SYSTEM_TYPE,
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
  private readonly client: MpkApiClient;

  constructor(
    private readonly deps: {
      catalog: CatalogService;
      discovery: DiscoveryService;
      auth: AuthService;
      fetch?: typeof fetch;
    },
  ) {
    this.client = new MpkApiClient({
      discoveryApi: deps.discovery,
      fetchApi: deps.fetch && { fetch: deps.fetch },
    });
  }

  /**
   * The context of design `designName` on `platform`. The clusters of that design itself are
   * not among the existing ones: publishing a new version of a design renders them again.
   */
  async load(
    platform: ClusterPlatform,
    designName: string,
  ): Promise<DesignContext> {
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    const [stack, versions, clusters] = await Promise.all([
      this.stack(credentials),
      this.supportedVersions(platform),
      this.deps.catalog.getEntities(
        {
          filter: CLUSTER_ENTITY_FILTER,
          fields: [
            'metadata.name',
            `metadata.annotations.${DESIGN_ANNOTATION}`,
          ],
        },
        { credentials },
      ),
    ]);
    return {
      stack,
      supportedLines: versions.supportedLines,
      calendarTitle: versions.calendar.title,
      existingClusters: clusters.items
        .filter(e => e.metadata.annotations?.[DESIGN_ANNOTATION] !== designName)
        .map(e => e.metadata.name),
      today: versions.today,
    };
  }

  private async stack(
    credentials: Awaited<ReturnType<AuthService['getOwnServiceCredentials']>>,
  ) {
    const { items } = await this.deps.catalog.getEntities(
      { filter: STACK_ENTITIES_FILTER },
      { credentials },
    );
    const system = items.find(
      (e: Entity) => e.kind === 'System' && e.spec?.type === STACK_SYSTEM_TYPE,
    );
    const components = items.filter((e: Entity): e is StackComponentEntity =>
      isStackComponentEntity(e),
    );
    if (!system || components.length === 0) {
      throw new Error(
        `The catalog has no Kubernetes stack (a System of type ${STACK_SYSTEM_TYPE} and its stack-component Components): check mpk.stack.location`,
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
    return mpkData(
      await this.client.get('/kubernetes-versions', {
        headers: { Authorization: `Bearer ${token}` },
        params: { query: { platform } },
      }),
    );
  }
}
