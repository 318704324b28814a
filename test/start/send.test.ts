/**
 * `npm run send` and npm start's verdict lines, against npm start's sandbox (./sandboxProcess:
 * Adobe's sandbox under its wrapper, on free ports) and the Graph stand-in: an accepted, a
 * refused, a warned and a rejected event, each as the printed lines, and the exit code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { RULE_NAME } from '../../scripts/sandbox/container';
import { readEdgeResult, verdictLines, type EdgeResult } from '../../scripts/sandbox/edgeResult';
import { send as sendFile } from '../../scripts/send';
import { timestampTooOld } from '../support/metaErrors';
import { ROOT, runSend, sandboxFixture } from './sandboxProcess';

const example = JSON.parse(readFileSync(join(ROOT, 'scripts/example-edge-request.json'), 'utf8'));
const RULE = `rule "${RULE_NAME}" (RLlocalevents)`;

const fixture = sandboxFixture();
let lastResult: EdgeResult;

beforeEach(() => {
  fixture.graph.requests.length = 0;
});

/** Writes the request to a file and sends it as `npm run send -- <file>` does; `succeeded` makes its exit code. */
async function send(name: string, request: unknown, succeeded: boolean): Promise<string[]> {
  const file = join(fixture.dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(request));
  const before = fixture.sandbox.results.length;
  const result = await sendFile(file, fixture.sandbox.url);
  expect(result.succeeded).toBe(succeeded);
  expect(result.lines[0]).toBe(`POST ${fixture.sandbox.url} (${file}): HTTP 202`);
  await fixture.sandbox.until(() => fixture.sandbox.results.length > before);
  lastResult = fixture.sandbox.results[before];
  return result.lines.slice(1);
}

const verdicts = () => verdictLines(readEdgeResult(lastResult));

describe('npm run send and the verdict lines', () => {
  it('an accepted event: the rule succeeded, Meta received it, no warnings', async () => {
    const lines = await send('accepted', example, true);

    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(`${RULE}: success`);
    expect(lines[1]).toMatch(/^ {2}accepted: Purchase ORD-1001: events_received 1, fbtrace_id [\w-]{11}, 1 attempt$/);
    expect(lines[2]).toBe('  warnings: none');
    expect(fixture.graph.requests).toHaveLength(1);
    expect(verdicts()).toEqual([`${RULE_NAME}: ${lines[1].trim()}`]);
  });

  it(
    'an event the action refuses before sending: ' + 'the rule failed, with the message that names the setting',
    async () => {
      const refused = structuredClone(example);
      delete refused.body.xdm.commerce.order.currencyCode;
      const lines = await send('refused', refused, false);

      expect(lines).toHaveLength(3);
      expect(lines[0]).toBe(`${RULE}: failed`);
      expect(lines[1]).toMatch(
        /^ {2}refused by the action before sending: Invalid setting "Currency" \(customData\.currency\): a Purchase needs/,
      );
      expect(lines[1]).not.toContain('\n');
      expect(lines[1]).not.toMatch(/\bat \S+:\d+/); // no stack
      expect(lines[2]).toBe('  warnings: none');
      expect(fixture.graph.requests).toHaveLength(0);
      expect(verdicts()).toEqual([`${RULE_NAME}: ${lines[1].trim()}`]);
    },
  );

  it(
    'an event with a dropped value: accepted, ' +
      'with the warning (key and count, never the value) in the lines and in the result',
    async () => {
      const warned = structuredClone(example);
      warned.body.xdm.identityMap.Email[0].id = 'not-an-email';
      const lines = await send('warned', warned, true);

      expect(lines[0]).toBe(`${RULE}: success`);
      expect(lines[1]).toMatch(/^ {2}accepted: Purchase ORD-1001: events_received 1, /);
      expect(lines.slice(2)).toEqual([
        "  warning: Conversions API: Email (userData.em): 1 value(s) dropped, unusable under Meta's rule for em",
      ]);
      expect(lines.join('\n')).not.toContain('not-an-email');
      expect(
        (fixture.graph.requests[0].body.data as { user_data: Record<string, unknown> }[])[0].user_data.em,
      ).toBeUndefined();

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
    fixture.graph.script({
      kind: 'reply',
      status: 400,
      body: { error: timestampTooOld('AbCdEfGhIjK') },
    });
    const lines = await send('rejected', example, false);

    expect(lines[0]).toBe(`${RULE}: failed`);
    expect(lines[1]).toMatch(
      /^ {2}rejected by Meta: Meta rejected the event \(HTTP 400, code 100, subcode 2804003\): Event Timestamp Too Old: .*fbtrace_id: AbCdEfGhIjK\./,
    );
    expect(lines[2]).toBe('  warnings: none');
    expect(verdicts()).toEqual([`${RULE_NAME}: ${lines[1].trim()}`]);
  });

  it('the command: exit code 0 when the rule succeeded, 1 when it failed, the lines on stdout either way', async () => {
    const refused = structuredClone(example);
    delete refused.body.xdm.commerce.order.currencyCode;
    writeFileSync(join(fixture.dir, 'refused.json'), JSON.stringify(refused));

    const accepted = await runSend([], fixture.sandbox.url);
    expect(accepted).toMatchObject({ status: 0, stderr: '' });
    expect(accepted.stdout).toContain(`${RULE}: success\n`);
    const failed = await runSend([join(fixture.dir, 'refused.json')], fixture.sandbox.url);
    expect(failed).toMatchObject({ status: 1, stderr: '' });
    expect(failed.stdout).toContain(`${RULE}: failed\n  refused by the action before sending: `);
  });

  it('says so when no sandbox is running', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const url = `http://127.0.0.1:${port}/process-edge-request`;

    await expect(sendFile(join(ROOT, 'scripts/example-edge-request.json'), url)).rejects.toThrow(
      `the sandbox did not answer at ${url} (ECONNREFUSED). Is npm start running?`,
    );
  });
});
