import { ErrorApiForwarder } from '@backstage/core-app-api';
import { errorApiRef } from '@backstage/frontend-plugin-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MpkSignInPage } from './MpkSignInPage';
import { oidcAuthApiRef } from './oidcAuthApi';

function oidcApi(getBackstageIdentity: jest.Mock): typeof oidcAuthApiRef.T {
  return {
    getBackstageIdentity,
    getProfile: jest
      .fn()
      .mockResolvedValue({
        email: 'dana.kim@acme.example.com',
        displayName: 'Dana Kim',
      }),
    getAccessToken: jest.fn(),
    getIdToken: jest.fn(),
    signIn: jest.fn(),
    signOut: jest.fn(),
    sessionState$: jest.fn(),
  } as unknown as typeof oidcAuthApiRef.T;
}

/** The sign-in page in a test app, with a real error API so that posted errors reach it. */
function renderSignInPage(
  oidc: typeof oidcAuthApiRef.T,
  options: { onSignInSuccess?: jest.Mock; environment?: string } = {},
) {
  return renderInTestApp(
    <MpkSignInPage onSignInSuccess={options.onSignInSuccess ?? jest.fn()} />,
    {
      config: {
        app: { title: 'MPK Portal' },
        backend: { baseUrl: 'http://localhost:7007' },
        ...(options.environment && {
          auth: { environment: options.environment },
        }),
      },
      apis: [
        [oidcAuthApiRef, oidc],
        [errorApiRef, new ErrorApiForwarder()],
      ],
    },
  );
}

describe('MpkSignInPage', () => {
  beforeEach(() => localStorage.clear());

  it("shows the backend's sentence on the page when the sign-in is refused", async () => {
    const refusal = new Error(
      'No one in the portal has the email pat@elsewhere.example.com: ask your Engagement Manager to add you',
    );
    refusal.name = 'NotAllowedError';
    const onSignInSuccess = jest.fn();
    renderSignInPage(oidcApi(jest.fn().mockRejectedValue(refusal)), {
      onSignInSuccess,
    });

    expect(
      await screen.findByText('Example identity provider'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Sign In' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No one in the portal has the email pat@elsewhere.example.com: ask your Engagement Manager to add you',
    );
    expect(onSignInSuccess).not.toHaveBeenCalled();
  });

  it('signs in as the identity the provider returns', async () => {
    const identity = {
      type: 'user',
      userEntityRef: 'user:default/dana-acme',
      ownershipEntityRefs: ['user:default/dana-acme', 'group:default/acme'],
    };
    const onSignInSuccess = jest.fn();
    renderSignInPage(
      oidcApi(jest.fn().mockResolvedValue({ token: 'token', identity })),
      { onSignInSuccess },
    );

    await userEvent.click(
      await screen.findByRole('button', { name: 'Sign In' }),
    );

    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalledTimes(1));
    const identityApi = onSignInSuccess.mock.calls[0][0];
    await expect(identityApi.getBackstageIdentity()).resolves.toEqual(identity);
    await expect(identityApi.getProfileInfo()).resolves.toMatchObject({
      displayName: 'Dana Kim',
    });
  });

  it('offers guest sign-in next to the example identity provider in development', async () => {
    renderSignInPage(oidcApi(jest.fn()));
    expect(
      await screen.findByRole('button', { name: 'Enter' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Example identity provider')).toBeInTheDocument();
  });

  it('offers single sign-on alone in another auth environment', async () => {
    renderSignInPage(oidcApi(jest.fn()), { environment: 'production' });
    expect(await screen.findByText('Single sign-on')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign In' })).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Enter' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByText('Example identity provider'),
    ).not.toBeInTheDocument();
  });
});
