import { Entity } from '@backstage/catalog-model';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  AuthorizeResult,
  EvaluatePermissionRequest,
} from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { SignalApi, signalApiRef } from '@backstage/plugin-signals-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { ReactElement } from 'react';
import { MpkApi, mpkApiRef } from '../api';
import { slaCreditsRouteRef, supportRouteRef } from '../routes';
import { productionCluster } from './clusterEntities';
import { FreshPermissionCache } from './FreshPermissionCache';
import { fakeMpkApi } from './mpkResponses';

type Decision = AuthorizeResult.ALLOW | AuthorizeResult.DENY;

/** What the permission backend answers: one decision for all, or one per request. */
export type PermissionAnswer =
  | Decision
  | ((request: EvaluatePermissionRequest) => Decision);

/**
 * A signal API whose messages the test sends: `send(channel, message)` reaches the current
 * subscribers of the channel; `subscribe` is a mock, to see who listens.
 */
export function fakeSignalApi() {
  const listeners = new Map<string, Set<(message: any) => void>>();
  const subscribe = jest.fn(
    (channel: string, onMessage: (message: any) => void) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(onMessage);
      listeners.set(channel, set);
      return { unsubscribe: () => set.delete(onMessage) };
    },
  );
  const api = { subscribe } as SignalApi & { subscribe: typeof subscribe };
  return {
    api,
    subscribe,
    /** whether anyone listens on the channel now */
    listening: (channel: string) => (listeners.get(channel)?.size ?? 0) > 0,
    send(channel: string, message: object) {
      listeners.get(channel)?.forEach(listener => listener(message));
    },
  };
}

/**
 * Renders an mpk component in a test app with the mpk API, a permission API answering as told
 * (with a cache of its own, see FreshPermissionCache), a catalog holding `catalogEntities`, and
 * the entity, support and SLA credits pages mounted; inside an EntityProvider when `entity` is
 * given, with a signal API when `signalApi` is.
 */
export function renderWithMpk(
  element: ReactElement,
  options: {
    mpkApi?: MpkApi;
    authorize?: PermissionAnswer;
    entity?: Entity;
    catalogEntities?: Entity[];
    route?: string;
    signalApi?: SignalApi;
  } = {},
) {
  const content = options.entity ? (
    <EntityProvider entity={options.entity}>{element}</EntityProvider>
  ) : (
    element
  );
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [mpkApiRef, options.mpkApi ?? fakeMpkApi()],
        [
          permissionApiRef,
          mockApis.permission({
            authorize: options.authorize ?? AuthorizeResult.ALLOW,
          }),
        ],
        [
          catalogApiRef,
          catalogApiMock({ entities: options.catalogEntities ?? [] }),
        ],
        ...(options.signalApi
          ? [[signalApiRef, options.signalApi] as const]
          : []),
      ]}
    >
      <FreshPermissionCache>{content}</FreshPermissionCache>
    </TestApiProvider>,
    {
      routeEntries: options.route ? [options.route] : undefined,
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/support': supportRouteRef,
        '/sla-credits': slaCreditsRouteRef,
      },
    },
  );
}

/**
 * Renders an entity card or content of the production cluster (acme-prod) as renderWithMpk does,
 * with everything allowed unless `authorize` says otherwise.
 */
export function renderOnProductionCluster(
  element: ReactElement,
  mpkApi?: MpkApi,
  authorize?: PermissionAnswer,
) {
  return renderWithMpk(element, {
    mpkApi,
    authorize,
    entity: productionCluster,
  });
}
