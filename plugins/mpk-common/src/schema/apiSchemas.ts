import { components } from './openapi.generated';

/**
 * The shapes the mpk HTTP API takes and answers, generated from its OpenAPI spec
 * (`plugins/mpk-backend/src/schema/openapi.yaml`): the one definition of each API type.
 * @public
 */
export type ApiSchemas = components['schemas'];
