import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import {
  ProductionRefusedError,
  productionRefusal,
  refuseProduction,
} from './production.ts';
import { startExampleIdp } from './server.ts';

const mainFile = resolve(__dirname, 'main.ts');

describe('refuseProduction', () => {
  it('refuses NODE_ENV=production with one line', () => {
    expect(() => refuseProduction({ NODE_ENV: 'production' })).toThrow(
      ProductionRefusedError,
    );
    expect(() => refuseProduction({ NODE_ENV: ' Production ' })).toThrow(
      productionRefusal,
    );
    expect(productionRefusal).not.toContain('\n');
  });

  it('lets development, test and an unset NODE_ENV through', () => {
    for (const NODE_ENV of ['development', 'test', undefined]) {
      expect(() => refuseProduction({ NODE_ENV })).not.toThrow();
    }
  });
});

describe('startExampleIdp in production', () => {
  it('refuses before reading the org file or opening a port', async () => {
    await expect(
      startExampleIdp({
        orgFile: '/nonexistent/org.yaml',
        port: 0,
        clients: [],
        env: { NODE_ENV: 'production' },
      }),
    ).rejects.toThrow(productionRefusal);
  });
});

describe('the command line', () => {
  it('exits with 1 and prints the one line with NODE_ENV=production', async () => {
    const child = spawn(process.execPath, [mainFile, '--port', '0'], {
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', chunk => (stdout += chunk));
    child.stderr.on('data', chunk => (stderr += chunk));
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(stderr).toBe(`${productionRefusal}\n`);
    expect(stdout).toBe('');
  });
});
