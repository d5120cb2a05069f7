import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import git from 'isomorphic-git';
import fs from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFetchLocalGitAction } from './fetchLocalGit';
import { LocalRepositories } from './localRepositories';
import { createPublishLocalGitAction } from './publishLocalGit';

async function workspaceWith(files: Record<string, string>) {
  const workspace = await mkdtemp(join(tmpdir(), 'mpk-workspace-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(workspace, path, '..'), { recursive: true });
    await writeFile(join(workspace, path), content);
  }
  return workspace;
}

describe('local git publishing', () => {
  let repositories: LocalRepositories;
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'mpk-designs-'));
    repositories = new LocalRepositories(directory);
  });

  it('publishes the workspace as a commit, and a later version as another', async () => {
    const publish = createPublishLocalGitAction({ repositories });
    const first = createMockActionContext({
      input: { name: 'initech-platform' },
      workspacePath: await workspaceWith({
        'catalog-info.yaml': 'kind: Resource\n',
        'docs/index.md': '# Design\n',
      }),
    });
    await publish.handler(first);
    const dir = join(directory, 'initech-platform');
    expect(first.output).toHaveBeenCalledWith('repoPath', dir);
    expect(first.output).toHaveBeenCalledWith('remoteUrl', `file://${dir}`);

    const second = createMockActionContext({
      input: { name: 'initech-platform', message: 'Second version' },
      workspacePath: await workspaceWith({ 'docs/index.md': '# Design v2\n' }),
    });
    await publish.handler(second);

    const log = await git.log({ fs, dir });
    expect(log.map(entry => entry.commit.message.trim())).toEqual([
      'Second version',
      'Design initech-platform',
    ]);
    // The second version replaced the first: catalog-info.yaml is gone.
    expect(await git.listFiles({ fs, dir })).toEqual(['docs/index.md']);
    expect(await readFile(join(dir, 'docs/index.md'), 'utf8')).toBe(
      '# Design v2\n',
    );
  });

  it('commits nothing new when the content did not change', async () => {
    const workspacePath = await workspaceWith({ 'design.yaml': 'name: x\n' });
    const publish = createPublishLocalGitAction({ repositories });
    const ctx = () =>
      createMockActionContext({ input: { name: 'x' }, workspacePath });
    const first = ctx();
    await publish.handler(first);
    const again = ctx();
    await publish.handler(again);
    const commit = (c: typeof first) =>
      (c.output as jest.Mock).mock.calls.find(([key]) => key === 'commit')[1];
    expect(commit(again)).toBe(commit(first));
  });

  it('refuses to publish over a commit made since the workspace was fetched', async () => {
    const first = await repositories.publish(
      'initech-platform',
      await workspaceWith({ 'design.yaml': 'version: 1\n' }),
      'Version 1',
    );
    const workspacePath = await workspaceWith({});
    const fetched = createMockActionContext({
      input: { name: 'initech-platform' },
      workspacePath,
    });
    await createFetchLocalGitAction({ repositories }).handler(fetched);
    expect(fetched.output).toHaveBeenCalledWith('commit', first.commit);
    // Meanwhile the Lead Architect publishes a newer version.
    const newer = await repositories.publish(
      'initech-platform',
      await workspaceWith({ 'design.yaml': 'version: 2\n' }),
      'Version 2',
    );
    await writeFile(join(workspacePath, 'deployments.yaml'), 'runs: []\n');

    const publish = createPublishLocalGitAction({ repositories });
    await expect(
      publish.handler(
        createMockActionContext({
          input: { name: 'initech-platform', expectedHead: first.commit },
          workspacePath,
        }),
      ),
    ).rejects.toThrow(
      `the design repository moved on since it was fetched: fetched at ${first.commit}, now at ${newer.commit}; run the template again`,
    );
    const dir = join(directory, 'initech-platform');
    expect(await readFile(join(dir, 'design.yaml'), 'utf8')).toBe(
      'version: 2\n',
    );

    // Fetched at the current commit, it publishes.
    const ok = createMockActionContext({
      input: { name: 'initech-platform', expectedHead: newer.commit },
      workspacePath: await workspaceWith({
        'design.yaml': 'version: 2\n',
        'deployments.yaml': 'runs: []\n',
      }),
    });
    await publish.handler(ok);
    expect(await git.listFiles({ fs, dir })).toEqual([
      'deployments.yaml',
      'design.yaml',
    ]);
  });

  it('refuses a repository name that could leave the folder', async () => {
    const publish = createPublishLocalGitAction({ repositories });
    await expect(
      publish.handler(
        createMockActionContext({
          input: { name: '../etc' },
          workspacePath: await workspaceWith({}),
        }),
      ),
    ).rejects.toThrow(
      `repository name "../etc": may contain only lowercase letters, digits and '-' (found '.')`,
    );
  });

  it('fetches a published design into the workspace, and names a missing one', async () => {
    await repositories.publish(
      'initech-platform',
      await workspaceWith({ 'design.yaml': 'name: initech-platform\n' }),
      'Design',
    );
    const fetchAction = createFetchLocalGitAction({ repositories });
    const workspacePath = await workspaceWith({});
    const ctx = createMockActionContext({
      input: { name: 'initech-platform' },
      workspacePath,
    });
    await fetchAction.handler(ctx);
    expect(await readFile(join(workspacePath, 'design.yaml'), 'utf8')).toBe(
      'name: initech-platform\n',
    );
    expect(fs.existsSync(join(workspacePath, '.git'))).toBe(false);

    await expect(
      fetchAction.handler(
        createMockActionContext({
          input: { name: 'nothing-here' },
          workspacePath,
        }),
      ),
    ).rejects.toThrow(`No published design "nothing-here" in ${directory}`);
  });
});
