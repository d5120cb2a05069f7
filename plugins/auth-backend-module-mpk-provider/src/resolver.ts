import { ConflictError, NotAllowedError, isError } from '@backstage/errors';
import type { OidcAuthResult } from '@backstage/plugin-auth-backend-module-oidc-provider';
import type {
  OAuthAuthenticatorResult,
  SignInResolver,
} from '@backstage/plugin-auth-node';

/** What a person whose email is in no User's profile is told on the sign-in page. */
export function unknownEmailMessage(email: string): string {
  return `No one in the portal has the email ${email}: ask your Engagement Manager to add you`;
}

export interface EmailMatchingOptions {
  /**
   * Issuers (the `iss` of the ID token) whose email claim is trusted without `email_verified`,
   * e.g. a Microsoft Entra ID tenant, which never sends that claim
   * (config `auth.oidcTrustedEmailIssuers`).
   */
  trustedEmailIssuers?: string[];
}

/** The issuer of an ID token, which openid-client has verified already. */
function issuerOf(idToken: string | undefined): string | undefined {
  try {
    const payload = JSON.parse(
      Buffer.from(idToken?.split('.')[1] ?? '', 'base64url').toString('utf8'),
    );
    return typeof payload.iss === 'string' ? payload.iss : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Signs in the User of the catalog whose `spec.profile.email` is the verified email claim,
 * compared without regard to case, with the User's ownership (itself and its groups). Refuses with
 * a sentence for the sign-in page when no User, or more than one, has that email, or when the
 * provider gave no verified email (unless its issuer is trusted for emails).
 */
export function createEmailMatchingCatalogUserResolver(
  options: EmailMatchingOptions = {},
): SignInResolver<OAuthAuthenticatorResult<OidcAuthResult>> {
  const trustedIssuers = new Set(options.trustedEmailIssuers ?? []);
  return async ({ profile, result }, ctx) => {
    // The OIDC profile transform keeps the email only when the provider says it is verified.
    const claimed = result.fullProfile?.userinfo?.email;
    const trusted =
      typeof claimed === 'string' &&
      trustedIssuers.has(issuerOf(result.session?.idToken) ?? '');
    const email = profile.email ?? (trusted ? claimed : undefined);
    if (!email) {
      throw new NotAllowedError(
        claimed
          ? `The identity provider has not verified the email ${claimed}: the portal signs in only verified emails`
          : 'The identity provider gave no email: the portal finds people by the email of their profile',
      );
    }
    try {
      return await ctx.signInWithCatalogUser({
        filter: { kind: 'User', 'spec.profile.email': email.toLowerCase() },
      });
    } catch (error) {
      // By name, not instanceof: the catalog client's errors may come from another copy.
      if (isError(error) && error.name === 'NotFoundError') {
        throw new NotAllowedError(unknownEmailMessage(email));
      }
      if (isError(error) && error.name === 'ConflictError') {
        throw new ConflictError(
          `More than one person in the portal has the email ${email}: ask your Engagement Manager to correct the catalog`,
        );
      }
      throw error;
    }
  };
}

/** {@link createEmailMatchingCatalogUserResolver} trusting verified emails only. */
export const emailMatchingCatalogUser =
  createEmailMatchingCatalogUserResolver();
