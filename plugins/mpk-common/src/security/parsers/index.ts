export { parseSecurityDocument } from './parseSecurityDocument';
export { parseSecurityFile } from './parseSecurityFile';
export { SECURITY_PARSE_LIMITS } from './readContext';
