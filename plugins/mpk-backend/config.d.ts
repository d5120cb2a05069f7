import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  mpk?: {
    contract?: {
      /**
       * IANA time zone in which the contract counts days, e.g. for "days left".
       * Default: America/Los_Angeles.
       */
      timeZone?: string;
    };
    /**
     * The support calendar business-hours SLA clocks run on. Default: Monday to Friday, 08:00 to
     * 17:00 America/Los_Angeles, closed on the 11 US federal holidays (observed dates).
     */
    supportCalendar?: {
      /** IANA time zone; its DST rules apply */
      timeZone?: string;
      /** `HH:mm` */
      opens?: string;
      /** `HH:mm`; one business day (the low target) is `opens` to `closes` */
      closes?: string;
      /** ISO weekdays, Monday 1 … Sunday 7 */
      workdays?: number[];
      holidays?: {
        /** close on the US federal holidays at their observed dates; default true */
        usFederal?: boolean;
        /** extra closed days */
        add?: Array<{ date: string; name: string }>;
        /** observed holiday dates that are worked after all, `YYYY-MM-DD` */
        remove?: string[];
      };
    };
    integrations?: {
      /**
       * Alertmanager's webhook, `POST /api/mpk/integrations/alertmanager`: one ticket per alert
       * group. Authenticate it with a static token in `backend.auth.externalAccess`.
       */
      alertmanager?: {
        /** the alert label naming the cluster's catalog entity; default `cluster` */
        clusterLabel?: string;
        /** the alert label carrying the severity; default `severity` */
        severityLabel?: string;
        /**
         * alert severity to ticket severity (urgent, high, normal, low); replaces the default
         * `{ critical: urgent, warning: high }`
         */
        severities?: { [alertSeverity: string]: string };
        /** for alerts without a mapped severity; default `normal` */
        defaultSeverity?: string;
      };
    };
    /** CNCF conformance results of the clusters. */
    conformance?: {
      /** a run older than this many days shows the cluster as stale; default 90 */
      maxAgeDays?: number;
      /** the largest results or log file an upload may carry, in bytes; default 512 MiB */
      maxUploadBytes?: number;
      /** the most a Sonobuoy tarball may unpack to, in bytes; default 2 GiB */
      maxDecompressedBytes?: number;
      /** the most entries a Sonobuoy tarball may have; default 10,000 */
      maxEntries?: number;
    };
    /** Security and best-practice posture of the clusters. */
    security?: {
      /**
       * The file of the baselines agreed with each customer (benchmarks, policy sets,
       * vulnerability thresholds, exceptions), relative to the backend's working directory; see
       * examples/security/baselines.yaml. Without it every cluster's posture is unknown.
       */
      baselines?: string;
      /** a cluster whose newest scan is older than this many days shows as stale; default 30 */
      maxReportAgeDays?: number;
      /**
       * When the daily task notifies the pods of exceptions expiring in 14 days and reads the
       * report resources of connected clusters; default 16:30 UTC.
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
    upgradeReminders?: {
      /**
       * When the daily task sends the owning pods their 30-day, 7-day and overdue reminders.
       * Default: every day at 16:00 UTC. Each reminder is sent once, whatever the replica count.
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
    releaseCalendars?: {
      /**
       * An endoflife.date-compatible API (`GET <baseUrl>/api/<product>.json`) to refresh the
       * shipped Kubernetes and EKS calendars from, e.g. https://endoflife.date.
       */
      api?: {
        baseUrl: string;
        /** Default: every 24 hours. */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      };
      /**
       * Cycles that override or add to a product's calendar, or define a product of their own
       * (`prometheus` and `fluentd` carry the monitoring and logging platform deadlines).
       */
      products?: {
        [product: string]: {
          title?: string;
          cycles: Array<{ cycle: string; releaseDate: string; eol?: string }>;
        };
      };
    };
  };
}
