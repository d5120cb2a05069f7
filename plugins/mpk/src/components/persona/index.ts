export { CustomerScopeNote } from './CustomerScopeNote';
export { usePersona } from './usePersona';
export { useCustomerTitle, useCustomerTitles } from './useCustomerTitles';
