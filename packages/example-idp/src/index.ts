export {
  parseExampleAccounts,
  readExampleAccounts,
  roleAnnotation,
  type ExampleAccount,
  type ExampleGroup,
} from './accounts.ts';
export { describeAccount } from './pages.ts';
export {
  ProductionRefusedError,
  productionRefusal,
  refuseProduction,
} from './production.ts';
export {
  defaultPort,
  startExampleIdp,
  type ExampleIdp,
  type ExampleIdpClient,
  type ExampleIdpOptions,
} from './server.ts';
// For tests of the sign-in flow over HTTP.
export { CookieBrowser, parseForms, type Navigation } from './testing.ts';
