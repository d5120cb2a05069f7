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
