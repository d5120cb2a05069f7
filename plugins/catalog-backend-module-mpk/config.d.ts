import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  mpk?: {
    stack?: {
      /**
       * Path of the stack definition file (see examples/stack.yaml), relative to the backend's
       * working directory.
       */
      location: string;
      /**
       * How often the file is read again, besides on every change of the file.
       * Default: every 10 minutes, with a 1 minute timeout.
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
  };
}
