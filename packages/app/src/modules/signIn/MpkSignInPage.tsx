import { SignInPage, type IdentityProviders } from '@backstage/core-components';
import {
  configApiRef,
  errorApiRef,
  useApi,
  type ErrorApiError,
} from '@backstage/frontend-plugin-api';
import type { SignInPageProps } from '@backstage/plugin-app-react';
import Typography from '@material-ui/core/Typography';
import { useEffect, useState } from 'react';
import { oidcAuthApiRef } from './oidcAuthApi';

/** The sign-in options of the local default (auth.environment development). */
export const exampleIdpProvider = {
  id: 'oidc',
  title: 'Example identity provider',
  message:
    'OpenID Connect: sign in as one of the example personas (an Engagement Manager, a Lead Architect, CKA engineers, customer people).',
  apiRef: oidcAuthApiRef,
};

/** The sign-in of any other environment: the organisation's OpenID Connect provider. */
export const singleSignOnProvider = {
  id: 'oidc',
  title: 'Single sign-on',
  message: "Sign in with your organisation's account (OpenID Connect).",
  apiRef: oidcAuthApiRef,
};

/**
 * What went wrong, as the backend said it: the sign-in buttons post `Login failed` with the
 * provider's error as its cause, e.g. "No one in the portal has the email …".
 */
export function signInFailureMessage(error: ErrorApiError): string {
  const cause: unknown = (error as { cause?: unknown }).cause;
  if (
    typeof cause === 'object' &&
    cause !== null &&
    'message' in cause &&
    typeof cause.message === 'string' &&
    cause.message
  ) {
    return cause.message;
  }
  return error.message;
}

/**
 * The sign-in page: Guest and the example identity provider in development (`auth.environment`,
 * by default `development`), single sign-on alone elsewhere. A failed sign-in is shown on the page
 * with the backend's sentence.
 */
export function MpkSignInPage(props: SignInPageProps) {
  const configApi = useApi(configApiRef);
  const errorApi = useApi(errorApiRef);
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    const subscription = errorApi
      .error$()
      .subscribe(({ error }) => setFailure(signInFailureMessage(error)));
    return () => subscription.unsubscribe();
  }, [errorApi]);

  const environment =
    configApi.getOptionalString('auth.environment') ?? 'development';
  const providers: IdentityProviders =
    environment === 'development'
      ? ['guest', exampleIdpProvider]
      : [singleSignOnProvider];

  return (
    <SignInPage
      onSignInSuccess={props.onSignInSuccess}
      providers={providers}
      align="center"
      titleComponent={
        <div>
          <Typography variant="h4" component="h2">
            Sign in
          </Typography>
          {failure && (
            <Typography role="alert" color="error" variant="body1">
              {failure}
            </Typography>
          )}
        </div>
      }
    />
  );
}
