/**
 * `npm run send` and npm start's verdict lines, against the real sandbox edge runner (run as in
 * ./sandboxEdgeRunner, behind a local stand-in for the sandbox's POST /process-edge-request,
 * whose fixed port 3000 tests must not take) and the Graph stand-in: an accepted, a refused, a
 * warned and a rejected event, each as the printed lines.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGraphStandIn, type GraphStandIn } from '../../scripts/graph-stand-in/server';
import { LOCAL_ACCESS_TOKEN, RULE_NAME } from '../../scripts/sandbox/container';
import { readEdgeResult, verdictLines, type EdgeResult } from '../../scripts/sandbox/edgeResult';
import { timestampTooOld } from '../support/metaErrors';
import { ROOT, runSandboxEdgeRequest } from './sandboxEdgeRunner';

const example = JSON.parse(readFileSync(join(ROOT, 'scripts/example-edge-request.json'), 'utf8'));
const RULE = `rule "${RULE_NAME}" (RLlocalpurchase)`;

let graph: GraphStandIn;
let sandbox: Server;
let url: string;
let lastResult: EdgeResult;
const dir = mkdtempSync(join(tmpdir(), 'capi-send-'));

beforeAll(async () => {
  graph = await startGraphStandIn({ validTokens: [LOCAL_ACCESS_TOKEN] });
  sandbox = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', async () => {
      if (req.method !== 'POST' || req.url !== '/process-edge-request') return void res.writeHead(404).end();
      lastResult = (await runSandboxEdgeRequest(graph.url, JSON.parse(body))) as EdgeResult;
      res.writeHead(202, { 'content-type': 'application/json' }).end(JSON.stringify(lastResult, null, 2));
    });
  });
  await new Promise<void>((resolve) => sandbox.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(sandbox.address() as AddressInfo).port}/process-edge-request`;
});
afterAll(async () => {
  await new Promise((resolve) => sandbox?.close(resolve));
  await graph?.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  graph.requests.length = 0;
});

function sendScript(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/send.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Writes the request to a file and runs `npm run send -- <file>` against the local runner. */
async function send(name: string, request: unknown): Promise<string[]> {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(request));
  const { code, stdout, stderr } = await sendScript([file], { CAPI_SANDBOX_URL: url });
  expect(code, stderr).toBe(0);
  const lines = stdout.trimEnd().split('\n');
  expect(lines[0]).toBe(`POST ${url} (${file}): HTTP 202`);
  return lines.slice(1);
}

const verdicts = () => verdictLines(readEdgeResult(lastResult));

describe('npm run send and the verdict lines', () => {
  it('an accepted event: the rule succeeded, Meta received it, no warnings', async () => {
    const lines = await send('accepted', example);

    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(`${RULE}: success`);
    expect(lines[1]).toMatch(/^ {2}accepted: Purchase ORD-1001: events_received 1, fbtrace_id [\w-]{11}, 1 attempt$/);
    expect(lines[2]).toBe('  warnings: none');
    expect(graph.requests).toHaveLength(1);
    expect(verdicts()).toEqual([`${RULE_NAME}: ${lines[1].trim()}`]);
  });

  it(
    'an event the action refuses before sending: ' + 'the rule failed, with the message that names the setting',
    async () => {
      const refused = structuredClone(example);
      delete refused.body.xdm.commerce.order.currencyCode;
      const lines = await send('refused', refused);

      expect(lines).toHaveLength(3);
      expect(lines[0]).toBe(`${RULE}: failed`);
      expect(lines[1]).toMatch(
        /^ {2}refused by the action before sending: Invalid setting "Currency" \(customData\.currency\): .*currency/,
      );
      expect(lines[1]).not.toContain('\n');
      expect(lines[1]).not.toMatch(/\bat \S+:\d+/); // no stack
      expect(lines[2]).toBe('  warnings: none');
      expect(graph.requests).toHaveLength(0);
      expect(verdicts()).toEqual([`${RULE_NAME}: ${lines[1].trim()}`]);
    },
  );

  it(
    'an event with a dropped value: accepted, ' +
      'with the warning (key and count, never the value) in the lines and in the result',
    async () => {
      const warned = structuredClone(example);
      warned.body.xdm.identityMap.Email[0].id = 'not-an-email';
      const lines = await send('warned', warned);

      expect(lines[0]).toBe(`${RULE}: success`);
      expect(lines[1]).toMatch(/^ {2}accepted: Purchase ORD-1001: events_received 1, /);
      expect(lines.slice(2)).toEqual([
        "  warning: Conversions API: Email (userData.em): 1 value(s) dropped, unusable under Meta's rule for em",
      ]);
      expect(lines.join('\n')).not.toContain('not-an-email');
      expect((graph.requests[0].body.data as { user_data: Record<string, unknown> }[])[0].user_data.em).toBeUndefined();

      const output = lastResult
        .body!.traces!.flatMap((t) => t.messages ?? [])
        .map(String)
        .find((m) => m.startsWith('{"responses"'));
      expect(JSON.parse(output!).responses[0].warnings).toEqual([
        "Email (userData.em): 1 value(s) dropped, unusable under Meta's rule for em",
      ]);
      expect(verdicts()).toEqual([
        `${RULE_NAME}: ${lines[1].trim()} ` +
          "(1 warning: Conversions API: Email (userData.em): 1 value(s) dropped, unusable under Meta's rule for em)",
      ]);
    },
  );

  it("an event Meta rejects: the rule failed, with Meta's code and subcode", async () => {
    graph.script({
      kind: 'reply',
      status: 400,
      body: { error: timestampTooOld('AbCdEfGhIjK') },
    });
    const lines = await send('rejected', example);

    expect(lines[0]).toBe(`${RULE}: failed`);
    expect(lines[1]).toMatch(
      /^ {2}rejected by Meta: Meta rejected the event \(HTTP 400, code 100, subcode 2804003\): Event Timestamp Too Old: .*fbtrace_id: AbCdEfGhIjK\./,
    );
    expect(lines[2]).toBe('  warnings: none');
    expect(verdicts()).toEqual([`${RULE_NAME}: ${lines[1].trim()}`]);
  });

  it('says so when no sandbox is running', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const { code, stdout, stderr } = await sendScript([], {
      CAPI_SANDBOX_URL: `http://127.0.0.1:${port}/process-edge-request`,
    });

    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe(
      `[send] the sandbox did not answer at http://127.0.0.1:${port}/process-edge-request (ECONNREFUSED). Is npm start running?`,
    );
  });
});
