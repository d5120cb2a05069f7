export {
  ConformanceStatusChip,
  conformanceLabels,
} from './ConformanceStatusChip';
