import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  NotificationSendOptions,
  notificationService,
} from '@backstage/plugin-notifications-node';
import {
  SignalPayload,
  signalsServiceRef,
} from '@backstage/plugin-signals-node';

/**
 * Notifications and signals that are kept rather than sent, for a test backend: `features` replace
 * the services, `notifications` and `signals` hold what the plugin sent, in order.
 */
export function fakeMessaging() {
  const notifications: NotificationSendOptions[] = [];
  const signals: SignalPayload[] = [];
  return {
    notifications,
    signals,
    features: [
      createServiceFactory({
        service: notificationService,
        deps: {},
        factory: () => ({
          send: async (options: NotificationSendOptions) => {
            notifications.push(options);
          },
        }),
      }),
      createServiceFactory({
        service: signalsServiceRef,
        deps: {},
        factory: () => ({
          publish: async (signal: SignalPayload<any>) => {
            signals.push(signal);
          },
        }),
      }),
    ],
  };
}
