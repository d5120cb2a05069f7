export { SupportTierPicker } from './SupportTierPicker';
export type { SupportTierPickerProps } from './SupportTierPicker';
export { SupportTierFilter } from './SupportTierFilter';
export type { SupportTierFilters } from './SupportTierFilter';
