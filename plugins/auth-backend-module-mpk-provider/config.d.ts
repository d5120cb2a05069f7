export interface Config {
  auth?: {
    /**
     * Issuers (the `iss` of the ID token) of `auth.providers.oidc` whose email claim the portal
     * trusts without `email_verified`: a provider that never sends that claim although the
     * organisation manages its emails, e.g. Microsoft Entra ID
     * (`https://login.microsoftonline.com/<tenant-id>/v2.0`). Others must verify the email.
     */
    oidcTrustedEmailIssuers?: string[];
  };
}
