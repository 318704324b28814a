/**
 * npm start's sandbox (./sandboxProcess) posted every kind of request that `npm run send` or curl
 * can send: each request it cannot run gets an HTTP 4xx/5xx and one line in npm start's terminal,
 * and the sandbox goes on serving.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraphStandIn, type GraphStandIn } from '../../scripts/graph-stand-in/server';
import { LOCAL_ACCESS_TOKEN, RULE_NAME } from '../../scripts/sandbox/container';
import { readEdgeResult, verdictLines } from '../../scripts/sandbox/edgeResult';
import { lineWriter } from '../../scripts/sandbox/terminal';
import { ROOT, runSend, startSandbox, type SandboxProcess } from './sandboxProcess';

const EXAMPLE = readFileSync(join(ROOT, 'scripts/example-edge-request.json'), 'utf8');
const NOT_EDGE =
  'not an Edge request: it needs a "header" object and a "body" object (with "xdm" and "data"), ' +
  'as in scripts/example-edge-request.json';

const dir = mkdtempSync(join(tmpdir(), 'capi-sandbox-requests-'));
let graph: GraphStandIn;
let sandbox: SandboxProcess;
beforeAll(async () => {
  graph = await startGraphStandIn({ validTokens: [LOCAL_ACCESS_TOKEN] });
  sandbox = await startSandbox(graph.url);
});
afterAll(async () => {
  await sandbox?.stop();
  await graph?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function post(body: string | undefined): Promise<number> {
  const headers = body === undefined ? undefined : { 'content-type': 'application/json' };
  const response = await fetch(sandbox.url, { method: 'POST', headers, body });
  await response.text();
  return response.status;
}

/** Posts the example and waits for the result npm start prints its verdict from. */
async function postExample(): Promise<string[]> {
  const before = sandbox.results.length;
  expect(await post(EXAMPLE)).toBe(202);
  await sandbox.until(() => sandbox.results.length > before);
  return verdictLines(readEdgeResult(sandbox.results[before]));
}

describe("npm start's sandbox", () => {
  it('runs the example: HTTP 202, and the result for the verdict line', async () => {
    expect(await postExample()).toEqual([expect.stringMatching(`^${RULE_NAME}: accepted: Purchase ORD-1001: `)]);
    expect(sandbox.terminal).toEqual([]);
  });

  it('answers every request it cannot run with HTTP 4xx/5xx and one line, and goes on serving', async () => {
    const cases: [string, string | undefined, number, string][] = [
      ['{}', '{}', 500, `[sandbox] Error: ${NOT_EDGE}`],
      ['an array', '[]', 500, `[sandbox] Error: ${NOT_EDGE}`],
      ['no body', '{"header":{}}', 500, `[sandbox] Error: ${NOT_EDGE}`],
      ['nothing posted', undefined, 500, `[sandbox] Error: ${NOT_EDGE}`],
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
      const before = sandbox.terminal.length;
      expect(await post(body), name).toBe(status);
      await sandbox.until(() => sandbox.terminal.length > before);
      expect(sandbox.terminal.slice(before), name).toEqual([line]);
      expect(sandbox.running(), name).toBe(true);
    }
    expect(await postExample()).toEqual([expect.stringContaining(': accepted: ')]);
    expect(sandbox.terminal).toHaveLength(cases.length);
  });

  it('npm run send of such a file: exit code 1 and one line with the HTTP status and the reason', async () => {
    const file = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    expect(await runSend([file('empty.json', '{}')], sandbox.url)).toMatchObject({
      status: 1,
      stdout: '',
      stderr: `[send] the sandbox answered HTTP 500: ${NOT_EDGE}\n`,
    });
    expect(await runSend([file('null.json', 'null')], sandbox.url)).toMatchObject({
      status: 1,
      stdout: '',
      stderr: `[send] the sandbox answered HTTP 400: SyntaxError: Unexpected token 'n', "null" is not valid JSON\n`,
    });
    expect(sandbox.running()).toBe(true);
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
