export { CustomerPicker } from './CustomerPicker';
export { useCustomers } from './useCustomers';
export type { CatalogCustomer } from './useCustomers';
