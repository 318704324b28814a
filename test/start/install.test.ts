/**
 * `npm test` and `npm start` install what is missing themselves. Their first step runs here on a
 * temporary copy of what a fresh clone holds for it (package.json, the lockfile, the step's
 * script) and no node_modules: once against a registry that cannot be reached, once for real.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const INSTALL_STEP = 'node scripts/ensureInstalled.mjs';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function freshClone(): string {
  const dir = mkdtempSync(join(tmpdir(), 'capi-fresh-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'scripts'));
  for (const file of ['package.json', 'package-lock.json', 'scripts/ensureInstalled.mjs'])
    copyFileSync(join(ROOT, file), join(dir, file));
  return dir;
}

/** The environment of a terminal, not of this npm run (its npm_* variables point npm at this repository). */
function shellEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) =>
        !/^npm_/i.test(key) || /^npm_config_(registry|cache|userconfig|https?_proxy|proxy|noproxy)$/i.test(key),
    ),
  );
  return { ...env, ...extra };
}

function run(command: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', command], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** A port on 127.0.0.1 that refuses connections: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('the install step of npm test and npm start', () => {
  it('is the first command of both scripts', () => {
    expect(pkg.scripts.test.split(' && ')[1]).toBe(`${INSTALL_STEP} test`);
    expect(pkg.scripts.start.split(' && ')[1]).toBe(`${INSTALL_STEP} start`);
  });

  it('stops with what to do when the registry cannot be reached and the cache is empty', async () => {
    const dir = freshClone();
    const registry = `http://127.0.0.1:${await closedPort()}/`;
    const result = await run(
      `${INSTALL_STEP} test`,
      dir,
      shellEnv({ npm_config_registry: registry, npm_config_cache: join(dir, '.empty-cache') }),
    );

    expect(result.code).toBe(1);
    expect(result.output).toContain(`[test] ${registry} could not be reached (ECONNREFUSED)`);
    expect(result.output).toContain(`the npm registry ${registry} could not be reached`);
    expect(result.output).toContain('then run npm test again');
    expect(existsSync(join(dir, 'node_modules', 'typescript'))).toBe(false);
  }, 90_000);

  it('installs the lockfile on a clone with no node_modules, quietly, and does nothing the next time', async () => {
    const dir = freshClone();
    const step = pkg.scripts.test.split(' && ')[1];
    const first = await run(step, dir, shellEnv());

    expect(first.code, first.output).toBe(0);
    expect(first.output).toContain('[test] no node_modules: running npm ci');
    expect(first.output).not.toContain('ERESOLVE');
    for (const bin of ['tsc', 'tsx', 'vitest', 'reactor-packager'])
      expect(existsSync(join(dir, 'node_modules', '.bin', bin)), bin).toBe(true);

    const again = await run(step, dir, shellEnv());
    expect(again).toEqual({ code: 0, output: '' });
  }, 300_000);
});
