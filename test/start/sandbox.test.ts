/**
 * The sandbox as `npm start` runs it: Adobe's sandbox under scripts/sandbox/runSandbox.cjs, with
 * npm start's .sandbox folder and its terminal lines, posted every kind of request that
 * `npm run send` or curl can send. Each request it cannot run gets an HTTP 4xx/5xx and one line,
 * and the sandbox goes on serving. Its fixed ports 3000 and 4000 belong to a developer's
 * npm start, so this one listens on free ports: a preload moves the two listen() calls.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraphStandIn, type GraphStandIn } from '../../scripts/graph-stand-in/server';
import { LOCAL_ACCESS_TOKEN, RULE_NAME } from '../../scripts/sandbox/container';
import { readEdgeResult, verdictLines, type EdgeResult } from '../../scripts/sandbox/edgeResult';
import { writeSandboxFolder } from '../../scripts/sandbox/sandboxFolder';
import { lineWriter } from '../../scripts/sandbox/terminal';

const ROOT = join(__dirname, '..', '..');
const EXAMPLE = readFileSync(join(ROOT, 'scripts/example-edge-request.json'), 'utf8');
const NOT_EDGE =
  '[sandbox] Error: not an Edge request: it needs a "header" object and a "body" object (with "xdm" and "data"), ' +
  'as in scripts/example-edge-request.json';

const dir = mkdtempSync(join(tmpdir(), 'capi-sandbox-run-'));
let graph: GraphStandIn;
let sandbox: ChildProcess;
let url: string;
/** What npm start's terminal shows of the sandbox's output, and the results it reports. */
const terminal: string[] = [];
const results: EdgeResult[] = [];
const waiters: (() => void)[] = [];
const changed = () => waiters.splice(0).forEach((wake) => wake());

/** Resolves once `ready()` holds, re-checked at each new line or result (vitest's timeout bounds it). */
function until(ready: () => boolean): Promise<void> {
  return ready() ? Promise.resolve() : new Promise((wake) => waiters.push(() => void until(ready).then(wake)));
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  graph = await startGraphStandIn({ validTokens: [LOCAL_ACCESS_TOKEN] });
  // The sandbox reads ./extension.json, ./.sandbox and ./node_modules from its working directory.
  for (const entry of ['extension.json', 'dist', 'node_modules']) symlinkSync(join(ROOT, entry), join(dir, entry));
  const path = writeSandboxFolder(dir, graph.url, () => {});
  const [http, https] = [await freePort(), await freePort()];
  const movePorts =
    "import net from 'node:net'; const listen = net.Server.prototype.listen; " +
    `net.Server.prototype.listen = function (port, ...rest) { ` +
    `return listen.call(this, port === 3000 ? ${http} : port === 4000 ? ${https} : port, ...rest); };`;
  sandbox = spawn(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(movePorts)}`, join(ROOT, 'scripts/sandbox/runSandbox.cjs')],
    { cwd: dir, env: terminalEnv({ PATH: path }), stdio: ['ignore', 'pipe', 'pipe', 'ipc'] },
  );
  for (const stream of [sandbox.stdout!, sandbox.stderr!]) {
    stream.setEncoding('utf8');
    stream.on(
      'data',
      lineWriter('[sandbox]', (line) => {
        terminal.push(line.trimEnd());
        changed();
      }),
    );
  }
  sandbox.on('message', (message: { edgeResult?: EdgeResult }) => {
    if (message.edgeResult) results.push(message.edgeResult);
    changed();
  });
  sandbox.on('exit', changed);
  await until(() => terminal.some((line) => line.includes('Extension sandbox running at')) || !running());
  expect(running(), terminal.join('\n')).toBe(true);
  url = `http://127.0.0.1:${http}/process-edge-request`;
  terminal.length = 0; // the start-up lines
});

afterAll(async () => {
  if (sandbox && running()) {
    const exited = new Promise((resolve) => sandbox.once('exit', resolve));
    sandbox.kill('SIGTERM');
    await exited;
  }
  await graph?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A terminal's environment: without vitest's NODE_ENV=test, with which Express logs no errors. */
function terminalEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { NODE_ENV: _, ...env } = process.env;
  return { ...env, ...extra };
}

const running = () => sandbox.exitCode === null && sandbox.signalCode === null;

async function post(body: string | undefined, type = 'application/json'): Promise<{ status: number; text: string }> {
  const headers = body === undefined ? undefined : { 'content-type': type };
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, text: await response.text() };
}

/** Posts the example and waits for the result npm start prints its verdict from. */
async function postExample(): Promise<string[]> {
  const before = results.length;
  expect((await post(EXAMPLE)).status).toBe(202);
  await until(() => results.length > before);
  return verdictLines(readEdgeResult(results[results.length - 1]));
}

function runSend(file: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/send.ts', file], {
      cwd: ROOT,
      env: terminalEnv({ CAPI_SANDBOX_URL: url }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe("npm start's sandbox", () => {
  it('runs the example: HTTP 202, and the result for the verdict line', async () => {
    expect(await postExample()).toEqual([expect.stringMatching(`^${RULE_NAME}: accepted: Purchase ORD-1001: `)]);
    expect(terminal).toEqual([]);
  });

  it('answers every request it cannot run with HTTP 4xx/5xx and one line, and goes on serving', async () => {
    const cases: [string, string | undefined, number, string, string?][] = [
      ['{}', '{}', 500, NOT_EDGE],
      ['an array', '[]', 500, NOT_EDGE],
      ['no body', '{"header":{}}', 500, NOT_EDGE],
      ['nothing posted', undefined, 500, NOT_EDGE],
      [
        "header.httpHeaders null (Adobe's code fails on it)",
        '{"header":{"httpHeaders":null},"body":{}}',
        500,
        "[sandbox] TypeError: Cannot read properties of null (reading 'x-organization-id')",
      ],
      ['not JSON', 'hello', 400, '[sandbox] SyntaxError: Unexpected token \'h\', "hello" is not valid JSON'],
      ['JSON null', 'null', 400, '[sandbox] SyntaxError: Unexpected token \'n\', "null" is not valid JSON'],
      [
        'over the 100 kB limit',
        JSON.stringify({ pad: 'x'.repeat(200_000) }),
        413,
        '[sandbox] PayloadTooLargeError: request entity too large',
      ],
    ];
    for (const [name, body, status, line] of cases) {
      const before = terminal.length;
      expect((await post(body)).status, name).toBe(status);
      await until(() => terminal.length > before);
      expect(terminal.slice(before), name).toEqual([line]);
      expect(running(), name).toBe(true);
    }
    expect(await postExample()).toEqual([expect.stringContaining(': accepted: ')]);
    expect(terminal).toHaveLength(cases.length);
  });

  it('npm run send of such a file: exit code 1 and one line with the HTTP status and the reason', async () => {
    writeFileSync(join(dir, 'empty.json'), '{}');
    writeFileSync(join(dir, 'null.json'), 'null');
    expect(await runSend(join(dir, 'empty.json'))).toEqual({
      code: 1,
      stdout: '',
      stderr: `[send] the sandbox answered HTTP 500: ${NOT_EDGE.replace('[sandbox] Error: ', '')}\n`,
    });
    expect(await runSend(join(dir, 'null.json'))).toEqual({
      code: 1,
      stdout: '',
      stderr: `[send] the sandbox answered HTTP 400: SyntaxError: Unexpected token 'n', "null" is not valid JSON\n`,
    });
    expect(running()).toBe(true);
  });
});

describe("npm start's terminal lines", () => {
  it('whole lines with the prefix, across chunks; no blank lines, no stack frames', () => {
    const shown: string[] = [];
    const write = lineWriter('[sandbox]', (line) => shown.push(line));
    write('TypeError: boom\n    at run (/x/run.js:1:2)\n');
    write('    at next (/x/next.js:3:4)\n\nlist');
    write('ening\n');
    expect(shown).toEqual(['[sandbox] TypeError: boom\n', '[sandbox] listening\n']);
  });
});
