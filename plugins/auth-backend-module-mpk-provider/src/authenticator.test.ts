import { mockServices } from '@backstage/backend-test-utils';
import type { oidcAuthenticator } from '@backstage/plugin-auth-backend-module-oidc-provider';
import { oidcAuthenticatorWithRetry } from './authenticator';

const metadataUrl = 'http://localhost:1/.well-known/openid-configuration';

/** An upstream authenticator whose discoveries fail or succeed in the given order. */
function fakeUpstream(outcomes: boolean[]) {
  const initialize = jest.fn(() => {
    const ok = outcomes.shift() ?? true;
    const promise = ok
      ? Promise.resolve({ helper: {}, client: {}, strategy: {} })
      : Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:1'));
    return { initializedPrompt: 'login', promise, searchParams: {} };
  });
  const start = jest.fn(async () => ({ url: 'https://idp.example.com/auth' }));
  const upstream = {
    defaultProfileTransform: jest.fn(),
    scopes: { persist: true, required: ['openid'] },
    initialize,
    start,
    authenticate: jest.fn(),
    refresh: jest.fn(),
  } as unknown as typeof oidcAuthenticator;
  return { upstream, initialize, start };
}

function init(
  authenticator: ReturnType<typeof oidcAuthenticatorWithRetry>,
): ReturnType<ReturnType<typeof oidcAuthenticatorWithRetry>['initialize']> {
  return authenticator.initialize({
    callbackUrl: 'http://localhost:7007/api/auth/oidc/handler/frame',
    config: mockServices.rootConfig({
      data: { metadataUrl, clientId: 'c', clientSecret: 's' },
    }),
  });
}

const startInput = {} as Parameters<
  ReturnType<typeof oidcAuthenticatorWithRetry>['start']
>[0];

describe('oidcAuthenticatorWithRetry', () => {
  it('reads the metadata at start, logs a failure as one warning, and reads it again at the next sign-in', async () => {
    const logger = mockServices.logger.mock();
    const { upstream, initialize, start } = fakeUpstream([false, true]);
    const authenticator = oidcAuthenticatorWithRetry(logger, {
      authenticator: upstream,
    });
    const context = init(authenticator);
    expect(initialize).toHaveBeenCalledTimes(1);
    await new Promise(setImmediate);
    expect(logger.warn).toHaveBeenCalledWith(
      `Sign-in through OpenID Connect cannot read the provider metadata at ${metadataUrl}: Error: connect ECONNREFUSED 127.0.0.1:1; it will try again at the next sign-in`,
    );

    await expect(authenticator.start(startInput, context)).resolves.toEqual({
      url: 'https://idp.example.com/auth',
    });
    expect(initialize).toHaveBeenCalledTimes(2);
    expect(start).toHaveBeenCalledWith(
      startInput,
      expect.objectContaining({ initializedPrompt: 'login' }),
    );
    // Read once it worked: not again.
    await authenticator.start(startInput, context);
    expect(initialize).toHaveBeenCalledTimes(2);
  });

  it('leaves an environment it is told not to read at start until its first sign-in', async () => {
    const { upstream, initialize } = fakeUpstream([true]);
    const authenticator = oidcAuthenticatorWithRetry(
      mockServices.logger.mock(),
      { authenticator: upstream, discoverAtStart: () => false },
    );
    const context = init(authenticator);
    expect(initialize).not.toHaveBeenCalled();
    await authenticator.start(startInput, context);
    expect(initialize).toHaveBeenCalledTimes(1);
  });

  it('answers ServiceUnavailable naming the address while the provider does not answer, and tries again later', async () => {
    const { upstream, initialize } = fakeUpstream([false, false, true]);
    const authenticator = oidcAuthenticatorWithRetry(
      mockServices.logger.mock(),
      { authenticator: upstream },
    );
    const context = init(authenticator);
    await expect(
      authenticator.start(startInput, context),
    ).rejects.toMatchObject({
      name: 'ServiceUnavailableError',
      message: expect.stringContaining(
        `The OpenID Connect provider does not answer at ${metadataUrl}`,
      ),
    });
    await expect(authenticator.start(startInput, context)).resolves.toEqual({
      url: 'https://idp.example.com/auth',
    });
    expect(initialize).toHaveBeenCalledTimes(3);
  });
});
