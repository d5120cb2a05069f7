/**
 * Backend of the Managed Platform for Kubernetes portal.
 *
 * @packageDocumentation
 */

export { mpkPlugin as default } from './plugin';
export { readMpkConfig } from './config';
export type { MpkConfig } from './config';
export type { DatabaseHealthReport } from './health/DatabaseHealth';
