// The example identity provider for the browser test: started with plain node, as `npm start`
// does, before the backend (which reads its discovery document when it starts), and a sign-in
// through it in Chromium, popup and redirects included.
import { type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  type CapturedProcess,
  cleanEnv,
  repoRoot,
  spawnNode,
} from './builtBackend.mts';

export const exampleIdpMain = join(
  repoRoot,
  'packages/example-idp/src/main.ts',
);

export interface ExampleIdpProcess {
  process: ChildProcess;
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** Runs the example identity provider's command line with the given arguments. */
export function runExampleIdp(
  args: string[],
  env: NodeJS.ProcessEnv = cleanEnv(),
): CapturedProcess {
  return spawnNode([exampleIdpMain, ...args], repoRoot, env);
}

/**
 * Starts the example identity provider on `port` for a backend at `backendUrl`, and resolves once
 * its discovery document answers.
 */
export async function startExampleIdp(options: {
  port: number;
  backendUrl: string;
  orgFiles?: string[];
  timeoutMs?: number;
}): Promise<ExampleIdpProcess> {
  const url = `http://localhost:${options.port}`;
  const idp = runExampleIdp([
    '--port',
    String(options.port),
    '--redirect-uri',
    `${options.backendUrl}/api/auth/oidc/handler/frame`,
    ...(options.orgFiles ?? []).flatMap(file => [
      '--org',
      join(repoRoot, file),
    ]),
  ]);
  const stop = async () => {
    if (idp.process.exitCode === null && idp.process.signalCode === null) {
      idp.process.kill();
      await once(idp.process, 'exit');
    }
  };
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  while (Date.now() < deadline) {
    if (idp.process.exitCode !== null) {
      throw new Error(
        `the example identity provider exited with ${
          idp.process.exitCode
        }:\n${idp.output()}`,
      );
    }
    const answers = await fetch(`${url}/.well-known/openid-configuration`).then(
      r => r.ok,
      () => false,
    );
    if (answers) return { ...idp, url, stop };
    await new Promise(r => setTimeout(r, 200));
  }
  await stop();
  throw new Error(
    `the example identity provider does not answer at ${url}:\n${idp.output()}`,
  );
}

/**
 * Signs in on the portal's sign-in page (where `page` is) through the example identity provider:
 * the "Sign In" button of its card opens the popup, which shows the provider's persona list; a
 * click on the persona goes through the provider and back to the backend, which hands the result
 * to the app and closes the popup.
 */
export async function signInWithExampleIdp(
  page: Page,
  displayName: string,
): Promise<void> {
  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Sign In', exact: true }).click(),
  ]);
  const persona = popup.getByRole('button', { name: displayName, exact: true });
  await persona.waitFor({ timeout: 30_000 });
  await Promise.all([popup.waitForEvent('close'), persona.click()]);
}
