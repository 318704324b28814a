/**
 * npm start's sandbox (./sandboxProcess) posted every kind of request that `npm run send` or curl
 * can send: each request it cannot run gets an HTTP 4xx/5xx and one line in npm start's terminal,
 * and the sandbox goes on serving.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_NAME } from '../../scripts/sandbox/container';
import { readEdgeResult, verdictLines } from '../../scripts/sandbox/edgeResult';
import { lineWriter } from '../../scripts/sandbox/terminal';
import { ROOT, runSend, sandboxFixture } from './sandboxProcess';

const EXAMPLE = readFileSync(join(ROOT, 'scripts/example-edge-request.json'), 'utf8');
const NOT_EDGE =
  'not an Edge request: it needs a "header" object and a "body" object (with "xdm" and "data"), ' +
  'as in scripts/example-edge-request.json';

const fixture = sandboxFixture();

async function post(body: string | undefined): Promise<number> {
  const headers = body === undefined ? undefined : { 'content-type': 'application/json' };
  const response = await fetch(fixture.sandbox.url, { method: 'POST', headers, body });
  await response.text();
  return response.status;
}

/** Posts the example and waits for the result npm start prints its verdict from. */
async function postExample(): Promise<string[]> {
  const before = fixture.sandbox.results.length;
  expect(await post(EXAMPLE)).toBe(202);
  await fixture.sandbox.until(() => fixture.sandbox.results.length > before);
  return verdictLines(readEdgeResult(fixture.sandbox.results[before]));
}

describe("npm start's sandbox", () => {
  it('runs the example: HTTP 202, and the result for the verdict line', async () => {
    expect(await postExample()).toEqual([expect.stringMatching(`^${RULE_NAME}: accepted: Purchase ORD-1001: `)]);
    expect(fixture.sandbox.terminal).toEqual([]);
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
      const before = fixture.sandbox.terminal.length;
      expect(await post(body), name).toBe(status);
      await fixture.sandbox.until(() => fixture.sandbox.terminal.length > before);
      expect(fixture.sandbox.terminal.slice(before), name).toEqual([line]);
      expect(fixture.sandbox.running(), name).toBe(true);
    }
    expect(await postExample()).toEqual([expect.stringContaining(': accepted: ')]);
    expect(fixture.sandbox.terminal).toHaveLength(cases.length);
  });

  it('npm run send of such a file: exit code 1 and one line with the HTTP status and the reason', async () => {
    const file = (name: string, text: string) => {
      writeFileSync(join(fixture.dir, name), text);
      return join(fixture.dir, name);
    };
    expect(await runSend([file('empty.json', '{}')], fixture.sandbox.url)).toMatchObject({
      status: 1,
      stdout: '',
      stderr: `[send] the sandbox answered HTTP 500: ${NOT_EDGE}\n`,
    });
    expect(await runSend([file('null.json', 'null')], fixture.sandbox.url)).toMatchObject({
      status: 1,
      stdout: '',
      stderr: `[send] the sandbox answered HTTP 400: SyntaxError: Unexpected token 'n', "null" is not valid JSON\n`,
    });
    expect(fixture.sandbox.running()).toBe(true);
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
