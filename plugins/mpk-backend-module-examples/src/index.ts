/**
 * Example tickets and conformance runs for a demonstration mpk portal.
 *
 * @packageDocumentation
 */

export { mpkModuleExamples as default } from './module';
