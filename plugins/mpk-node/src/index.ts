/**
 * Backend code the mpk packages share: the permission resources of clusters and customers, who a
 * signed-in person is in the service, and the content hash of a detailed design.
 *
 * @packageDocumentation
 */

export * from './permissionResources';
export { MpkPersonaLoader } from './MpkPersonaLoader';
export { designContentHash } from './designContentHash';
