/**
 * Scaffolder actions of the Managed Platform for Kubernetes portal.
 *
 * @packageDocumentation
 */

export { scaffolderModuleMpk as default } from './module';
export { createValidateDesignAction } from './actions/design/validateDesign';
export {
  MissingPipelineSettingError,
  readPipelineSettings,
} from './actions/pipeline/pipelineSettings';
