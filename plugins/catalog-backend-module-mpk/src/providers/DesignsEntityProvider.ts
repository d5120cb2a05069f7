import {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskRunner,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
} from '@backstage/catalog-model';
import {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import {
  isClusterEntity,
  isDesignEntity,
  readDesignsDirectory,
} from '@mpk-portal/plugin-mpk-common';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';

/** Often, so that a published design's clusters show within seconds of the template's end. */
const defaultSchedule = {
  frequency: { seconds: 10 },
  timeout: { minutes: 1 },
};

/**
 * Emits the designs published to local git repositories (`mpk.designs.directory`, by the
 * `mpk:publish:local-git` scaffolder action) and their clusters: the `cluster-design` and
 * `kubernetes-cluster` Resources of each repository's catalog-info.yaml. This is how the default
 * install registers new designs and clusters without a git host; other entities in those files
 * are ignored, so a design cannot add users or groups.
 * @public
 */
export class DesignsEntityProvider implements EntityProvider {
  private connection?: EntityProviderConnection;
  /** Per design file, the entities of its last good version. */
  private readonly lastGood = new Map<string, Entity[]>();

  static fromConfig(
    config: Config,
    options: { logger: LoggerService; scheduler: SchedulerService },
  ): DesignsEntityProvider {
    return new DesignsEntityProvider(
      resolve(readDesignsDirectory(config)),
      options.logger,
      options.scheduler.createScheduledTaskRunner(defaultSchedule),
    );
  }

  /** A provider for a folder, refreshed only when told; for tests and tools. */
  static forDirectory(
    directory: string,
    logger: LoggerService,
  ): DesignsEntityProvider {
    return new DesignsEntityProvider(resolve(directory), logger);
  }

  private constructor(
    private readonly directory: string,
    private readonly logger: LoggerService,
    private readonly taskRunner?: SchedulerServiceTaskRunner,
  ) {}

  getProviderName(): string {
    return `mpk-designs:${this.directory}`;
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
    await this.taskRunner?.run({
      id: `${this.getProviderName()}:refresh`,
      fn: () => this.refresh(),
    });
  }

  /** Every published design and its clusters; a broken file is logged and keeps its last good entities. */
  async read(): Promise<Entity[]> {
    if (!existsSync(this.directory)) return [];
    const entities: Entity[] = [];
    const repositories = await readdir(this.directory, { withFileTypes: true });
    for (const repository of repositories) {
      if (!repository.isDirectory()) continue;
      const file = join(this.directory, repository.name, 'catalog-info.yaml');
      if (!existsSync(file)) continue;
      try {
        const kept: Entity[] = [];
        const documents = parseAllDocuments(await readFile(file, 'utf8'));
        for (const document of documents) {
          if (document.errors.length > 0) throw document.errors[0];
          const entity = document.toJS() as Entity;
          if (!entity || !(isClusterEntity(entity) || isDesignEntity(entity))) {
            continue;
          }
          const location = `file:${file}`;
          kept.push({
            ...entity,
            metadata: {
              ...entity.metadata,
              annotations: {
                ...entity.metadata.annotations,
                [ANNOTATION_LOCATION]: location,
                [ANNOTATION_ORIGIN_LOCATION]: location,
              },
            },
          });
        }
        this.lastGood.set(file, kept);
      } catch (error) {
        this.logger.error(
          `Design ${file} cannot be read; the catalog keeps the entities of its last good version: ${error}`,
        );
      }
      entities.push(...(this.lastGood.get(file) ?? []));
    }
    return entities;
  }

  async refresh(): Promise<void> {
    if (!this.connection) {
      throw new Error(`${this.getProviderName()} is not connected`);
    }
    const entities = await this.read();
    await this.connection.applyMutation({
      type: 'full',
      entities: entities.map(entity => ({
        entity,
        locationKey: this.getProviderName(),
      })),
    });
  }
}
