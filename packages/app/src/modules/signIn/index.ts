import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';
import { oidcAuthApi } from './oidcAuthApi';

export { oidcAuthApiRef } from './oidcAuthApi';

/** Replaces the app's guest-only sign-in page (same extension id, sign-in-page:app). */
const signInPage = SignInPageBlueprint.make({
  params: {
    loader: async () => {
      const { MpkSignInPage } = await import('./MpkSignInPage');
      return MpkSignInPage;
    },
  },
});

export const signInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [oidcAuthApi, signInPage],
});
