import { ConflictError, NotFoundError } from '@backstage/errors';
import type { AuthResolverContext } from '@backstage/plugin-auth-node';
import {
  createEmailMatchingCatalogUserResolver,
  emailMatchingCatalogUser,
} from './resolver';

function context(
  signInWithCatalogUser: AuthResolverContext['signInWithCatalogUser'],
): AuthResolverContext {
  return { signInWithCatalogUser } as AuthResolverContext;
}

/** An ID token as openid-client hands it over (already verified), with the given issuer. */
function idToken(iss: string) {
  const part = (value: object) =>
    Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256' })}.${part({ iss, sub: 'x' })}.signature`;
}

function info(
  profileEmail: string | undefined,
  claimedEmail?: string,
  issuer = 'https://idp.example.com',
) {
  return {
    profile: { email: profileEmail },
    result: {
      fullProfile: {
        tokenset: {},
        userinfo: { sub: 'x', email: claimedEmail },
      },
      session: {
        accessToken: 'a',
        tokenType: 'bearer',
        scope: 'openid',
        idToken: idToken(issuer),
      },
    },
  } as unknown as Parameters<typeof emailMatchingCatalogUser>[0];
}

describe('emailMatchingCatalogUser', () => {
  it('looks the User up by the lower-cased email of its profile', async () => {
    const signIn = jest.fn().mockResolvedValue({ token: 't' });
    await expect(
      emailMatchingCatalogUser(
        info('Dana.Kim@Acme.example.com'),
        context(signIn),
      ),
    ).resolves.toEqual({ token: 't' });
    expect(signIn).toHaveBeenCalledWith({
      filter: {
        kind: 'User',
        'spec.profile.email': 'dana.kim@acme.example.com',
      },
    });
  });

  it('refuses an email the provider has not verified, naming it', async () => {
    const signIn = jest.fn();
    await expect(
      emailMatchingCatalogUser(
        info(undefined, 'someone@example.com'),
        context(signIn),
      ),
    ).rejects.toThrow(
      'The identity provider has not verified the email someone@example.com: the portal signs in only verified emails',
    );
    expect(signIn).not.toHaveBeenCalled();
  });

  it('takes an email without email_verified from an issuer trusted for emails, and only from it', async () => {
    const entra = 'https://login.microsoftonline.com/tenant-1/v2.0';
    const resolver = createEmailMatchingCatalogUserResolver({
      trustedEmailIssuers: [entra],
    });
    const signIn = jest.fn().mockResolvedValue({ token: 't' });
    await expect(
      resolver(
        info(undefined, 'Dana.Kim@acme.example.com', entra),
        context(signIn),
      ),
    ).resolves.toEqual({ token: 't' });
    expect(signIn).toHaveBeenCalledWith({
      filter: {
        kind: 'User',
        'spec.profile.email': 'dana.kim@acme.example.com',
      },
    });

    await expect(
      resolver(
        info(
          undefined,
          'dana.kim@acme.example.com',
          'https://login.microsoftonline.com/other-tenant/v2.0',
        ),
        context(signIn),
      ),
    ).rejects.toThrow(
      'The identity provider has not verified the email dana.kim@acme.example.com',
    );
    expect(signIn).toHaveBeenCalledTimes(1);
  });

  it('refuses a sign-in without an email', async () => {
    await expect(
      emailMatchingCatalogUser(info(undefined), context(jest.fn())),
    ).rejects.toMatchObject({
      name: 'NotAllowedError',
      message:
        'The identity provider gave no email: the portal finds people by the email of their profile',
    });
  });

  it('turns "User not found" into the sentence for the sign-in page', async () => {
    await expect(
      emailMatchingCatalogUser(
        info('x@y.example.com'),
        context(
          jest.fn().mockRejectedValue(new NotFoundError('User not found')),
        ),
      ),
    ).rejects.toMatchObject({
      name: 'NotAllowedError',
      message:
        'No one in the portal has the email x@y.example.com: ask your Engagement Manager to add you',
    });
  });

  it('says so when more than one User has the email', async () => {
    await expect(
      emailMatchingCatalogUser(
        info('twice@example.com'),
        context(
          jest
            .fn()
            .mockRejectedValue(
              new ConflictError('User lookup resulted in multiple matches'),
            ),
        ),
      ),
    ).rejects.toMatchObject({
      name: 'ConflictError',
      message:
        'More than one person in the portal has the email twice@example.com: ask your Engagement Manager to correct the catalog',
    });
  });

  it('lets other failures through unchanged', async () => {
    const failure = new Error('catalog unavailable');
    await expect(
      emailMatchingCatalogUser(
        info('x@y.example.com'),
        context(jest.fn().mockRejectedValue(failure)),
      ),
    ).rejects.toBe(failure);
  });
});
