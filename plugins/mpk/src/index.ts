/**
 * Frontend of the Managed Platform for Kubernetes portal.
 *
 * @packageDocumentation
 */

export { mpkPlugin, EntityClusterOverviewCard } from './plugin';
export { isClusterEntity as isMpkClusterAvailable } from '@mpk-portal/plugin-mpk-common';
