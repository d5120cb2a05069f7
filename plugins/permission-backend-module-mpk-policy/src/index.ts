/**
 * The permission policy of the Managed Platform for Kubernetes portal.
 *
 * @packageDocumentation
 */

export { permissionModuleMpkPolicy as default } from './module';
export {
  MpkPermissionPolicy,
  PROVISIONING_ACTIONS,
} from './MpkPermissionPolicy';
export type { PersonaSource } from './MpkPermissionPolicy';
