/**
 * Backend of the Managed Platform for Kubernetes portal.
 *
 * @packageDocumentation
 */

export { mpkPlugin as default } from './plugin';
export type { DatabaseHealthReport } from './database/DatabaseHealth';
