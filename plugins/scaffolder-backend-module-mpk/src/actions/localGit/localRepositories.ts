import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { explainDnsLabelProblem } from '@mpk-portal/plugin-mpk-common';
import git from 'isomorphic-git';
import fs from 'node:fs';
import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';

const author = { name: 'MPK portal', email: 'mpk-portal@localhost' };

/** Every file below a folder, as paths relative to it, without the `.git` folder. */
async function filesBelow(root: string, dir = root): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === '.git') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await filesBelow(root, path)));
    else files.push(relative(root, path).split('\\').join('/'));
  }
  return files;
}

/**
 * Git repositories in a folder of the backend's machine, one per design: where the default
 * install publishes designs without GitHub, and where the catalog reads their clusters from.
 */
export class LocalRepositories {
  constructor(private readonly directory: string) {}

  /** The folder of a repository; the name must be a DNS label, so it cannot leave the folder. */
  pathOf(name: string): string {
    const problem = explainDnsLabelProblem(name);
    if (problem) {
      throw new InputError(`repository name "${name}": ${problem}`);
    }
    return resolveSafeChildPath(this.directory, name);
  }

  /**
   * Makes the repository's files those of `source` and commits them; a new repository is created
   * first. Returns the commit, which is the current one when nothing changed.
   * With `expectedHead` (the commit the source was fetched at), refuses to publish when the
   * repository moved on since, rather than silently reverting the newer commit.
   */
  async publish(
    name: string,
    source: string,
    message: string,
    expectedHead?: string,
  ): Promise<{ path: string; commit: string; created: boolean }> {
    const dir = this.pathOf(name);
    const created = !fs.existsSync(join(dir, '.git'));
    if (expectedHead !== undefined) {
      const head = created
        ? 'none (the repository does not exist)'
        : await git.resolveRef({ fs, dir, ref: 'HEAD' });
      if (head !== expectedHead) {
        throw new InputError(
          `the design repository moved on since it was fetched: fetched at ${expectedHead}, now at ${head}; run the template again`,
        );
      }
    }
    await mkdir(dir, { recursive: true });
    if (created) await git.init({ fs, dir, defaultBranch: 'main' });
    for (const file of await filesBelow(dir)) {
      await rm(join(dir, file));
      await git.remove({ fs, dir, filepath: file });
    }
    await cp(source, dir, {
      recursive: true,
      filter: path => !path.split(/[\\/]/).includes('.git'),
    });
    for (const file of await filesBelow(dir)) {
      await git.add({ fs, dir, filepath: file });
    }
    const changed = (await git.statusMatrix({ fs, dir })).some(
      ([, head, workdir, stage]) => head !== 1 || workdir !== 1 || stage !== 1,
    );
    const commit =
      created || changed
        ? await git.commit({ fs, dir, message, author })
        : await git.resolveRef({ fs, dir, ref: 'HEAD' });
    return { path: dir, commit, created };
  }

  /** Copies the files of a repository's last commit into `target`; returns the commit. */
  async checkout(name: string, target: string): Promise<string> {
    const dir = this.pathOf(name);
    if (!fs.existsSync(join(dir, '.git'))) {
      throw new InputError(
        `No published design "${name}" in ${this.directory}`,
      );
    }
    const commit = await git.resolveRef({ fs, dir, ref: 'HEAD' });
    await mkdir(target, { recursive: true });
    for (const file of await filesBelow(dir)) {
      await mkdir(join(target, file, '..'), { recursive: true });
      await cp(join(dir, file), join(target, file));
    }
    return commit;
  }

  /** The names of the repositories in the folder. */
  async names(): Promise<string[]> {
    if (!fs.existsSync(this.directory)) return [];
    const entries = await readdir(this.directory, { withFileTypes: true });
    return entries
      .filter(
        e =>
          e.isDirectory() &&
          fs.existsSync(join(this.directory, e.name, '.git')),
      )
      .map(e => e.name)
      .sort();
  }
}
