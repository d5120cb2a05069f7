export {
  customerResourceRef,
  designEntityRef,
  designNameOf,
  isDesignEntity,
  DESIGN_NAME_ANNOTATION,
} from './designEntity';
export * from './designWording';
export { DesignStateChip } from './DesignStateChip';
