import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  DEFAULT_CONFORMANCE_MAX_AGE_DAYS,
  DEFAULT_CONTRACT_TIME_ZONE,
  describeZodProblems,
  parseEndOfLifeCycles,
  ReleaseCalendar,
  SupportCalendar,
  supportCalendarFrom,
  supportCalendarSettingsSchema,
  TICKET_SEVERITIES,
  timeZoneSchema,
} from '@mpk-portal/plugin-mpk-common';
import { z } from 'zod';
import { DEFAULT_RESULT_LIMITS } from './conformance/parsing/limits';
import { UploadLimits } from './conformance/receiveUpload';
import {
  AlertmanagerSettings,
  DEFAULT_ALERTMANAGER_SETTINGS,
} from './tickets/alertmanager/AlertmanagerIntake';

/**
 * Every `mpk.*` setting of the backend plugin, read and checked once at start.
 * @public
 */
export interface MpkConfig {
  /** the contract's time zone, in which its days and months are counted */
  timeZone: string;
  supportCalendar: SupportCalendar;
  alertmanager: AlertmanagerSettings;
  conformance: { maxAgeDays: number; uploadLimits: UploadLimits };
  upgradeReminders: { schedule: SchedulerServiceTaskScheduleDefinition };
  security: {
    /** the agreed baselines file, if any (a path relative to the backend's working directory) */
    baselinesFile?: string;
    /** a cluster whose newest report is older shows as stale */
    maxReportAgeDays: number;
    /** when the exception-expiry notices and live report reads run */
    schedule: SchedulerServiceTaskScheduleDefinition;
  };
  releaseCalendars: {
    /** cycles that override or add to the shipped calendars, by product */
    overrides: Record<string, ReleaseCalendar>;
    api?: { baseUrl: string; schedule: SchedulerServiceTaskScheduleDefinition };
  };
}

/** The largest results or log file accepted by default. */
const DEFAULT_MAX_UPLOAD_BYTES = 512 * 1024 * 1024;

// 16:00 UTC is the start of the working day in Los Angeles.
const DEFAULT_REMINDER_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { cron: '0 16 * * *' },
  timeout: { minutes: 10 },
};

// Daily, after the upgrade reminders.
const DEFAULT_SECURITY_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { cron: '30 16 * * *' },
  timeout: { minutes: 10 },
};

/** A scan older than this shows the cluster's posture as stale. */
const DEFAULT_MAX_REPORT_AGE_DAYS = 30;

const DEFAULT_CALENDAR_REFRESH_SCHEDULE: SchedulerServiceTaskScheduleDefinition =
  { frequency: { hours: 24 }, timeout: { minutes: 2 } };

// Numbers may come from environment variables, as text.
const positiveWhole = z.coerce
  .number()
  .int('expected a whole number')
  .positive('expected a positive number');

const releaseCalendarProducts = z
  .record(
    z.string(),
    z.object({ title: z.string().optional(), cycles: z.unknown() }),
  )
  .default({})
  .transform((products, ctx) => {
    const overrides: Record<string, ReleaseCalendar> = {};
    for (const [product, { title, cycles }] of Object.entries(products)) {
      const result = parseEndOfLifeCycles(product, title ?? '', cycles);
      if (result.ok) {
        overrides[product] = result.calendar;
      } else {
        ctx.addIssue({
          code: 'custom',
          path: [product, 'cycles'],
          message: result.problems.join('; '),
        });
      }
    }
    return overrides;
  });

// The keys other packages own (mpk.stack, mpk.designs, mpk.pipeline, mpk.examples) pass through.
const mpkConfigSchema = z.object({
  contract: z
    .object({ timeZone: timeZoneSchema.default(DEFAULT_CONTRACT_TIME_ZONE) })
    .prefault({}),
  supportCalendar: supportCalendarSettingsSchema.prefault({}),
  integrations: z
    .object({
      alertmanager: z
        .object({
          clusterLabel: z
            .string()
            .min(1)
            .default(DEFAULT_ALERTMANAGER_SETTINGS.clusterLabel),
          severityLabel: z
            .string()
            .min(1)
            .default(DEFAULT_ALERTMANAGER_SETTINGS.severityLabel),
          // A configured mapping replaces the default one, so that a value can be unmapped.
          severities: z
            .record(z.string(), z.enum(TICKET_SEVERITIES))
            .default(DEFAULT_ALERTMANAGER_SETTINGS.severities),
          defaultSeverity: z
            .enum(TICKET_SEVERITIES)
            .default(DEFAULT_ALERTMANAGER_SETTINGS.defaultSeverity),
        })
        .prefault({}),
    })
    .prefault({}),
  conformance: z
    .object({
      maxAgeDays: positiveWhole.default(DEFAULT_CONFORMANCE_MAX_AGE_DAYS),
      maxUploadBytes: positiveWhole.default(DEFAULT_MAX_UPLOAD_BYTES),
      maxDecompressedBytes: positiveWhole.default(
        DEFAULT_RESULT_LIMITS.maxDecompressedBytes,
      ),
      maxEntries: positiveWhole.default(DEFAULT_RESULT_LIMITS.maxEntries),
    })
    .prefault({}),
  releaseCalendars: z
    .object({
      api: z.object({ baseUrl: z.url() }).optional(),
      products: releaseCalendarProducts,
    })
    .prefault({}),
  security: z
    .object({
      baselines: z.string().min(1).optional(),
      maxReportAgeDays: positiveWhole.default(DEFAULT_MAX_REPORT_AGE_DAYS),
    })
    .prefault({}),
});

function scheduleAt(
  config: Config,
  key: string,
  fallback: SchedulerServiceTaskScheduleDefinition,
): SchedulerServiceTaskScheduleDefinition {
  const schedule = config.getOptionalConfig(key);
  return schedule
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(schedule)
    : fallback;
}

/**
 * Reads and checks every `mpk.*` key the backend plugin uses. Throws one line naming each bad key
 * and what is wrong with it, so that a misconfigured backend stops at start, not at first use.
 * @public
 */
export function readMpkConfig(config: Config): MpkConfig {
  const result = mpkConfigSchema.safeParse(config.getOptional('mpk') ?? {});
  if (!result.success) {
    throw new Error(
      `Invalid configuration: ${describeZodProblems(result.error, {
        root: 'mpk',
      })}`,
    );
  }
  const { contract, supportCalendar, integrations, conformance, security } =
    result.data;
  const { api, products } = result.data.releaseCalendars;
  return {
    timeZone: contract.timeZone,
    supportCalendar: supportCalendarFrom(supportCalendar),
    alertmanager: integrations.alertmanager,
    conformance: {
      maxAgeDays: conformance.maxAgeDays,
      uploadLimits: {
        maxUploadBytes: conformance.maxUploadBytes,
        maxDecompressedBytes: conformance.maxDecompressedBytes,
        maxEntries: conformance.maxEntries,
      },
    },
    upgradeReminders: {
      schedule: scheduleAt(
        config,
        'mpk.upgradeReminders.schedule',
        DEFAULT_REMINDER_SCHEDULE,
      ),
    },
    security: {
      ...(security.baselines ? { baselinesFile: security.baselines } : {}),
      maxReportAgeDays: security.maxReportAgeDays,
      schedule: scheduleAt(
        config,
        'mpk.security.schedule',
        DEFAULT_SECURITY_SCHEDULE,
      ),
    },
    releaseCalendars: {
      overrides: products,
      ...(api && {
        api: {
          baseUrl: api.baseUrl,
          schedule: scheduleAt(
            config,
            'mpk.releaseCalendars.api.schedule',
            DEFAULT_CALENDAR_REFRESH_SCHEDULE,
          ),
        },
      }),
    },
  };
}
