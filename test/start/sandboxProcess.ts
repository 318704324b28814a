/**
 * Adobe's sandbox as `npm start` runs it: scripts/sandbox/runSandbox.cjs in a folder with npm
 * start's .sandbox (the container pointing at a Graph stand-in), its output turned into npm
 * start's terminal lines, and the results it reports for the verdict lines. The sandbox's fixed
 * ports 3000 and 4000 belong to a developer's npm start, so this one listens on free ports: a
 * preload moves its two listen() calls.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startGraphStandIn, type GraphStandIn } from '../../scripts/graph-stand-in/server';
import { LOCAL_ACCESS_TOKEN } from '../../scripts/sandbox/container';
import type { EdgeResult } from '../../scripts/sandbox/edgeResult';
import { writeSandboxFolder } from '../../scripts/sandbox/sandboxFolder';
import { lineWriter } from '../../scripts/sandbox/terminal';

export const ROOT = join(__dirname, '..', '..');

interface SandboxProcess {
  /** Its POST /process-edge-request. */
  url: string;
  /** What npm start's terminal shows of its output since it started serving. */
  terminal: string[];
  /** The edge results it reported, from which npm start prints its verdict lines. */
  results: EdgeResult[];
  /** Resolves once `ready()` holds, checked again at each new line, result or exit (the test's timeout bounds it). */
  until(ready: () => boolean): Promise<void>;
  running(): boolean;
  stop(): Promise<void>;
}

export interface SandboxFixture {
  graph: GraphStandIn;
  sandbox: SandboxProcess;
  /** A temporary folder for the test's request files. */
  dir: string;
}

/** For a test file: a Graph stand-in and npm start's sandbox using it, started before its tests, stopped after. */
export function sandboxFixture(): SandboxFixture {
  const fixture = { dir: mkdtempSync(join(tmpdir(), 'capi-requests-')) } as SandboxFixture;
  beforeAll(async () => {
    fixture.graph = await startGraphStandIn({ validTokens: [LOCAL_ACCESS_TOKEN] });
    fixture.sandbox = await startSandbox(fixture.graph.url);
  });
  afterAll(async () => {
    await fixture.sandbox?.stop();
    await fixture.graph?.close();
    rmSync(fixture.dir, { recursive: true, force: true });
  });
  return fixture;
}

/** A terminal's environment: without vitest's NODE_ENV=test, with which Express logs no errors. */
function terminalEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { NODE_ENV: _, ...env } = process.env;
  return { ...env, ...extra };
}

/**
 * Runs `npm run send -- <args>` as a terminal would. Not spawnSync: this process holds the Graph
 * stand-in, which must go on answering the sandbox meanwhile.
 */
export function runSend(
  args: string[],
  url: string,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/send.ts', ...args], {
      cwd: ROOT,
      env: terminalEnv({ CAPI_SANDBOX_URL: url }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

async function startSandbox(graphApiBaseUrl: string): Promise<SandboxProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'capi-sandbox-run-'));
  // The sandbox reads ./extension.json, ./.sandbox and ./node_modules from its working directory.
  for (const entry of ['extension.json', 'dist', 'node_modules']) symlinkSync(join(ROOT, entry), join(dir, entry));
  const path = writeSandboxFolder(dir, graphApiBaseUrl, () => {});
  const [http, https] = [await freePort(), await freePort()];
  const movePorts =
    "import net from 'node:net'; const listen = net.Server.prototype.listen; " +
    'net.Server.prototype.listen = function (port, ...rest) { ' +
    `return listen.call(this, port === 3000 ? ${http} : port === 4000 ? ${https} : port, ...rest); };`;
  const child = spawn(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(movePorts)}`, join(ROOT, 'scripts/sandbox/runSandbox.cjs')],
    { cwd: dir, env: terminalEnv({ PATH: path }), stdio: ['ignore', 'pipe', 'pipe', 'ipc'] },
  );

  const waiters: (() => void)[] = [];
  const changed = () => waiters.splice(0).forEach((wake) => wake());
  const running = () => child.exitCode === null && child.signalCode === null;
  const sandbox: SandboxProcess = {
    url: `http://127.0.0.1:${http}/process-edge-request`,
    terminal: [],
    results: [],
    until: (ready) =>
      ready() ? Promise.resolve() : new Promise((wake) => waiters.push(() => void sandbox.until(ready).then(wake))),
    running,
    async stop() {
      if (running()) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.setEncoding('utf8');
    stream.on(
      'data',
      lineWriter('[sandbox]', (line) => {
        sandbox.terminal.push(line.trimEnd());
        changed();
      }),
    );
  }
  child.on('message', (message: { edgeResult?: EdgeResult }) => {
    if (message.edgeResult) sandbox.results.push(message.edgeResult);
    changed();
  });
  child.on('exit', changed);

  await sandbox.until(
    () => sandbox.terminal.some((line) => line.includes('Extension sandbox running at')) || !running(),
  );
  if (!running()) throw new Error(`the sandbox exited while starting:\n${sandbox.terminal.join('\n')}`);
  sandbox.terminal.length = 0; // the start-up lines
  return sandbox;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
