// Browser test of the production build: the built backend serves the built app, a guest signs in
// with Debian's Chromium and finds the example clusters in the catalog.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import {
  cleanEnv,
  repoRoot,
  stageBuiltBackend,
  startBackend,
  waitUntilReady,
} from './builtBackend.mts';

const baseUrl = 'http://localhost:7017';
const screenshotDir = join(repoRoot, '.tmp/e2e');
const exampleClusters = ['acme-prod', 'acme-staging'];

let backendDir: string;
let backend: ReturnType<typeof startBackend>;
let browser: Browser;
let page: Page;

async function signInAsGuest() {
  await page.goto(baseUrl);
  const enter = page.getByRole('button', { name: 'Enter' });
  await enter.click();
  await enter.waitFor({ state: 'detached' });
}

before(async () => {
  backendDir = await stageBuiltBackend();
  backend = startBackend(backendDir, [
    'app-config.yaml',
    'packages/app/e2e-tests/app-config.e2e.yaml',
  ]);
  await waitUntilReady(baseUrl, backend);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-sync',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await signInAsGuest();
});

after(async () => {
  await browser?.close();
  backend?.process.kill();
});

describe('the built portal', () => {
  it('lists both example clusters in the catalog to a guest', async () => {
    const clusterLinks = exampleClusters.map(name =>
      page.locator(`a[href="/catalog/default/resource/${name}"]`),
    );
    // The catalog ingests the example files in the background after start-up.
    const deadline = Date.now() + 90_000;
    for (;;) {
      await page.goto(`${baseUrl}/?filters%5Bkind%5D=resource&filters%5Buser%5D=all`);
      try {
        await Promise.all(clusterLinks.map(link => link.first().waitFor({ timeout: 5_000 })));
        break;
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
    }
    for (const link of clusterLinks) {
      assert.equal(await link.count(), 1);
    }
    await mkdir(screenshotDir, { recursive: true });
    await page.screenshot({ path: join(screenshotDir, 'catalog-clusters.png'), fullPage: true });
  });

  it('shows the managed cluster card on a cluster page', async () => {
    await page.goto(`${baseUrl}/catalog/default/resource/acme-prod`);
    await page.getByText('AWS Elastic Kubernetes Service (EKS)').waitFor({ timeout: 30_000 });
    assert.equal(await page.getByText('Managed cluster').count(), 1);
    await page.screenshot({ path: join(screenshotDir, 'cluster-acme-prod.png'), fullPage: true });
  });
});

describe('the built backend in production mode', () => {
  it('refuses to start without a PostgreSQL password, in one line', async () => {
    const production = startBackend(
      backendDir,
      ['app-config.yaml', 'app-config.production.yaml'],
      cleanEnv({ POSTGRES_HOST: '127.0.0.1', POSTGRES_PORT: '5432', POSTGRES_USER: 'postgres' }),
    );
    const [code] = await once(production.process, 'exit');
    assert.equal(code, 1);
    assert.equal(
      production.output(),
      'MPK portal backend cannot start: backend.database.connection.password is not set ' +
        '(app-config.production.yaml reads it from POSTGRES_PASSWORD)\n',
    );
  });
});
