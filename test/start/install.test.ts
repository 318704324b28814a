/**
 * `npm test` and `npm start` install what is missing themselves (scripts/ensureInstalled.mjs).
 * Its decisions run here with injected commands; for real, it runs on temporary clones: a tiny
 * one (a single local package, so a real `npm ci` takes a second) against a registry that
 * answers and one that cannot be reached, and this repository's own lockfile with no registry
 * and an empty cache. CI's fresh clone installs the whole lockfile once, in npm test's own step.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const SCRIPT = 'scripts/ensureInstalled.mjs';
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

type Run = (command: string, args: string[], options: { show: boolean }) => Promise<{ status: number; output: string }>;
const { ensureInstalled, BOUNDED, NPM_CI } = (await import(pathToFileURL(join(ROOT, SCRIPT)).href)) as {
  ensureInstalled(options: {
    root: string;
    label: string;
    run?: Run;
    log?: (line: string) => void;
    error?: (line: string) => void;
  }): Promise<number>;
  BOUNDED: string[];
  NPM_CI: string[];
};

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'capi-install-'));
  dirs.push(dir);
  return dir;
}

/** A clone of a project whose one dependency, `tiny`, is a local package with a bin. */
function tinyClone(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'scripts'));
  mkdirSync(join(dir, 'tiny'));
  copyFileSync(join(ROOT, SCRIPT), join(dir, SCRIPT));
  const write = (file: string, value: unknown) => writeFileSync(join(dir, file), JSON.stringify(value, null, 2));
  write('tiny/package.json', { name: 'tiny', version: '1.0.0', bin: { tiny: 'cli.js' } });
  writeFileSync(join(dir, 'tiny/cli.js'), '#!/usr/bin/env node\nconsole.log("tiny");\n');
  write('package.json', { name: 'fixture', private: true, devDependencies: { tiny: 'file:tiny' } });
  write('package-lock.json', {
    name: 'fixture',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'fixture', devDependencies: { tiny: 'file:tiny' } },
      'node_modules/tiny': { resolved: 'tiny', link: true },
      tiny: { version: '1.0.0', dev: true, bin: { tiny: 'cli.js' } },
    },
  });
  return dir;
}

/** The environment of a terminal, not of this npm run (its npm_* variables point npm at this repository). */
function shellEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^npm_/i.test(key) || /^npm_config_(cache|userconfig|https?_proxy|proxy|noproxy)$/i.test(key),
    ),
  );
  return { ...env, ...extra };
}

/** Runs the install step as the package scripts do: `node scripts/ensureInstalled.mjs test` in the clone. */
function installStep(cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SCRIPT, 'test'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** A registry address on 127.0.0.1 that refuses connections: bound, then closed. */
async function closedRegistry(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/`;
}

/** Runs `ensureInstalled` on `root` with scripted command results, recording what it ran and said. */
async function decide(root: string, results: Record<string, { status: number; output?: string }>) {
  const commands: string[] = [];
  const lines: string[] = [];
  const code = await ensureInstalled({
    root,
    label: 'test',
    run: async (command, args) => {
      const line = [command, ...args].join(' ');
      commands.push(line);
      return { output: '', ...(results[line] ?? { status: 0 }) };
    },
    log: (line) => lines.push(line),
    error: (line) => lines.push(`error: ${line}`),
  });
  return { code, commands, lines };
}

const PING = ['npm', 'ping', ...BOUNDED].join(' ');
const CI = ['npm', ...NPM_CI].join(' ');
const CI_OFFLINE = `${CI} --offline --loglevel=error`;
/** Real npm runs take a few seconds; a loaded machine may take several times that. */
const REAL_NPM_TIMEOUT = 90_000;
const REFUSED = { status: 1, output: 'npm notice PING http://127.0.0.1:9/\nnpm error code ECONNREFUSED' };

describe('the install step of npm test and npm start', () => {
  it('comes right after the Node.js check in both scripts', () => {
    expect(pkg.scripts.test.split(' && ')[1]).toBe(`node ${SCRIPT} test`);
    expect(pkg.scripts.start.split(' && ')[1]).toBe(`node ${SCRIPT} start`);
  });

  it('does nothing, and says nothing, when every dependency is installed (this repository)', async () => {
    expect(await decide(ROOT, {})).toEqual({ code: 0, commands: [], lines: [] });
  });

  it('with no node_modules: asks the registry once, bounded, then runs npm ci', async () => {
    expect(await decide(tinyClone(), {})).toEqual({
      code: 0,
      commands: [PING, CI],
      lines: ['[test] no node_modules: running npm ci (needs the npm registry once; later runs work offline)'],
    });
  });

  it('with one package missing: names it; a failed npm ci keeps its exit code and says what to do', async () => {
    const dir = tinyClone();
    mkdirSync(join(dir, 'node_modules'));
    expect(await decide(dir, { [CI]: { status: 3 } })).toEqual({
      code: 3,
      commands: [PING, CI],
      lines: [
        '[test] 1 missing package(s), e.g. tiny: running npm ci (needs the npm registry once; later runs work offline)',
        'error: [test] npm ci failed; fix the error above and run npm test again.',
      ],
    });
  });

  it('a registry that answers with an error is not a network failure: npm ci runs, and says why it fails', async () => {
    const result = await decide(tinyClone(), { [PING]: { status: 1, output: 'npm error code E401' } });
    expect(result.commands).toEqual([PING, CI]);
  });

  it("an unreachable registry: npm's cache alone, then what to do when it does not hold every package", async () => {
    const fromCache = await decide(tinyClone(), { [PING]: REFUSED });
    expect(fromCache.commands).toEqual([PING, CI_OFFLINE]);
    expect(fromCache.lines.slice(1)).toEqual([
      "[test] http://127.0.0.1:9/ could not be reached (ECONNREFUSED); trying npm's cache alone (npm ci --offline)",
      "[test] installed from npm's cache",
    ]);

    const notCached = await decide(tinyClone(), { [PING]: REFUSED, [CI_OFFLINE]: { status: 1 } });
    expect(notCached.code).toBe(1);
    expect(notCached.lines.slice(2)).toEqual([
      'error: [test] Cannot install: the npm registry http://127.0.0.1:9/ could not be reached (ECONNREFUSED), ' +
        "and npm's cache does not hold every package.",
      'error: [test] Connect to the network, or point npm at a reachable registry or proxy ' +
        '(npm config get registry / proxy), then run npm test again.',
    ]);
  });

  it(
    'for real, on a tiny clone: npm ci against a registry that answers, then nothing the next time',
    async () => {
      // It answers npm ping; the clone's one package is local, so npm ci asks nothing more.
      const registry = createHttpServer((_, res) =>
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
      );
      await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
      try {
        const dir = tinyClone();
        const env = shellEnv({
          npm_config_registry: `http://127.0.0.1:${(registry.address() as AddressInfo).port}/`,
          npm_config_cache: join(dir, '.cache'),
        });
        const first = await installStep(dir, env);
        expect(first.code, first.output).toBe(0);
        expect(first.output).toContain('[test] no node_modules: running npm ci');
        expect(first.output).not.toContain('could not be reached');
        expect(existsSync(join(dir, 'node_modules/.bin/tiny'))).toBe(true);

        expect(await installStep(dir, env)).toEqual({ code: 0, output: '' });
      } finally {
        await new Promise((resolve) => registry.close(resolve));
      }
    },
    REAL_NPM_TIMEOUT,
  );

  it(
    "for real, on a tiny clone with no registry: installed from npm's cache alone",
    async () => {
      const dir = tinyClone();
      const registry = await closedRegistry();
      const result = await installStep(
        dir,
        shellEnv({ npm_config_registry: registry, npm_config_cache: join(dir, '.c') }),
      );

      expect(result.code, result.output).toBe(0);
      expect(result.output).toContain(`[test] ${registry} could not be reached (ECONNREFUSED)`);
      expect(result.output).toContain("[test] installed from npm's cache");
      expect(existsSync(join(dir, 'node_modules/.bin/tiny'))).toBe(true);
    },
    REAL_NPM_TIMEOUT,
  );

  it(
    "for real, this repository's lockfile with no registry and an empty cache: stops with what to do",
    async () => {
      const dir = tempDir();
      mkdirSync(join(dir, 'scripts'));
      for (const file of ['package.json', 'package-lock.json', SCRIPT]) copyFileSync(join(ROOT, file), join(dir, file));
      const registry = await closedRegistry();
      const result = await installStep(
        dir,
        shellEnv({ npm_config_registry: registry, npm_config_cache: join(dir, '.c') }),
      );

      expect(result.code).toBe(1);
      expect(result.output).toContain(`the npm registry ${registry} could not be reached (ECONNREFUSED)`);
      expect(result.output).toContain('then run npm test again');
      expect(existsSync(join(dir, 'node_modules', 'typescript'))).toBe(false);
    },
    REAL_NPM_TIMEOUT,
  );
});
