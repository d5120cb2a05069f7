import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
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
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new MpkClient({ discoveryApi, fetchApi }),
    }),
});
