import {
  createApiFactory,
  discoveryApiRef,
  fetchApiRef,
  identityApiRef,
} from '@backstage/core-plugin-api';
import { mpkApiRef } from './MpkApi';
import { MpkClient } from './MpkClient';

/**
 * The factory of the mpk API, a `MpkClient` of the mpk backend; the legacy plugin and the
 * plugin of the new frontend system both install it.
 */
export const mpkApiFactory = createApiFactory({
  api: mpkApiRef,
  deps: {
    discoveryApi: discoveryApiRef,
    fetchApi: fetchApiRef,
    identityApi: identityApiRef,
  },
  factory: ({ discoveryApi, fetchApi, identityApi }) =>
    new MpkClient({ discoveryApi, fetchApi, identityApi }),
});
