export {
  customerResourceRef,
  designEntityRef,
  designNameOf,
  isDesignEntity,
} from './designEntity';
export * from './designWording';
export { DesignStateChip } from './DesignStateChip';
