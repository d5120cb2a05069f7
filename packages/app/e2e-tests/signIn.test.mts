// Browser test of the sign-in through OpenID Connect: the built backend serving the built app, the
// example identity provider started before it, and Debian's Chromium going through the popup.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import { productionRefusal } from '../../example-idp/src/production.ts';
import {
  cleanEnv,
  repoRoot,
  stageBuiltBackend,
  startBackend,
  waitUntilReady,
} from './builtBackend.mts';
import { launchChromium } from './chromium.mts';
import {
  runExampleIdp,
  signInWithExampleIdp,
  startExampleIdp,
  type ExampleIdpProcess,
} from './exampleIdp.mts';

const baseUrl = 'http://localhost:7017';
const screenshotDir = join(repoRoot, '.tmp/e2e');

let idp: ExampleIdpProcess;
let backend: ReturnType<typeof startBackend>;
let browser: Browser;
const contexts: BrowserContext[] = [];

/** A fresh browser profile at the sign-in page: no session of an earlier test. */
async function signInPage() {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
  });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page
    .getByText('Example identity provider')
    .waitFor({ timeout: 30_000 });
  return page;
}

before(async () => {
  const backendDir = await stageBuiltBackend();
  // The backend reads the provider's discovery document when it starts: the provider comes first.
  idp = await startExampleIdp({
    port: 7018,
    backendUrl: baseUrl,
    orgFiles: ['examples/org.yaml', 'packages/app/e2e-tests/org.e2e.yaml'],
  });
  backend = startBackend(backendDir, [
    'app-config.yaml',
    'packages/app/e2e-tests/app-config.e2e.yaml',
  ]);
  await waitUntilReady(baseUrl, backend);
  browser = await launchChromium();
  await mkdir(screenshotDir, { recursive: true });
});

after(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  backend?.process.kill();
  await idp?.stop();
});

describe('sign-in through the example identity provider', () => {
  it('signs Dana Kim in; after a reload (her session refreshed) her settings page shows her name and email', async () => {
    const page = await signInPage();
    await page.screenshot({ path: join(screenshotDir, 'sign-in-page.png') });
    await signInWithExampleIdp(page, 'Dana Kim');
    await page
      .getByRole('button', { name: 'Sign In', exact: true })
      .waitFor({ state: 'detached', timeout: 30_000 });

    // A full page load: the app signs her in again through the backend's refresh token.
    await page.goto(`${baseUrl}/settings`);
    await page
      .getByText('Dana Kim', { exact: true })
      .first()
      .waitFor({ timeout: 30_000 });
    await page
      .getByText('dana.kim@acme.example.com', { exact: true })
      .first()
      .waitFor();
    assert.equal(
      await page.getByRole('button', { name: 'Sign In', exact: true }).count(),
      0,
    );
    await page.screenshot({
      path: join(screenshotDir, 'settings-dana-kim.png'),
      fullPage: true,
    });
  });

  it('tells a persona the catalog does not know, on the sign-in page, to ask the Engagement Manager', async () => {
    const page = await signInPage();
    await signInWithExampleIdp(page, 'Pat Nobody');
    await page
      .getByText(
        'No one in the portal has the email pat.nobody@elsewhere.example.com: ask your Engagement Manager to add you',
        { exact: true },
      )
      .waitFor({ timeout: 30_000 });
    // Still the sign-in page, both options offered.
    await page.getByRole('button', { name: 'Enter' }).waitFor();
    await page.getByRole('button', { name: 'Sign In', exact: true }).waitFor();
    await page.screenshot({
      path: join(screenshotDir, 'sign-in-unknown-email.png'),
    });
  });
});

describe('the example identity provider in production mode', () => {
  it('refuses to start with NODE_ENV=production, in one line', async () => {
    const refused = runExampleIdp(
      ['--port', '7018'],
      cleanEnv({ NODE_ENV: 'production' }),
    );
    const [code] = await once(refused.process, 'exit');
    assert.equal(code, 1);
    assert.equal(refused.output(), `${productionRefusal}\n`);
  });
});
