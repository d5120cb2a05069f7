// Runs the production build of the backend: the bundle `backstage-cli repo build --all` writes
// to packages/backend/dist, as a deployment would unpack it, with the repository's installed
// dependencies linked in instead of a second install.
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { extract } from 'tar';

export const repoRoot = resolve(import.meta.dirname, '../../..');
const bundleFile = join(repoRoot, 'packages/backend/dist/bundle.tar.gz');
const stageDir = join(repoRoot, '.tmp/e2e/backend');

/** Unpacks the backend bundle and links dependencies; workspace packages come from the bundle. */
export async function stageBuiltBackend(): Promise<string> {
  if (!existsSync(bundleFile)) {
    throw new Error(
      `${bundleFile} is missing: run "backstage-cli repo build --all" first`,
    );
  }
  await rm(stageDir, { recursive: true, force: true });
  await mkdir(stageDir, { recursive: true });
  await extract({ file: bundleFile, cwd: stageDir });

  const bundled = new Map<string, string>();
  for (const group of ['packages', 'plugins']) {
    for (const dir of await readdir(join(stageDir, group))) {
      const manifest = await readFile(
        join(stageDir, group, dir, 'package.json'),
        'utf8',
      );
      const { name } = JSON.parse(manifest) as { name: string };
      bundled.set(name, join(stageDir, group, dir));
    }
  }

  const installed = join(repoRoot, 'node_modules');
  const linked = join(stageDir, 'node_modules');
  await mkdir(linked);
  for (const entry of await readdir(installed)) {
    if (entry.startsWith('.')) continue;
    if (entry.startsWith('@')) {
      await mkdir(join(linked, entry));
      for (const scoped of await readdir(join(installed, entry))) {
        const name = `${entry}/${scoped}`;
        await symlink(
          bundled.get(name) ?? join(installed, name),
          join(linked, name),
        );
      }
    } else {
      await symlink(
        bundled.get(entry) ?? join(installed, entry),
        join(linked, entry),
      );
    }
  }
  return join(stageDir, 'packages/backend');
}

/** The environment of a backend under test: none of the caller's settings leak in. */
export function cleanEnv(
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(POSTGRES_|APP_CONFIG_|MPK_)/.test(key)) delete env[key];
  }
  return { ...env, ...extra };
}

/** A child process of the test, with what it printed so far (stdout and stderr together). */
export interface CapturedProcess {
  process: ChildProcess;
  output: () => string;
}

/** Runs a Node.js script in `cwd`, keeping what it prints for the failure messages. */
export function spawnNode(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): CapturedProcess {
  const child = spawn(process.execPath, args, {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', chunk => (output += chunk));
  child.stderr!.on('data', chunk => (output += chunk));
  return { process: child, output: () => output };
}

/** Starts the staged backend with the given config files, from packages/backend like a dev run. */
export function startBackend(
  backendDir: string,
  configFiles: string[],
  env: NodeJS.ProcessEnv = cleanEnv(),
): CapturedProcess {
  return spawnNode(
    [
      backendDir,
      ...configFiles.flatMap(file => ['--config', join(repoRoot, file)]),
    ],
    join(repoRoot, 'packages/backend'),
    env,
  );
}

/** Resolves once the backend reports ready, or fails with what it printed. */
export async function waitUntilReady(
  baseUrl: string,
  backend: { process: ChildProcess; output: () => string },
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (backend.process.exitCode !== null) {
      throw new Error(
        `backend exited with ${backend.process.exitCode}:\n${backend.output()}`,
      );
    }
    const ready = await fetch(`${baseUrl}/.backstage/health/v1/readiness`).then(
      r => r.ok,
      () => false,
    );
    if (ready) return;
    await new Promise(r => setTimeout(r, 500));
  }
  throw new Error(
    `backend not ready after ${timeoutMs} ms:\n${backend.output()}`,
  );
}
