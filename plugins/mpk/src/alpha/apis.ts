import { ApiBlueprint } from '@backstage/frontend-plugin-api';
import { mpkApiFactory } from '../api/mpkApiFactory';

/**
 * The client of the mpk backend.
 * @alpha
 */
export const mpkApi = ApiBlueprint.make({
  params: defineParams => defineParams(mpkApiFactory),
});
