export { UpgradeStatusChip } from './UpgradeStatusChip';
export { useStatusColors } from './useStatusColors';
