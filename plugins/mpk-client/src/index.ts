/**
 * The typed HTTP client of the mpk backend, generated from its OpenAPI spec; isomorphic.
 *
 * @packageDocumentation
 */

export { MpkApiClient, mpkData, mpkPath } from './MpkApiClient';
export type {
  MpkDiscovery,
  MpkFetch,
  MpkHttpClient,
  PathParameters,
} from './MpkApiClient';
