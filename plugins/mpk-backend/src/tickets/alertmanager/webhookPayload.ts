import { z } from 'zod';

const labels = z.record(z.string(), z.string());

const instant = z.iso.datetime({
  offset: true,
  error: 'expected an ISO 8601 date and time',
});

/**
 * The body of Alertmanager's webhook notifications, payload version 4
 * (https://prometheus.io/docs/alerting/latest/configuration/#webhook_config).
 */
export const alertmanagerWebhookSchema = z.object({
  version: z.literal('4', {
    error: 'only payload version 4 of the Alertmanager webhook is understood',
  }),
  groupKey: z.string().min(1),
  truncatedAlerts: z.number().int().nonnegative().default(0),
  status: z.enum(['firing', 'resolved']),
  receiver: z.string(),
  groupLabels: labels,
  commonLabels: labels,
  commonAnnotations: labels,
  externalURL: z.string(),
  alerts: z
    .array(
      z.object({
        status: z.enum(['firing', 'resolved']),
        labels,
        annotations: labels,
        startsAt: instant,
        // Go's zero time, 0001-01-01T00:00:00Z, while the alert fires.
        endsAt: instant,
        generatorURL: z.string().optional(),
        fingerprint: z.string().optional(),
      }),
    )
    .min(1, 'a notification carries at least one alert'),
});

/** A webhook notification of Alertmanager. */
export type AlertmanagerWebhook = z.output<typeof alertmanagerWebhookSchema>;
