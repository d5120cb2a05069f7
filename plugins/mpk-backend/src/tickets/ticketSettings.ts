import { Config } from '@backstage/config';
import {
  SupportCalendar,
  supportCalendarFrom,
  SupportCalendarSettings,
  TICKET_SEVERITIES,
} from '@mpk-portal/plugin-mpk-common';
import { z } from 'zod';
import {
  AlertmanagerSettings,
  DEFAULT_ALERTMANAGER_SETTINGS,
} from '../alertmanager/AlertmanagerIntake';

const alertmanagerSettingsSchema = z.object({
  clusterLabel: z.string().min(1).optional(),
  severityLabel: z.string().min(1).optional(),
  severities: z.record(z.string(), z.enum(TICKET_SEVERITIES)).optional(),
  defaultSeverity: z.enum(TICKET_SEVERITIES).optional(),
});

/** The support calendar of `mpk.supportCalendar`, the contract's by default. */
export function readSupportCalendar(config: Config): SupportCalendar {
  const settings = config.getOptional('mpk.supportCalendar') ?? {};
  return supportCalendarFrom(settings as SupportCalendarSettings);
}

/** How Alertmanager alerts map to tickets, from `mpk.integrations.alertmanager`. */
export function readAlertmanagerSettings(config: Config): AlertmanagerSettings {
  const result = alertmanagerSettingsSchema.safeParse(
    config.getOptional('mpk.integrations.alertmanager') ?? {},
  );
  if (!result.success) {
    throw new Error(
      `Invalid mpk.integrations.alertmanager: ${result.error.issues
        .map(issue => `${issue.path.join('.')}: ${issue.message}`)
        .join('; ')}`,
    );
  }
  const settings = result.data;
  return {
    clusterLabel:
      settings.clusterLabel ?? DEFAULT_ALERTMANAGER_SETTINGS.clusterLabel,
    severityLabel:
      settings.severityLabel ?? DEFAULT_ALERTMANAGER_SETTINGS.severityLabel,
    // A configured mapping replaces the default one, so that a value can be unmapped.
    severities: settings.severities ?? DEFAULT_ALERTMANAGER_SETTINGS.severities,
    defaultSeverity:
      settings.defaultSeverity ?? DEFAULT_ALERTMANAGER_SETTINGS.defaultSeverity,
  };
}
