/**
 * Backend code the mpk packages share: the permission resources of clusters and customers, and
 * who a signed-in person is in the service.
 *
 * @packageDocumentation
 */

export * from './permissionResources';
export { MpkPersonaLoader } from './MpkPersonaLoader';
