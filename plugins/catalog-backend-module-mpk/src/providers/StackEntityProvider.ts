import {
  LoggerService,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerService,
  SchedulerServiceTaskRunner,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { unwatchFile, watchFile } from 'node:fs';
import { resolve } from 'node:path';
import { stackToEntities } from '@mpk-portal/plugin-mpk-common';
import { readStackFile } from './readStackFile';

const defaultSchedule = {
  frequency: { minutes: 10 },
  timeout: { minutes: 1 },
};

// Polling rather than fs.watch: editors and config management replace the file, which ends an
// inotify watch on the old inode; stat polling follows the path.
const watchIntervalMs = 2000;

/**
 * Emits the stack definition file (`mpk.stack.location`) as catalog entities: a System for the
 * stack and a `stack-component` Component per technology, replaced as a whole on every refresh.
 *
 * It refreshes on a schedule (`mpk.stack.schedule`, default every 10 minutes) and whenever the
 * file changes. A file that cannot be read or breaks the format is logged with every problem and
 * leaves the catalog as it was.
 * @public
 */
export class StackEntityProvider implements EntityProvider {
  private connection?: EntityProviderConnection;

  static fromConfig(
    config: Config,
    options: { logger: LoggerService; scheduler: SchedulerService },
  ): StackEntityProvider | undefined {
    const location = config.getOptionalString('mpk.stack.location');
    if (!location) {
      options.logger.warn(
        'No stack definition configured (mpk.stack.location): the stack catalog stays empty',
      );
      return undefined;
    }
    const scheduleConfig = config.getOptionalConfig('mpk.stack.schedule');
    const schedule = scheduleConfig
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(scheduleConfig)
      : defaultSchedule;
    return new StackEntityProvider(
      resolve(location),
      options.logger,
      options.scheduler.createScheduledTaskRunner(schedule),
    );
  }

  private constructor(
    private readonly path: string,
    private readonly logger: LoggerService,
    private readonly taskRunner?: SchedulerServiceTaskRunner,
  ) {}

  /** A provider for a file, refreshed only when told; for tests and tools. */
  static forFile(path: string, logger: LoggerService): StackEntityProvider {
    return new StackEntityProvider(resolve(path), logger);
  }

  getProviderName(): string {
    return `mpk-stack:${this.path}`;
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
    if (!this.taskRunner) {
      return;
    }
    await this.taskRunner.run({
      id: `${this.getProviderName()}:refresh`,
      fn: () => this.refresh(),
    });
    watchFile(this.path, { interval: watchIntervalMs }, (current, previous) => {
      if (
        current.mtimeMs !== previous.mtimeMs ||
        current.size !== previous.size
      ) {
        this.logger.info(`Stack file ${this.path} changed, refreshing`);
        void this.refresh();
      }
    });
  }

  /** Stops following the file. */
  close(): void {
    unwatchFile(this.path);
  }

  /** Reads the file into entities; throws with every problem when it is malformed. */
  async read(): Promise<Entity[]> {
    const stack = await readStackFile(this.path);
    return stackToEntities(stack, `file:${this.path}`);
  }

  /** Replaces the provider's entities with the file's, or logs why it cannot and changes nothing. */
  async refresh(): Promise<void> {
    if (!this.connection) {
      throw new Error(`${this.getProviderName()} is not connected`);
    }
    let entities: Entity[];
    try {
      entities = await this.read();
    } catch (error) {
      this.logger.error(
        `${
          (error as Error).message
        }\nThe catalog keeps the stack entities of the last good file.`,
      );
      return;
    }
    await this.connection.applyMutation({
      type: 'full',
      entities: entities.map(entity => ({
        entity,
        locationKey: this.getProviderName(),
      })),
    });
    this.logger.info(
      `Stack file ${this.path}: ${
        entities.length - 1
      } technologies in the catalog`,
    );
  }
}
