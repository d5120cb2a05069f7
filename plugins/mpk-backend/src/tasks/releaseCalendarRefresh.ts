import { SchedulerService } from '@backstage/backend-plugin-api';
import { MpkConfig } from '../config';
import { ReleaseCalendars } from '../releases/ReleaseCalendars';

/** Refreshes the release calendars from the configured endoflife.date-compatible API, if any. */
export async function scheduleReleaseCalendarRefresh(options: {
  scheduler: SchedulerService;
  settings: MpkConfig['releaseCalendars'];
  calendars: ReleaseCalendars;
}): Promise<void> {
  const { api } = options.settings;
  if (!api) return;
  await options.scheduler.scheduleTask({
    id: 'mpk-release-calendars-refresh',
    ...api.schedule,
    // Every replica keeps its own copy of the calendars, so each refreshes its own.
    scope: 'local',
    fn: () => options.calendars.refreshFromApi(),
  });
}
