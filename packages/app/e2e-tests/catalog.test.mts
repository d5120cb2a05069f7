// Browser test of the production build: the built backend serves the built app, a guest signs in
// with Debian's Chromium and finds the example clusters in the catalog; the example personas sign
// in through the example identity provider and each sees and does what their role allows.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import {
  cleanEnv,
  repoRoot,
  stageBuiltBackend,
  startBackend,
  waitUntilReady,
} from './builtBackend.mts';
import { launchChromium } from './chromium.mts';
import {
  signInWithExampleIdp,
  startExampleIdp,
  type ExampleIdpProcess,
} from './exampleIdp.mts';

const baseUrl = 'http://localhost:7017';
const screenshotDir = join(repoRoot, '.tmp/e2e');
const exampleClusters = ['acme-prod', 'acme-staging'];

interface ExampleTechnology {
  id: string;
  title: string;
  tierHistory: { tier: string }[];
}

async function exampleTechnologies(): Promise<ExampleTechnology[]> {
  const stack = parseYaml(
    await readFile(join(repoRoot, 'examples/stack.yaml'), 'utf8'),
  );
  return stack.technologies;
}

const tierOf = (tech: ExampleTechnology) =>
  tech.tierHistory[tech.tierHistory.length - 1].tier;

/** Loads a page until the check passes: the catalog ingests in the background after start-up. */
async function eventually(
  url: string,
  check: () => Promise<unknown>,
  on: Page = page,
  timeoutMs = 90_000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await on.goto(url);
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}

let backendDir: string;
let backend: ReturnType<typeof startBackend>;
let idp: ExampleIdpProcess;
let browser: Browser;
let page: Page;
const personaPages = new Map<string, Promise<Page>>();
const contexts: BrowserContext[] = [];

/**
 * A page signed in as an example persona through the example identity provider, in a browser
 * profile of its own; one per persona for the whole run.
 */
function pageAs(displayName: string): Promise<Page> {
  let signedIn = personaPages.get(displayName);
  if (!signedIn) {
    signedIn = (async () => {
      const context = await browser.newContext({
        viewport: { width: 1440, height: 900 },
      });
      contexts.push(context);
      const personaPage = await context.newPage();
      await personaPage.goto(baseUrl);
      await signInWithExampleIdp(personaPage, displayName);
      await personaPage
        .getByRole('button', { name: 'Sign In', exact: true })
        .waitFor({ state: 'detached', timeout: 30_000 });
      return personaPage;
    })();
    personaPages.set(displayName, signedIn);
  }
  return signedIn;
}

async function signInAsGuest() {
  await page.goto(baseUrl);
  const enter = page.getByRole('button', { name: 'Enter' });
  await enter.click();
  await enter.waitFor({ state: 'detached' });
}

before(async () => {
  // Designs published by an earlier run would make their clusters exist already, and their
  // built sites would be shown instead of this run's.
  for (const folder of ['designs', 'techdocs']) {
    await rm(join(repoRoot, '.tmp/e2e', folder), {
      recursive: true,
      force: true,
    });
  }
  backendDir = await stageBuiltBackend();
  // The backend reads the identity provider's discovery document when it starts: the provider first.
  idp = await startExampleIdp({ port: 7018, backendUrl: baseUrl });
  backend = startBackend(backendDir, [
    'app-config.yaml',
    'packages/app/e2e-tests/app-config.e2e.yaml',
  ]);
  await waitUntilReady(baseUrl, backend);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await signInAsGuest();
});

after(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  backend?.process.kill();
  await idp?.stop();
});

describe('the built portal', () => {
  it('lists both example clusters in the catalog to a guest', async () => {
    const clusterLinks = exampleClusters.map(name =>
      page.locator(`a[href="/catalog/default/resource/${name}"]`),
    );
    await eventually(
      `${baseUrl}/?filters%5Bkind%5D=resource&filters%5Buser%5D=all`,
      () =>
        Promise.all(
          clusterLinks.map(link => link.first().waitFor({ timeout: 5_000 })),
        ),
    );
    for (const link of clusterLinks) {
      assert.equal(await link.count(), 1);
    }
    await mkdir(screenshotDir, { recursive: true });
    await page.screenshot({
      path: join(screenshotDir, 'catalog-clusters.png'),
      fullPage: true,
    });
  });

  it('shows the managed cluster card on a cluster page', async () => {
    await page.goto(`${baseUrl}/catalog/default/resource/acme-prod`);
    // A cell of the card's table: the relations graph draws the EKS component's title as well.
    await page
      .getByRole('cell', {
        name: 'AWS Elastic Kubernetes Service (EKS)',
        exact: true,
      })
      .waitFor({ timeout: 30_000 });
    assert.equal(
      await page.getByText('Managed cluster', { exact: true }).count(),
      1,
    );
    await page.screenshot({
      path: join(screenshotDir, 'cluster-acme-prod.png'),
      fullPage: true,
    });
  });

  it('narrows the catalog to the technologies of the chosen support tier', async () => {
    const certified = (await exampleTechnologies()).filter(
      t => tierOf(t) === 'certified',
    );
    assert.ok(certified.length > 0);
    const componentLinks = page.locator(
      'a[href^="/catalog/default/component/"]',
    );
    await eventually(
      `${baseUrl}/?filters%5Bkind%5D=component&filters%5Buser%5D=all`,
      () => page.getByText('All Components (28)').waitFor({ timeout: 5_000 }),
    );

    await page.getByLabel('Support tier').click();
    await page.getByRole('option', { name: 'Certified' }).click();
    await page.keyboard.press('Escape');

    await page
      .getByText(`All Components (${certified.length})`)
      .waitFor({ timeout: 15_000 });
    const listed = await componentLinks.evaluateAll(links =>
      links.map(link => link.getAttribute('href')!.split('/').pop()),
    );
    assert.deepEqual(listed.sort(), certified.map(t => t.id).sort());
    assert.match(
      decodeURIComponent(page.url()),
      /filters\[supportTier\]=certified/,
    );
    await page.screenshot({
      path: join(screenshotDir, 'catalog-certified.png'),
      fullPage: true,
    });
  });

  it('shows every technology on the Kubernetes stack page', async () => {
    const technologies = await exampleTechnologies();
    await page.goto(`${baseUrl}/kubernetes-stack`);
    await page
      .getByText('Tier changes', { exact: true })
      .first()
      .waitFor({ timeout: 30_000 });
    for (const tech of technologies) {
      assert.ok(
        (await page
          .locator(`a[href="/catalog/default/component/${tech.id}"]`)
          .count()) >= 1,
        `${tech.id} is on the stack page`,
      );
    }
    await page.screenshot({
      path: join(screenshotDir, 'kubernetes-stack.png'),
      fullPage: true,
    });
  });

  it("shows a technology's tier and the clusters that run it", async () => {
    await page.goto(`${baseUrl}/catalog/default/component/istio`);
    await page
      .getByText('Managed Kubernetes stack', { exact: true })
      .waitFor({ timeout: 30_000 });
    // The example clusters run Istio 1.27.3 (acme-prod) and 1.28.0 (acme-staging).
    for (const [cluster, version] of [
      ['acme-prod', '1.27.3'],
      ['acme-staging', '1.28.0'],
    ]) {
      const row = page.getByRole('row').filter({ hasText: version });
      await row
        .locator(`a[href="/catalog/default/resource/${cluster}"]`)
        .waitFor();
    }
    assert.equal(
      await page
        .locator('a[href="/catalog/default/resource/globex-prod"]')
        .count(),
      0,
    );
    await page.screenshot({
      path: join(screenshotDir, 'component-istio.png'),
      fullPage: true,
    });
  });
});

describe('upgrade deadlines in the built portal', () => {
  it("shows acme-prod's deadlines, counted from the shipped EKS calendar", async () => {
    await page.goto(`${baseUrl}/catalog/default/resource/acme-prod`);
    await page
      .getByText('Upgrade deadlines', { exact: true })
      .waitFor({ timeout: 30_000 });
    // EKS 1.35 ends standard support on 2027-03-27, and the contract allows 120 days.
    const controlPlane = page
      .getByRole('row')
      .filter({ hasText: 'Kubernetes control plane 1.35' });
    await controlPlane.getByText('2027-07-25').first().waitFor();
    await page.screenshot({
      path: join(screenshotDir, 'upgrade-acme-prod.png'),
      fullPage: true,
    });
  });

  it("shows acme-prod's upgrade path to 1.36 as met late, with the days, and the holiday freeze", async () => {
    await page.goto(`${baseUrl}/catalog/default/resource/acme-prod`);
    const path = page
      .getByRole('row')
      .filter({ hasText: 'Upgrade path to Kubernetes 1.36' });
    // EKS certified 1.36 on 2026-09-20; the side-by-side path was due on 2026-08-31.
    await path
      .getByText(/Met 20 days late/)
      .first()
      .waitFor({ timeout: 30_000 });
    await page.getByText(/Holiday sales season/).first().waitFor();
    await page
      .getByText(/Upgrade acme-staging to 1\.36 first/)
      .first()
      .waitFor();
  });

  it('shows a readiness blocker of each source on globex-prod, on its card and in the fleet', async () => {
    await page.goto(`${baseUrl}/catalog/default/resource/globex-prod`);
    await page
      .getByText(/\d+ blockers? for 1\.35/)
      .first()
      .waitFor({ timeout: 30_000 });
    // The example kubent report (a real kubent output) arrives with the other examples.
    await page.reload();
    for (const source of [
      'Deprecated API',
      'Component compatibility',
      'Version skew',
    ]) {
      await page
        .getByText(source, { exact: true })
        .first()
        .waitFor({ timeout: 30_000 });
    }
    await page.getByText(/apps\/v1beta1/).first().waitFor();
    await page.screenshot({
      path: join(screenshotDir, 'readiness-globex-prod.png'),
      fullPage: true,
    });

    await page.goto(`${baseUrl}/upgrades?readiness=blocked`);
    const row = page.getByRole('row').filter({
      has: page.locator('a[href="/catalog/default/resource/globex-prod"]'),
    });
    await row
      .getByText(/\d+ blockers/)
      .first()
      .waitFor({ timeout: 30_000 });
  });

  it('lists every example cluster on the fleet page, filters them and downloads them as CSV', async () => {
    const clusterLink = (name: string) =>
      page
        .getByRole('table')
        .locator(`a[href="/catalog/default/resource/${name}"]`);
    await page.goto(`${baseUrl}/upgrades`);
    for (const name of [
      'acme-prod',
      'acme-staging',
      'globex-prod',
      'globex-staging',
    ]) {
      await clusterLink(name).first().waitFor({ timeout: 30_000 });
    }

    await page.getByRole('button', { name: /^Customer/ }).click();
    await page.getByRole('option', { name: 'acme' }).click();
    await page.keyboard.press('Escape');
    await clusterLink('globex-prod')
      .first()
      .waitFor({ state: 'detached', timeout: 15_000 });
    assert.equal(await clusterLink('acme-prod').count(), 1);
    assert.equal(await clusterLink('acme-staging').count(), 1);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = (await readFile((await download.path())!, 'utf8'))
      .trim()
      .split(/\r?\n/);
    assert.equal(csv.length, 3, `a header and two rows:\n${csv.join('\n')}`);
    assert.ok(csv.some(line => line.startsWith('Acme production,')));
    assert.ok(!csv.some(line => line.includes('Globex')));
    for (const column of ['Target version', 'Ready', 'Blockers', 'History']) {
      assert.ok(csv[0].includes(column), `${column} in ${csv[0]}`);
    }
    await page.screenshot({
      path: join(screenshotDir, 'upgrade-fleet.png'),
      fullPage: true,
    });
  });
});

describe('ticket SLA in the built portal', () => {
  // The static token app-config.yaml gives a ticketing system for local use.
  const token = 'mpk-local-ticketing-token';
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${baseUrl}/api/mpk${path}`, {
      ...init,
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
      },
    });

  it('gives posted tickets the deadlines of the contract', async () => {
    const cases = [
      // [opened, severity, cluster, due (UTC)]: the contract's own examples, and the others
      [
        '2026-11-20T16:30:00-08:00',
        'normal',
        'acme-prod',
        '2026-11-23T16:30:00.000Z',
      ],
      [
        '2026-11-21T11:00:00-08:00',
        'normal',
        'acme-prod',
        '2026-11-23T17:00:00.000Z',
      ],
      [
        '2026-11-17T10:00:00-08:00',
        'low',
        'acme-prod',
        '2026-11-18T18:00:00.000Z',
      ],
      [
        '2026-11-17T16:59:59-08:00',
        'normal',
        'acme-prod',
        '2026-11-18T16:59:59.000Z',
      ],
      [
        '2026-11-10T16:30:00-08:00',
        'normal',
        'acme-prod',
        '2026-11-12T16:30:00.000Z',
      ],
      [
        '2026-11-01T01:50:00-07:00',
        'urgent',
        'acme-prod',
        '2026-11-01T09:05:00.000Z',
      ],
      [
        '2026-11-24T16:45:00-08:00',
        'high',
        'acme-staging',
        '2026-11-25T16:45:00.000Z',
      ],
    ] as const;
    for (const [openedAt, severity, cluster, dueAt] of cases) {
      const body = JSON.stringify({
        externalId: `e2e-${cluster}-${openedAt}`,
        cluster,
        severity,
        category: 'technical',
        title: `E2E ${severity} opened ${openedAt}`,
        openedAt,
      });
      const created = await api('/tickets', { method: 'POST', body });
      assert.equal(created.status, 201, await created.clone().text());
      const ticket = await created.json();
      assert.equal(ticket.sla.dueAt, dueAt, `${severity} opened ${openedAt}`);
      // The sender retries: the same ticket comes back.
      const again = await api('/tickets', { method: 'POST', body });
      assert.equal(again.status, 200);
      assert.equal((await again.json()).id, ticket.id);
    }
    const bad = await api('/tickets', {
      method: 'POST',
      body: JSON.stringify({
        cluster: 'acme-prod',
        severity: 'sev1',
        category: 'technical',
        title: 'x',
        openedAt: '2026-11-20 16:30',
      }),
    });
    assert.equal(bad.status, 400);
    assert.match((await bad.json()).error.message, /severity: .*; openedAt: /);
  });

  it("shows a cluster's open tickets with their countdowns on its page", async () => {
    await eventually(`${baseUrl}/catalog/default/resource/acme-prod`, () =>
      page
        .getByRole('table', { name: 'Open tickets' })
        .getByText('Pods pending in the payments namespace')
        .waitFor({ timeout: 10_000 }),
    );
    const row = page
      .getByRole('table', { name: 'Open tickets' })
      .getByRole('row')
      .filter({ hasText: 'Pods pending in the payments namespace' });
    assert.match(await row.innerText(), /due in \d\d:\d\d|overdue by/);
    await page
      .getByText('Ticket SLA', { exact: true })
      .scrollIntoViewIfNeeded();
    await page.screenshot({
      path: join(screenshotDir, 'sla-acme-prod.png'),
      fullPage: true,
    });
  });

  it('lists every ticket of a cluster on its Tickets tab', async () => {
    await page.goto(`${baseUrl}/catalog/default/resource/acme-prod/tickets`);
    const table = page.getByRole('table', { name: 'Tickets' });
    await table
      .getByText('etcd leader elections every few minutes')
      .waitFor({ timeout: 30_000 });
    await table.getByText('E2E low opened 2026-11-17T10:00:00-08:00').waitFor();
    await page.screenshot({
      path: join(screenshotDir, 'tickets-acme-prod.png'),
      fullPage: true,
    });
  });

  it("shows a customer's credits by month, and Acme's admin claims one", async () => {
    const page = await pageAs('Avery Brooks');
    await page.goto(`${baseUrl}/sla-credits?customer=acme&month=2026-10`);
    const breaches = page.getByRole('table', {
      name: 'Missed initial responses',
    });
    await breaches
      .getByRole('row')
      .filter({ hasText: 'Ingress returns 502 for the checkout service' })
      .getByText('Expired')
      .waitFor({ timeout: 30_000 });

    // Opened two days before the examples loaded, due 15 minutes later: claimable now.
    const breachedAt = new Date(Date.now() - 2 * 24 * 3600_000 + 15 * 60_000);
    const month = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'America/Los_Angeles',
      year: 'numeric',
      month: '2-digit',
    })
      .format(breachedAt)
      .slice(0, 7);
    await page.goto(`${baseUrl}/sla-credits?customer=acme&month=${month}`);
    const claim = page.getByRole('button', {
      name: 'Claim credit: Admission webhook timeouts block deployments',
    });
    await claim.waitFor({ timeout: 30_000 });
    await claim.click();
    await breaches
      .getByRole('row')
      .filter({ hasText: 'Admission webhook timeouts block deployments' })
      .getByText('Claimed', { exact: true })
      .waitFor({ timeout: 15_000 });
    await page
      .getByText(/^\$250$/)
      .first()
      .waitFor();
    await page.screenshot({
      path: join(screenshotDir, 'sla-credits-acme.png'),
      fullPage: true,
    });
  });
});

describe('conformance in the built portal', () => {
  const fixtures = join(
    repoRoot,
    'plugins/mpk-backend/src/conformance/__fixtures__',
  );
  const tarball =
    '202205300608_sonobuoy_d7621bef-0112-449a-a58f-8dd9a6757028.tar.gz';
  // The static token app-config.yaml gives conformance pipelines for local use.
  const upload = (cluster: string, form: FormData) =>
    fetch(`${baseUrl}/api/mpk/clusters/default/${cluster}/conformance`, {
      method: 'POST',
      headers: { Authorization: 'Bearer mpk-local-conformance-token' },
      body: form,
    });

  it('shows each example cluster with its conformance status', async () => {
    for (const [cluster, status] of [
      ['acme-prod', 'Conformant'],
      ['acme-staging', 'Non-conformant'],
      ['globex-prod', 'Stale'],
    ]) {
      await eventually(`${baseUrl}/catalog/default/resource/${cluster}`, () =>
        page
          .getByText(status, { exact: true })
          .first()
          .waitFor({ timeout: 10_000 }),
      );
    }
    await page.goto(`${baseUrl}/catalog/default/resource/acme-staging`);
    await page
      .getByText(/Conformance Tests should have at least two untainted nodes/)
      .first()
      .waitFor({ timeout: 30_000 });
    await page
      .getByText('CNCF conformance', { exact: true })
      .scrollIntoViewIfNeeded();
    await page.screenshot({
      path: join(screenshotDir, 'conformance-acme-staging.png'),
      fullPage: true,
    });
  });

  it("uploads a Sonobuoy tarball from the card as pod Blue's Senior CKA engineer, and lists the run in the history", async () => {
    const page = await pageAs('Sam Chen');
    await page.goto(`${baseUrl}/catalog/default/resource/acme-prod`);
    await page.getByRole('button', { name: 'Upload results' }).click();
    await page
      .getByLabel(/^Results:/)
      .setInputFiles(join(repoRoot, 'examples/conformance', tarball));
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await page
      .getByText('History (2 runs)', { exact: true })
      .waitFor({ timeout: 30_000 });
    // The tarball ran on Kubernetes 1.19 in 2022: the passing run stays the latest.
    await page.getByText('Conformant', { exact: true }).first().waitFor();
    await page.screenshot({
      path: join(screenshotDir, 'conformance-acme-prod.png'),
      fullPage: true,
    });
  });

  it('gives each real result, uploaded with curl-style forms, the counts of its e2e.log', async () => {
    const names = (await readdir(fixtures))
      .filter(file => file.endsWith('.junit_01.xml.gz'))
      .map(file => file.replace('.junit_01.xml.gz', ''));
    assert.equal(names.length, 8);
    for (const name of names) {
      const log = gunzipSync(
        await readFile(join(fixtures, `${name}.e2e.log.gz`)),
      ).toString('utf8');
      const [, passed, failed, skipped] =
        /(?:SUCCESS|FAIL)! -- (\d+) Passed \| (\d+) Failed \| (?:\d+ Flaked \| )?\d+ Pending \| (\d+) Skipped/.exec(
          log,
        )!;
      const form = new FormData();
      form.append('kubernetesVersion', `v${name.slice(1, 5)}.0`);
      form.append('log', new Blob([log]), 'e2e.log');
      form.append(
        'results',
        new Blob([
          gunzipSync(await readFile(join(fixtures, `${name}.junit_01.xml.gz`))),
        ]),
        'junit_01.xml',
      );
      const response = await upload('globex-prod', form);
      assert.equal(response.status, 201, await response.clone().text());
      const run = await response.json();
      assert.deepEqual(
        [run.passed, run.failed, run.skipped],
        [Number(passed), Number(failed), Number(skipped)],
        name,
      );
    }

    const form = new FormData();
    form.append(
      'results',
      new Blob([await readFile(join(fixtures, tarball))]),
      tarball,
    );
    const response = await upload('globex-prod', form);
    // The example loaded this tarball for globex-prod already: the same run comes back.
    assert.equal(response.status, 200);
    const run = await response.json();
    assert.deepEqual(
      [run.kubernetesVersion, run.passed, run.failed, run.skipped],
      ['v1.19.16', 300, 3, 5181],
    );

    const refused = new FormData();
    refused.append('results', new Blob(['not a report']), 'notes.txt');
    const bad = await upload('globex-prod', refused);
    assert.equal(bad.status, 400);
    assert.equal(
      (await bad.json()).error.message,
      'results: neither a Sonobuoy tarball (.tar.gz) nor a junit XML file',
    );
  });

  it('shows the conformance of every cluster on the fleet page', async () => {
    await page.goto(`${baseUrl}/upgrades`);
    const row = (name: string) =>
      page.getByRole('row').filter({
        has: page.locator(`a[href="/catalog/default/resource/${name}"]`),
      });
    await row('acme-staging')
      .getByText('Non-conformant', { exact: true })
      .waitFor({ timeout: 30_000 });
    await row('acme-prod').getByText('Conformant', { exact: true }).waitFor();
    await row('globex-prod').getByText('Stale', { exact: true }).waitFor();
  });
});

describe('from a design to a cluster in the built portal', () => {
  const design = 'acme-data';
  const designUrl = `${baseUrl}/catalog/default/resource/${design}`;

  /** Picks the entity whose option text matches in the picker labelled `label`. */
  async function pick(on: Page, label: RegExp, search: string, option: RegExp) {
    const field = on.getByLabel(label);
    await field.waitFor({ timeout: 30_000 });
    await field.fill(search);
    await on.getByRole('option', { name: option }).first().click();
  }

  /** Runs the Detailed design template for Acme as the Lead Architect, in `region`. */
  async function runDetailedDesign(region: string) {
    const leo = await pageAs('Leo Alvarez');
    await leo.goto(`${baseUrl}/create/templates/default/mpk-detailed-design`);
    // exact: the upgrade strategy's option text says "next to the old".
    const next = leo.getByRole('button', { name: 'Next', exact: true });

    await pick(leo, /^Customer/, 'acme', /acme/i);
    await pick(leo, /^Support pod/, 'Blue', /Blue/);
    await leo.getByLabel(/Design name/).fill(design);
    await next.click();

    await pick(leo, /^Engagement Manager/, 'erin', /erin/i);
    await pick(leo, /^Senior CKA engineer/, 'sam', /sam/i);
    await next.click();

    // The release picker offers today's supported releases and picks the newest.
    await leo
      .getByText(/\(newest\)/)
      .first()
      .waitFor({ timeout: 30_000 });
    await leo.getByText('Infrastructure', { exact: false }).first().waitFor();
    await leo.getByLabel(/^Region/).fill(region);
    await leo.screenshot({
      path: join(screenshotDir, 'design-form-stack.png'),
      fullPage: true,
    });
    await next.click();

    const environmentNames = leo.getByLabel(/^Environment name/);
    await environmentNames.first().waitFor();
    await environmentNames.nth(0).fill('data-prod');
    await environmentNames.nth(1).fill('data-staging');
    await leo.getByRole('button', { name: 'Review', exact: true }).click();
    await leo.getByRole('button', { name: 'Create', exact: true }).click();
    await leo
      .getByText('Design published', { exact: false })
      .first()
      .waitFor({ timeout: 90_000 });
    return leo;
  }

  /** Runs the provisioning template as pod Blue's Senior CKA engineer; returns the task page. */
  async function runProvisioning() {
    const sam = await pageAs('Sam Chen');
    await sam.goto(`${baseUrl}/create/templates/default/mpk-provision-cluster`);
    await sam.getByLabel(/Design name/).fill(design);
    await sam.getByRole('button', { name: 'Review', exact: true }).click();
    await sam.getByRole('button', { name: 'Create', exact: true }).click();
    return sam;
  }

  /** The design's page as Acme's admin, once its card shows `state`. */
  async function designPageAsAvery(state: RegExp) {
    const avery = await pageAs('Avery Brooks');
    await eventually(
      designUrl,
      () => avery.getByText(state).first().waitFor({ timeout: 10_000 }),
      avery,
    );
    return avery;
  }

  it('runs the Detailed design form as a Lead Architect and finds the new cluster in the catalog with its panels', async () => {
    const leo = await runDetailedDesign('us-east-1');
    await leo
      .getByText(/Version 1 of the design/)
      .first()
      .waitFor();
    await leo.screenshot({
      path: join(screenshotDir, 'design-task.png'),
      fullPage: true,
    });

    // The catalog reads the published design's clusters within seconds.
    await eventually(
      `${baseUrl}/catalog/default/resource/acme-data-prod`,
      () =>
        leo
          .getByText('Upgrade deadlines', { exact: true })
          .waitFor({ timeout: 10_000 }),
      leo,
    );
    for (const panel of ['Managed cluster', 'Ticket SLA', 'CNCF conformance']) {
      await leo
        .getByText(panel, { exact: true })
        .first()
        .waitFor({ timeout: 30_000 });
    }
    await leo.getByText('No open tickets.').waitFor();
    await leo.getByText('Unknown', { exact: true }).first().waitFor();
    await leo.screenshot({
      path: join(screenshotDir, 'design-cluster.png'),
      fullPage: true,
    });
  });

  it("shows the design document, built by Debian's mkdocs, on the design's TechDocs page", async () => {
    const avery = await pageAs('Avery Brooks');
    // The first visit builds the site; the reader shows it once built.
    await eventually(
      `${baseUrl}/docs/default/resource/${design}`,
      () =>
        avery
          .getByRole('heading', { name: /Detailed design acme-data/ })
          .first()
          .waitFor({ timeout: 60_000 }),
      avery,
      180_000,
    );
    // The reader shows the document once all its stylesheets have loaded (opacity 0 till then).
    await avery.waitForFunction(
      () => {
        const html = document.querySelector(
          '[data-testid="techdocs-native-shadowroot"]',
        )?.shadowRoot?.firstElementChild;
        return !!html && getComputedStyle(html).opacity === '1';
      },
      undefined,
      { timeout: 30_000 },
    );
    // The document's own sections, a table and the navigation of its pages, as mkdocs-material
    // renders them.
    await avery
      .getByRole('heading', { name: /^Scope/ })
      .first()
      .waitFor();
    await avery.getByRole('table').first().waitFor();
    await avery.getByRole('link', { name: 'Acceptance' }).first().waitFor();
    await avery.screenshot({
      path: join(screenshotDir, 'design-techdocs.png'),
      fullPage: true,
    });
  });

  it("refuses to provision a version Acme has not accepted; Acme's admin requests a change, accepts the next version, and it is provisioned", async () => {
    const avery = await designPageAsAvery(
      /Waiting for Acme Corporation's decision/,
    );
    await avery.getByRole('button', { name: 'Request changes' }).click();
    const dialog = avery.getByRole('dialog', {
      name: 'Request changes to version 1',
    });
    await dialog
      .getByLabel(/What should change/)
      .fill('Please run the clusters in us-west-2, next to our data.');
    await dialog.getByRole('button', { name: 'Send request' }).click();
    await avery
      .getByText(/Changes requested by/)
      .first()
      .waitFor({
        timeout: 30_000,
      });
    await avery.screenshot({
      path: join(screenshotDir, 'design-changes-requested.png'),
      fullPage: true,
    });

    // Version 1 is not accepted: provisioning stops before any pipeline run, saying why.
    const refused = await runProvisioning();
    await refused
      .getByText(/is not accepted by the customer/)
      .first()
      .waitFor({ timeout: 90_000 });
    await refused.screenshot({
      path: join(screenshotDir, 'provision-refused.png'),
      fullPage: true,
    });
    const before = await fetch(
      `${baseUrl}/api/mpk/pipeline/runs?design=${design}`,
      { headers: { Authorization: 'Bearer mpk-local-pipeline-token' } },
    );
    assert.deepEqual((await before.json()).items, []);

    const leo = await runDetailedDesign('us-west-2');
    await leo
      .getByText(/Version 2 of the design/)
      .first()
      .waitFor();

    const averyAgain = await designPageAsAvery(/What changed since version 1/);
    await averyAgain
      .getByText(/us-east-1/)
      .first()
      .waitFor();
    await averyAgain.getByRole('button', { name: 'Accept' }).click();
    await averyAgain
      .getByText(/Accepted by/)
      .first()
      .waitFor({ timeout: 30_000 });

    const sam = await runProvisioning();
    await sam
      .getByText('Deployment started', { exact: false })
      .first()
      .waitFor({ timeout: 90_000 })
      .catch(async error => {
        await sam.screenshot({
          path: join(screenshotDir, 'provision-failed.png'),
          fullPage: true,
        });
        throw error;
      });
    const runs = await fetch(
      `${baseUrl}/api/mpk/pipeline/runs?design=${design}`,
      { headers: { Authorization: 'Bearer mpk-local-pipeline-token' } },
    );
    assert.equal(runs.status, 200);
    const { items } = await runs.json();
    assert.deepEqual(items.map((r: { cluster: string }) => r.cluster).sort(), [
      'acme-data-prod',
      'acme-data-staging',
    ]);

    await eventually(
      designUrl,
      () =>
        averyAgain
          .getByText(/Provisioned by/)
          .first()
          .waitFor({ timeout: 10_000 }),
      averyAgain,
    );
    await averyAgain.screenshot({
      path: join(screenshotDir, 'design-provisioned.png'),
      fullPage: true,
    });
  });

  it("shows pod Blue's Engagement Manager each engagement's steps and dates on the Onboarding page", async () => {
    const erin = await pageAs('Erin Moreau');
    await erin.goto(`${baseUrl}/onboarding`);
    const engagements = erin.getByRole('table', { name: 'Engagements' });
    await engagements.waitFor({ timeout: 30_000 });
    const dashes = async (name: string) => {
      const row = engagements
        .getByRole('row')
        // The link reads the design's title once the catalog answers: "Detailed design <name>".
        .filter({
          has: erin.getByRole('link', { name: new RegExp(`(^|\\s)${name}$`) }),
        });
      await row.waitFor();
      const cells = await row.getByRole('cell').allInnerTexts();
      return cells.filter(text => text.trim() === '—').length;
    };
    // acme-data: pod assigned, shared, accepted and provisioned, no conformance run yet.
    assert.equal(await dashes(design), 1);
    // The example: pod assigned and shared, waiting for Acme.
    assert.equal(await dashes('acme-platform'), 3);
    await erin.screenshot({
      path: join(screenshotDir, 'onboarding-erin.png'),
      fullPage: true,
    });
  });
});

describe('each customer in its own room, and each role its own work', () => {
  const clusterLink = (on: Page, name: string) =>
    on.locator(`a[href="/catalog/default/resource/${name}"]`);
  const clustersUrl = `${baseUrl}/?filters%5Bkind%5D=resource&filters%5Buser%5D=all`;
  // The search index reads the catalog on its schedule (app-config.e2e.yaml): wait for it.
  const searchFinds = async (on: Page, term: string, cluster: string) => {
    await on.goto(`${baseUrl}/search?query=${term}`);
    await on
      .getByText(/results?/i)
      .first()
      .waitFor({ timeout: 30_000 });
    return (await clusterLink(on, cluster).count()) > 0;
  };

  it("shows Acme's developer Acme's clusters and every stack component, and no trace of Globex's cluster", async () => {
    const dana = await pageAs('Dana Kim');
    await eventually(
      clustersUrl,
      () => clusterLink(dana, 'acme-prod').first().waitFor({ timeout: 5_000 }),
      dana,
    );
    await clusterLink(dana, 'acme-staging').first().waitFor();
    assert.equal(await clusterLink(dana, 'globex-prod').count(), 0);
    await dana
      .getByText(/You see Acme Corporation's clusters only/)
      .first()
      .waitFor();
    await dana.screenshot({
      path: join(screenshotDir, 'catalog-dana-kim.png'),
      fullPage: true,
    });

    await dana.goto(
      `${baseUrl}/?filters%5Bkind%5D=component&filters%5Buser%5D=all`,
    );
    await dana.getByText('All Components (28)').waitFor({ timeout: 30_000 });

    // The auditor finds globex-prod by search once it is indexed; Dana never does.
    await eventually(
      `${baseUrl}/search?query=globex`,
      async () => assert.ok(await searchFinds(page, 'globex', 'globex-prod')),
      page,
      120_000,
    );
    assert.equal(await searchFinds(dana, 'globex', 'globex-prod'), false);

    await dana.goto(`${baseUrl}/catalog/default/resource/globex-prod`);
    await dana
      .getByText(/not found/i)
      .first()
      .waitFor({ timeout: 30_000 });
    await dana.screenshot({
      path: join(screenshotDir, 'dana-globex-not-found.png'),
      fullPage: true,
    });

    await dana.goto(`${baseUrl}/upgrades`);
    await clusterLink(dana, 'acme-prod').first().waitFor({ timeout: 30_000 });
    await dana
      .getByText(/You see Acme Corporation's clusters only/)
      .first()
      .waitFor();
    assert.equal(await clusterLink(dana, 'globex-prod').count(), 0);
    await dana.screenshot({
      path: join(screenshotDir, 'fleet-dana-kim.png'),
      fullPage: true,
    });
  });

  it('lets the admin of Globex see nothing of Acme', async () => {
    const gil = await pageAs('Gil Moreno');
    await eventually(
      clustersUrl,
      () => clusterLink(gil, 'globex-prod').first().waitFor({ timeout: 5_000 }),
      gil,
    );
    assert.equal(await clusterLink(gil, 'acme-prod').count(), 0);
    assert.equal(await clusterLink(gil, 'acme-staging').count(), 0);
    await gil.goto(`${baseUrl}/catalog/default/resource/acme-prod`);
    await gil
      .getByText(/not found/i)
      .first()
      .waitFor({ timeout: 30_000 });
    await gil.goto(`${baseUrl}/catalog/default/group/acme`);
    await gil
      .getByText(/not found/i)
      .first()
      .waitFor({ timeout: 30_000 });
    await gil.goto(`${baseUrl}/sla-credits?customer=acme`);
    await gil
      .getByText(/no customer group:default\/acme/)
      .first()
      .waitFor({
        timeout: 30_000,
      });
  });

  it("lets pod Blue's Engagement Manager edit an upgrade plan on the fleet page", async () => {
    const erin = await pageAs('Erin Moreau');
    await erin.goto(`${baseUrl}/upgrades`);
    await erin
      .getByRole('button', {
        name: 'Edit the upgrade plan of Acme staging',
      })
      .click({ timeout: 30_000 });
    const dialog = erin.getByRole('dialog');
    await dialog.getByLabel(/Planned date/).fill('2027-02-01');
    await dialog.getByLabel('Note').fill('Blue/green to the next release');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    await erin
      .getByRole('row')
      .filter({ has: clusterLink(erin, 'acme-staging') })
      .getByText(/2027-02-01/)
      .first()
      .waitFor({ timeout: 30_000 });
    await erin.screenshot({
      path: join(screenshotDir, 'fleet-plan-erin.png'),
      fullPage: true,
    });
  });
});

describe('security posture in the built portal', () => {
  const securityExamples = join(repoRoot, 'examples/security');
  // The cluster-scan pipeline's token app-config.yaml gives for local use.
  const upload = (cluster: string, files: Array<[Buffer, string]>) => {
    const form = new FormData();
    for (const [bytes, name] of files) form.append('report', new Blob([bytes]), name);
    return fetch(
      `${baseUrl}/api/mpk/clusters/default/${cluster}/security-reports`,
      {
        method: 'POST',
        headers: { Authorization: 'Bearer mpk-local-conformance-token' },
        body: form,
      },
    );
  };

  it("judges acme-prod against Acme's baseline: an exception removes a deviation, a passing run closes another with its time to correct", async () => {
    const kubeBench = await readFile(
      join(securityExamples, 'kube-bench_node-1.5_one-fail.json'),
    );
    const policyReport = await readFile(
      join(securityExamples, 'kyverno_policyreport_pod_kube-apiserver.yaml'),
    );
    const first = await upload('acme-prod', [
      [kubeBench, 'kube-bench.json'],
      [policyReport, 'policyreport.yaml'],
    ]);
    // The examples may have loaded the same reports already: then the stored ones come back.
    assert.ok([200, 201].includes(first.status), await first.text());

    const erin = await pageAs('Erin Moreau');
    await erin.goto(`${baseUrl}/catalog/default/resource/acme-prod`);
    const deviations = erin.getByRole('list', { name: 'Open deviations' });
    await deviations
      .getByText(/cis-1\.5 \/ 4\.2\.11/)
      .first()
      .waitFor({ timeout: 30_000 });
    const hostNamespaces = deviations
      .getByRole('listitem')
      .filter({ hasText: 'disallow-host-namespaces' });
    await hostNamespaces.first().waitFor();
    await hostNamespaces
      .first()
      .getByRole('button', { name: /^Add an exception for / })
      .click();
    const dialog = erin.getByRole('dialog');
    await dialog.getByLabel(/Reason/).fill('The API server needs the host network');
    await dialog
      .getByLabel(/Last day it applies/)
      .fill(
        new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
      );
    await dialog.getByRole('button', { name: 'Add exception' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    await hostNamespaces
      .first()
      .waitFor({ state: 'detached', timeout: 30_000 });
    await erin
      .getByRole('list', { name: 'Exceptions' })
      .getByText(/The API server needs the host network/)
      .first()
      .waitFor({ timeout: 30_000 });

    // A later run of kube-bench finds 4.2.11 corrected.
    const run = JSON.parse(kubeBench.toString());
    for (const control of run) {
      for (const test of control.tests) {
        for (const result of test.results) {
          if (result.test_number === '4.2.11') result.status = 'PASS';
        }
      }
    }
    const later = await upload('acme-prod', [
      [Buffer.from(JSON.stringify(run)), 'kube-bench.json'],
    ]);
    assert.equal(later.status, 201, await later.text());
    await erin.reload();
    await erin
      .getByRole('list', { name: 'Corrected deviations' })
      .getByText(/corrected on .*, \d+ days? after it was first seen/)
      .first()
      .waitFor({ timeout: 30_000 });
    assert.equal(
      await erin
        .getByRole('list', { name: 'Open deviations' })
        .getByText(/4\.2\.11/)
        .count(),
      0,
    );
    await erin.screenshot({
      path: join(screenshotDir, 'security-acme-prod.png'),
      fullPage: true,
    });
  });
});

describe('the support desk in the built portal', () => {
  it("carries a ticket from Acme's developer to pod Blue and back: the pod's first reply is the response, seen live", async () => {
    const dana = await pageAs('Dana Kim');
    const title = `Staging ingress answers 502 (${Date.now()})`;

    await dana.goto(`${baseUrl}/support`);
    await dana.getByRole('button', { name: 'Open a ticket' }).click();
    const form = dana.getByRole('dialog', { name: 'Open a ticket' });
    await form
      .getByRole('combobox', { name: 'Cluster' })
      .selectOption({ label: 'Acme staging (non-production)' });
    await form.getByRole('radio', { name: /^Urgent/ }).check();
    // The form says the target before the ticket is sent: urgent is for production only.
    await form
      .getByRole('status', { name: 'Response target' })
      .getByText(
        /^Target: non-production: urgent is answered within 1 business hour/,
      )
      .waitFor();
    await form.getByLabel('Title').fill(title);
    await form
      .getByLabel('Description')
      .fill('Since 09:12 every request through the ingress gets a 502.');
    await dana.screenshot({
      path: join(screenshotDir, 'support-open-ticket-dana.png'),
    });
    await form.getByRole('button', { name: 'Open ticket' }).click();
    await dana.waitForURL(/\/support\/tickets\/[0-9a-f-]{36}$/);
    const ticketUrl = dana.url();
    const ticketId = ticketUrl.split('/').pop()!;
    await dana.getByText('No response yet').waitFor();

    // Pod Blue's Senior CKA engineer is told of it, and replies on the ticket page.
    const sam = await pageAs('Sam Chen');
    await eventually(
      `${baseUrl}/notifications`,
      () =>
        sam
          .getByText(title, { exact: false })
          .first()
          .waitFor({ timeout: 5_000 }),
      sam,
      60_000,
    );
    await sam.screenshot({
      path: join(screenshotDir, 'support-notification-sam.png'),
      fullPage: true,
    });
    await sam.goto(ticketUrl);
    const reply = 'Looking at it: the ingress controller lost its endpoints.';
    await sam.getByLabel('Comment').fill(reply);
    await sam.getByRole('button', { name: 'Send' }).click();
    await sam.getByText('with a comment').waitFor();

    // Dana's page, never reloaded, shows the reply and the response through signals.
    await dana.getByText(reply).waitFor({ timeout: 30_000 });
    await dana.getByText('with a comment').waitFor();
    await dana.screenshot({
      path: join(screenshotDir, 'support-ticket-answered-dana.png'),
      fullPage: true,
    });
    assert.equal(dana.url(), ticketUrl);

    // The API agrees: responded at the reply's time, by Sam, in time.
    const answer = await fetch(`${baseUrl}/api/mpk/tickets/${ticketId}`, {
      headers: { Authorization: 'Bearer mpk-local-ticketing-token' },
    });
    assert.equal(answer.status, 200);
    const ticket = await answer.json();
    const samsReply = ticket.comments.find(
      (c: { body: string }) => c.body === reply,
    );
    assert.equal(samsReply.countsAsResponse, true);
    assert.equal(samsReply.side, 'provider');
    assert.equal(ticket.sla.respondedAt, samsReply.createdAt);
    assert.equal(ticket.response.by, 'user:default/sam-scka');
    assert.equal(ticket.sla.state, 'met');
    assert.equal(ticket.source, 'portal');
    assert.equal(ticket.openedBy, 'user:default/dana-acme');
  });
});

describe('the built backend in production mode', () => {
  it('refuses to start without a PostgreSQL password, in one line', async () => {
    const production = startBackend(
      backendDir,
      ['app-config.yaml', 'app-config.production.yaml'],
      cleanEnv({
        POSTGRES_HOST: '127.0.0.1',
        POSTGRES_PORT: '5432',
        POSTGRES_USER: 'postgres',
      }),
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

describe('the built backend with a bad mpk setting', () => {
  it('refuses to start with a contract time zone that does not exist, in one line naming the key', async () => {
    const misconfigured = startBackend(
      backendDir,
      ['app-config.yaml', 'packages/app/e2e-tests/app-config.e2e.yaml'],
      cleanEnv({ APP_CONFIG_mpk_contract_timeZone: 'Mars/Phobos' }),
    );
    const [code] = await once(misconfigured.process, 'exit');
    assert.equal(code, 1);
    assert.equal(
      misconfigured.output(),
      'MPK portal backend cannot start: Invalid configuration: mpk.contract.timeZone: is not an IANA time zone\n',
    );
  });
});
