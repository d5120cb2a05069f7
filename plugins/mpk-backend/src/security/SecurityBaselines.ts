import { LoggerService } from '@backstage/backend-plugin-api';
import {
  parseSecurityBaselines,
  SecurityBaseline,
} from '@mpk-portal/plugin-mpk-common';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse } from 'yaml';

/**
 * The baselines agreed with each customer, from the file the provider keeps in git
 * (`mpk.security.baselines`). The file is read at start (a broken one stops the backend, naming
 * every problem) and again whenever it changes; a later broken version is logged and the last
 * good one kept, so an edit in progress never drops every customer's agreement.
 */
export class SecurityBaselines {
  private baselines: SecurityBaseline[] = [];
  private readAt = 0;

  static async create(options: {
    file?: string;
    logger: LoggerService;
  }): Promise<SecurityBaselines> {
    const baselines = new SecurityBaselines(
      options.file && resolve(options.file),
      options.logger,
    );
    if (baselines.file) {
      const loaded = await baselines.load();
      if (!loaded.ok) {
        throw new Error(
          `Security baselines file ${
            baselines.file
          } (mpk.security.baselines) has problems: ${loaded.problems.join(
            '; ',
          )}`,
        );
      }
    }
    return baselines;
  }

  private constructor(
    private readonly file: string | undefined,
    private readonly logger: LoggerService,
  ) {}

  private async load(): Promise<
    { ok: true } | { ok: false; problems: string[] }
  > {
    const { mtimeMs } = await stat(this.file!);
    let raw: unknown;
    try {
      raw = parse(await readFile(this.file!, 'utf8'));
    } catch (error) {
      return { ok: false, problems: [`not YAML: ${error}`] };
    }
    const result = parseSecurityBaselines(raw);
    if (!result.ok) return result;
    this.baselines = result.baselines;
    this.readAt = mtimeMs;
    return { ok: true };
  }

  /** The baseline agreed with a customer, as the file stands now. */
  async of(customer: string): Promise<SecurityBaseline | undefined> {
    await this.refresh();
    return this.baselines.find(b => b.customer === customer);
  }

  /** Every baseline, as the file stands now. */
  async all(): Promise<SecurityBaseline[]> {
    await this.refresh();
    return this.baselines;
  }

  private async refresh(): Promise<void> {
    if (!this.file) return;
    try {
      const { mtimeMs } = await stat(this.file);
      if (mtimeMs === this.readAt) return;
      const loaded = await this.load();
      if (!loaded.ok) {
        this.readAt = mtimeMs;
        this.logger.error(
          `Security baselines file ${
            this.file
          } has problems, keeping the last good version: ${loaded.problems.join(
            '; ',
          )}`,
        );
      }
    } catch (error) {
      this.logger.error(
        `Security baselines file ${this.file} cannot be read, keeping the last good version: ${error}`,
      );
    }
  }
}
