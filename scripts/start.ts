/**
 * `npm start`: the extension running locally, offline, against a Meta-shaped endpoint.
 * (scripts/ensureInstalled.mjs has already run `npm ci` if anything was missing.)
 * Builds, starts the Graph API stand-in on 127.0.0.1, writes .sandbox/container.js pointing the
 * extension at it and the page that opens the view sandbox on that rule, and runs Adobe's sandbox
 * (fixed ports 3000 and 4000), printing a verdict line for every event. Ctrl-C stops both.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startGraphStandIn, type GraphStandIn } from './graph-stand-in/server';
import { ROOT } from './manifest';
import { LOCAL_ACCESS_TOKEN, LOCAL_PIXEL_ID, RULE_NAME } from './sandbox/container';
import { readEdgeResult, verdictLines, type EdgeResult } from './sandbox/edgeResult';
import { writeSandboxFolder } from './sandbox/sandboxFolder';
import { lineWriter } from './sandbox/terminal';
import { VIEW_SANDBOX_PRESET_PATH } from './sandbox/viewSandboxPreset';

const SANDBOX_PORTS = [3000, 4000] as const; // hard-coded in @adobe/reactor-sandbox
/** The sandbox's CLI, run by a wrapper that reports each edge request's result over IPC. */
const SANDBOX_RUNNER = join(ROOT, 'scripts/sandbox/runSandbox.cjs');
const EXAMPLE_REQUEST = 'scripts/example-edge-request.json';
const READY_TIMEOUT_MS = 30_000;

const say = (line: string) => console.log(`[start] ${line}`);

/** What is running, so that every way out (Ctrl-C, a failure, the sandbox dying) stops it all. */
const running: { sandbox?: ChildProcess; graph?: GraphStandIn; stopping?: boolean } = {};

async function main(): Promise<void> {
  for (const port of SANDBOX_PORTS) await assertPortFree(port);

  say('building (npm run build)');
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed; see above.');

  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  const graph = await startGraphStandIn({
    validTokens: [LOCAL_ACCESS_TOKEN],
    log: (line) => console.log(`[graph stand-in] ${line}`),
  });
  running.graph = graph;
  const path = writeSandboxFolder(ROOT, graph.url, say);
  say(`wrote .sandbox/container.js: pixel ${LOCAL_PIXEL_ID}, graphApiBaseUrl ${graph.url}, rule "${RULE_NAME}"`);
  say(`wrote .sandbox${VIEW_SANDBOX_PRESET_PATH}: opens the view sandbox on that rule`);

  const sandbox = spawn(process.execPath, [SANDBOX_RUNNER], {
    cwd: ROOT,
    env: { ...process.env, PATH: path },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  running.sandbox = sandbox;
  prefixLines(sandbox, '[sandbox]');
  sandbox.on('message', (message: { edgeResult?: EdgeResult }) => {
    if (!message?.edgeResult) return;
    const lines = verdictLines(readEdgeResult(message.edgeResult));
    for (const line of lines.length ? lines : ['the request ran no rule']) console.log(`[verdict] ${line}`);
  });
  sandbox.on('exit', (code, signal) => {
    if (running.stopping) return;
    // Ctrl-C reaches the sandbox too (same process group), sometimes before it reaches us.
    if (signal === 'SIGINT') return void stopAll(0);
    console.error(`[start] the sandbox stopped (${signal ?? `exit code ${code}`}); stopping the Graph stand-in.`);
    void stopAll(code || 1);
  });

  await waitUntilServing(`http://127.0.0.1:${SANDBOX_PORTS[0]}/`, sandbox);
  printBanner(graph.url);
}

async function stopAll(exitCode: number): Promise<void> {
  if (running.stopping) return;
  running.stopping = true;
  const { sandbox, graph } = running;
  if (sandbox && sandbox.exitCode === null && sandbox.signalCode === null) {
    say('stopping the sandbox and the Graph stand-in');
    const exited = new Promise((resolve) => sandbox.once('exit', resolve));
    sandbox.kill('SIGTERM');
    const timer = setTimeout(() => sandbox.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  await graph?.close();
  process.exit(exitCode);
}

/** The sandbox binds 3000 (all interfaces) and 4000 with no way to move them: check first. */
function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `port ${port} is in use (another sandbox or npm start?). ` +
                `The sandbox needs ports ${SANDBOX_PORTS.join(' and ')}; stop what holds it and run npm start again.`
            : `cannot check port ${port}: ${error.message}`,
        ),
      ),
    );
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

async function waitUntilServing(url: string, sandbox: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (sandbox.exitCode !== null) throw new Error('the sandbox exited while starting; see its output above.');
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      await response.body?.cancel();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the sandbox did not answer on ${url} within ${READY_TIMEOUT_MS / 1000} s.`);
}

function printBanner(graphUrl: string): void {
  const curl = `curl -sS -X POST http://localhost:3000/process-edge-request -H 'content-type: application/json' --data @${EXAMPLE_REQUEST}`;
  console.log(`
  Meta CAPI Forwarder is running locally (offline).

  Views on this rule (configuration and action):  http://localhost:3000${VIEW_SANDBOX_PRESET_PATH}
    (stores the rule's settings for the view sandbox, then opens http://localhost:3000/#/viewSandbox)
  Rules and data elements (editor):               http://localhost:3000/#/libraryEditor
  Edge runner:                                    POST http://localhost:3000/process-edge-request
  Meta Graph API stand-in:                        ${graphUrl}  (checks each event the way Meta documents)

  Send the example Edge event (${EXAMPLE_REQUEST}; it has no xdm.timestamp, so
  the Purchase is timed "now" and stays inside Meta's 7-day window), from another terminal:

    npm run send                 # or: npm run send -- path/to/edge-request.json

  It prints the rule status, the action's result or error, and the warnings. The full answer
  (every engine trace) comes from:

    ${curl}

  Here, each event gets a [verdict] line (accepted, refused by the action, rejected by Meta,
  skipped) and the stand-in prints what it received as [graph stand-in]. Ctrl-C stops everything.
`);
}

function prefixLines(child: ChildProcess, prefix: string): void {
  for (const [stream, out] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    stream?.setEncoding('utf8');
    stream?.on(
      'data',
      lineWriter(prefix, (line) => out.write(line)),
    );
  }
}

main().catch((error: Error) => {
  console.error(`[start] ${error.message}`);
  void stopAll(1);
});
