/**
 * Sign-in to the Managed Platform for Kubernetes portal through OpenID Connect, as the catalog
 * User whose `spec.profile.email` is the verified email claim.
 *
 * @packageDocumentation
 */
export { authModuleMpkProvider as default } from './module';
export {
  createEmailMatchingCatalogUserResolver,
  emailMatchingCatalogUser,
  unknownEmailMessage,
  type EmailMatchingOptions,
} from './resolver';
export {
  oidcAuthenticatorWithRetry,
  type OidcAuthenticatorWithRetryOptions,
  type RetryingOidcContext,
} from './authenticator';
