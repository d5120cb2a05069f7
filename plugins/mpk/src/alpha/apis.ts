import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
  identityApiRef,
} from '@backstage/frontend-plugin-api';
import { mpkApiRef, MpkClient } from '../api';

/**
 * The client of the mpk backend.
 * @alpha
 */
export const mpkApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: mpkApiRef,
      deps: {
        discoveryApi: discoveryApiRef,
        fetchApi: fetchApiRef,
        identityApi: identityApiRef,
      },
      factory: ({ discoveryApi, fetchApi, identityApi }) =>
        new MpkClient({ discoveryApi, fetchApi, identityApi }),
    }),
});
