import {
  LoggerService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import {
  parseEndOfLifeCycles,
  ReleaseCalendar,
  ReleaseCycle,
} from '@mpk-portal/plugin-mpk-common';
import { readFile } from 'node:fs/promises';
import { MpkConfig } from '../config';
import { join } from 'node:path';

/**
 * The calendars shipped in data/release-calendars, in endoflife.date's format: Kubernetes and
 * EKS for the clusters, Prometheus, Fluent Bit and Fluentd for the monitoring and logging
 * platforms running on them (see PROVENANCE.md there for where each comes from).
 */
const shippedProducts: Record<
  string,
  { title: string; onEndOfLifeDate: boolean }
> = {
  kubernetes: { title: 'Kubernetes', onEndOfLifeDate: true },
  'amazon-eks': { title: 'Amazon EKS', onEndOfLifeDate: true },
  prometheus: { title: 'Prometheus', onEndOfLifeDate: true },
  'fluent-bit': { title: 'Fluent Bit', onEndOfLifeDate: true },
  // endoflife.date has no Fluentd product: asking an endoflife.date API for it would only fail,
  // so its shipped calendar (derived from Fluentd's own support policy) is never refreshed.
  fluentd: { title: 'Fluentd', onEndOfLifeDate: false },
};

const shippedDirectory = resolvePackagePath(
  '@mpk-portal/plugin-mpk-backend',
  'data/release-calendars',
);

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The release calendars the upgrade rules count from. Each product's cycles come from the
 * shipped endoflife.date data, or from an endoflife.date-compatible API when
 * `mpk.releaseCalendars.api.baseUrl` is set (refreshed by {@link ReleaseCalendars.refreshFromApi});
 * cycles under `mpk.releaseCalendars.products.<product>.cycles` in config then override or add to
 * them, and may define products of their own (e.g. the monitoring platform's).
 */
export class ReleaseCalendars {
  private base: Record<string, ReleaseCalendar>;

  static async create(options: {
    logger: LoggerService;
    /** `mpk.releaseCalendars` as read by `readMpkConfig`; none means the shipped calendars */
    settings?: Pick<MpkConfig['releaseCalendars'], 'overrides'> & {
      api?: { baseUrl: string };
    };
    fetch?: typeof fetch;
  }): Promise<ReleaseCalendars> {
    const base: Record<string, ReleaseCalendar> = {};
    for (const [product, { title }] of Object.entries(shippedProducts)) {
      const file = join(shippedDirectory, `${product}.json`);
      const result = parseEndOfLifeCycles(
        product,
        title,
        JSON.parse(await readFile(file, 'utf8')),
      );
      if (!result.ok) {
        throw new Error(
          `${file} is not a release calendar: ${result.problems.join('; ')}`,
        );
      }
      base[product] = result.calendar;
    }
    return new ReleaseCalendars(
      base,
      options.settings?.overrides ?? {},
      options.settings?.api?.baseUrl,
      options.logger,
      options.fetch ?? fetch,
    );
  }

  private constructor(
    base: Record<string, ReleaseCalendar>,
    private readonly overrides: Record<string, ReleaseCalendar>,
    private readonly apiBaseUrl: string | undefined,
    private readonly logger: LoggerService,
    private readonly fetchImpl: typeof fetch,
  ) {
    this.base = base;
  }

  /** Whether an API to refresh from is configured. */
  get refreshesFromApi(): boolean {
    return this.apiBaseUrl !== undefined;
  }

  /** The calendars as they stand, keyed by product. */
  get(): Record<string, ReleaseCalendar> {
    const calendars = { ...this.base };
    for (const [product, override] of Object.entries(this.overrides)) {
      const cycles = new Map<string, ReleaseCycle>(
        (calendars[product]?.cycles ?? []).map(c => [c.cycle, c]),
      );
      for (const cycle of override.cycles) cycles.set(cycle.cycle, cycle);
      calendars[product] = {
        product,
        title: override.title || calendars[product]?.title || product,
        cycles: [...cycles.values()],
      };
    }
    return calendars;
  }

  /**
   * Reads every shipped product endoflife.date knows from the configured API. A product the API
   * does not answer properly keeps the calendar it had, and the failure is logged.
   */
  async refreshFromApi(): Promise<void> {
    if (!this.apiBaseUrl) return;
    for (const product of Object.keys(this.base)) {
      if (!shippedProducts[product]?.onEndOfLifeDate) continue;
      const url = `${this.apiBaseUrl.replace(/\/+$/, '')}/api/${product}.json`;
      try {
        const response = await this.fetchImpl(url);
        if (!response.ok) {
          throw new Error(`HTTP ${response.status} ${response.statusText}`);
        }
        const result = parseEndOfLifeCycles(
          product,
          this.base[product].title,
          await response.json(),
        );
        if (!result.ok) {
          throw new Error(result.problems.slice(0, 5).join('; '));
        }
        this.base = { ...this.base, [product]: result.calendar };
      } catch (error) {
        this.logger.error(
          `Release calendar ${product} not refreshed from ${url}, keeping the previous one: ${describe(
            error,
          )}`,
        );
      }
    }
  }
}
