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
