export { CustomerScopeNote } from './CustomerScopeNote';
export { usePersona } from './usePersona';
