/**
 * The readable names of the services that open tickets and write in their conversations, by the
 * subject of their token (Backstage's external access): how the backend names their comments
 * and the portal names them wherever they did something.
 * @public
 */
export const SERVICE_DISPLAY_NAMES = {
  alertmanager: 'Alertmanager',
  'ticketing-system': 'Service desk',
} as const;

/**
 * The readable name of a service, or undefined for a subject without one.
 * @public
 */
export function knownServiceName(subject: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(SERVICE_DISPLAY_NAMES, subject)
    ? SERVICE_DISPLAY_NAMES[subject as keyof typeof SERVICE_DISPLAY_NAMES]
    : undefined;
}
