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
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { ReactElement } from 'react';
import { MpkApi, mpkApiRef } from '../api';
import { FreshPermissionCache } from './FreshPermissionCache';
import { fakeMpkApi } from './mpkResponses';

type Decision = AuthorizeResult.ALLOW | AuthorizeResult.DENY;

/** What the permission backend answers: one decision for all, or one per request. */
export type PermissionAnswer =
  | Decision
  | ((request: EvaluatePermissionRequest) => Decision);

/**
 * Renders an mpk component in a test app with the mpk API, a permission API answering as told
 * (with a cache of its own, see FreshPermissionCache), a catalog holding `catalogEntities`, and
 * the entity pages mounted; inside an EntityProvider when `entity` is given.
 */
export function renderWithMpk(
  element: ReactElement,
  options: {
    mpkApi?: MpkApi;
    authorize?: PermissionAnswer;
    entity?: Entity;
    catalogEntities?: Entity[];
    route?: string;
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
      ]}
    >
      <FreshPermissionCache>{content}</FreshPermissionCache>
    </TestApiProvider>,
    {
      routeEntries: options.route ? [options.route] : undefined,
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}
