/**
 * Runtime fidelity: the built action file runs inside workerd (the Workers runtime, no Node
 * APIs) and produces the same request as under Node, byte for byte.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { LIB_PATH, ROOT } from '../../scripts/manifest';
import { startGraphStandIn, type GraphStandIn } from '../../scripts/graph-stand-in/server';
import { MAX_ANSWER_BYTES } from '../../src/core/graph/send';
import { hostileAnswers } from '../support/hostileAnswers';
import { startActionWorker, type ActionWorker, type WorkerCall } from '../support/workerd';

const EVENT_TIME = Math.floor(Date.now() / 1000) - 120;
const CALL: WorkerCall = {
  extensionSettings: { pixelId: '1234567890', accessToken: 'EAAB-runtime-token', appSecret: 'secret-runtime' },
  settings: {
    serverEvent: {
      event_name: 'Purchase',
      action_source: 'website',
      event_time: EVENT_TIME,
      event_id: 'o-1',
      opt_out: 'false',
    },
    limitedDataUse: { enabled: true },
    userData: {
      em: ['John_Smith@gmail.com', 'ÉLODIE@exemple.fr'],
      ph: '(650)555-1212',
      fn: 'Valéry',
      ln: '정',
      ge: 'Female',
      db: '2/16/1997',
      ct: 'São Paulo',
      st: 'California',
      zp: '94025-1234',
      country: 'USA',
      external_id: 'Cust-9',
      fbp: 'fb.1.1558571054389.1098115397',
    },
    customData: '{"currency":"usd","value":"99.95","contents":[{"id":"a","quantity":1}]}',
    testEventCode: 'TEST1',
  },
  arc: {
    event: {
      xdm: {
        environment: { ipV4: '203.0.113.1', browserDetails: { userAgent: 'Mozilla/5.0' } },
        web: { webPageDetails: { URL: 'https://shop.example/?fbclid=AbC' } },
      },
    },
    ruleStash: { 'meta-capi-forwarder': { responses: [{ event_name: 'Earlier' }] } },
  },
  answer: { status: 200, body: { events_received: 1, messages: [], fbtrace_id: 'Tr1' } },
};

let worker: ActionWorker;
let graph: GraphStandIn;
beforeAll(async () => {
  [worker, graph] = await Promise.all([startActionWorker(), startGraphStandIn()]);
});
afterAll(async () => {
  await Promise.all([worker?.dispose(), graph?.close()]);
});

async function runInNode(call: WorkerCall) {
  const action = createRequire(import.meta.url)(join(ROOT, LIB_PATH));
  const requests: { url: string; method: string; headers: unknown; body: unknown }[] = [];
  const output = await action({
    arc: call.arc,
    utils: {
      getSettings: () => call.settings,
      getExtensionSettings: () => call.extensionSettings,
      fetch: async (url: string, init: RequestInit) => {
        requests.push({ url, method: init.method!, headers: init.headers, body: init.body });
        const answer = call.answer as { status: number; body: unknown };
        return new Response(JSON.stringify(answer.body), { status: answer.status });
      },
    },
  });
  return { output, requests };
}

describe('the built action in workerd', () => {
  it('runs without Node APIs', async () => {
    const outcome = await worker.run(CALL);
    expect(outcome.error).toBeUndefined();
    expect(outcome.globals).toMatchObject({ process: 'undefined', Buffer: 'undefined', require: 'undefined' });
  });

  it('sends the same request and returns the same summary as under Node', async () => {
    const [inWorker, inNode] = await Promise.all([worker.run(CALL), runInNode(CALL)]);
    expect(inWorker.requests).toHaveLength(1);
    expect(inWorker.requests).toEqual(inNode.requests);
    expect(inWorker.output).toEqual(inNode.output);
    expect(inWorker.output).toEqual({
      responses: [
        { event_name: 'Earlier' },
        {
          event_name: 'Purchase',
          event_id: 'o-1',
          events_received: 1,
          fbtrace_id: 'Tr1',
          messages: [],
          attempts: 1,
          test_event_code: 'TEST1',
        },
      ],
    });
  });

  it('posts over the network from the isolate to the Graph stand-in, which accepts the event', async () => {
    const call = {
      ...CALL,
      extensionSettings: { ...(CALL.extensionSettings as object), graphApiBaseUrl: graph.url },
      answer: 'network' as const,
    };
    const outcome = await worker.run(call);
    expect(outcome.error).toBeUndefined();
    expect(graph.requests.at(-1)?.status).toBe(200);
    expect(graph.requests.at(-1)?.rawBody).toBe(outcome.requests[0].body);
  });

  it(
    'fails as under Node when Meta answers 200 without counting the event, ' + 'and redacts a token echoed back',
    async () => {
      const token = (CALL.extensionSettings as { accessToken: string }).accessToken;
      const zero = {
        ...CALL,
        answer: { status: 200, body: { events_received: 0, messages: [`echo ${token}`], fbtrace_id: 'Tr0' } },
      };
      const [inWorker, inNode] = await Promise.all([worker.run(zero), runInNode(zero).catch((e: Error) => e)]);
      expect(inWorker.requests).toHaveLength(1);
      expect(inWorker.error).toEqual({ name: 'GraphError', message: (inNode as Error).message });
      expect(inWorker.error?.message).toBe(
        'Meta did not confirm the event (HTTP 200): events_received is 0, so the event was not accepted. ' +
          'fbtrace_id: Tr0. Messages: ["echo [redacted]"]. Attempts: 1.',
      );
      const echoed = {
        ...CALL,
        answer: { status: 200, body: { events_received: 1, messages: [`echo ${token}`], fbtrace_id: 'Tr1' } },
      };
      const accepted = await worker.run(echoed);
      expect(JSON.stringify(accepted.output)).not.toContain(token);
      expect(JSON.stringify(accepted.output)).toContain('echo [redacted]');
    },
  );

  it('throws the same setting error as under Node, before any request', async () => {
    const call = { ...CALL, settings: { ...(CALL.settings as object), customData: '{"value": 1}' } };
    const outcome = await worker.run(call);
    const node = await runInNode(call).catch((e: Error) => e);
    expect(outcome.requests).toHaveLength(0);
    expect(outcome.error).toEqual({ name: 'SettingError', message: (node as Error).message });
  });
});

describe('hostile answers in workerd', () => {
  const hostile = (text: string, status = 200): WorkerCall => ({ ...CALL, answer: { status, text }, meter: true });

  it('a 2xx of 16 KiB of unclosed <: a final failure with a short snippet, in one linear pass', async () => {
    const outcome = await worker.run(hostile('<'.repeat(MAX_ANSWER_BYTES)));
    expect(outcome.requests).toHaveLength(1);
    expect(outcome.error).toEqual({
      name: 'GraphError',
      message:
        'Meta did not confirm the event (HTTP 200): ' +
        `the answer was not Graph API JSON ("${'<'.repeat(120)}…"). Attempts: 1.`,
    });
    // Read once, parsed once, then a snippet (two looks at each character at most), and no regular
    // expression runs over it.
    expect(outcome.work!.chars).toBeLessThanOrEqual(4 * MAX_ANSWER_BYTES + 2_000);
    expect(outcome.work!.longestRegexInput).toBeLessThanOrEqual(1_100);
  });

  it('an answer accepting the event with messages nested 2,000 deep: a success, with a shallow copy', async () => {
    const text = `{"events_received":1,"messages":${'['.repeat(2000)}"m"${']'.repeat(2000)},"fbtrace_id":"Deep1"}`;
    const outcome = await worker.run(hostile(text));
    expect(outcome.error).toBeUndefined();
    expect((outcome.output as { responses: unknown[] }).responses.at(-1)).toEqual({
      event_name: 'Purchase',
      event_id: 'o-1',
      events_received: 1,
      fbtrace_id: 'Deep1',
      messages: [[['[…]']]],
      attempts: 1,
      test_event_code: 'TEST1',
    });
    expect(outcome.work!.chars).toBeLessThanOrEqual(4 * text.length + 2_000);
  });

  it.each(hostileAnswers(MAX_ANSWER_BYTES).map((answer) => [answer.name, answer] as const))(
    '%s: the outcome is whether it accepts, the work linear in its size',
    async (_name, { text, accepts }) => {
      const outcome = await worker.run(hostile(text));
      expect(outcome.requests).toHaveLength(1);
      expect(outcome.error === undefined).toBe(accepts);
      if (outcome.error) expect(outcome.error.message.length).toBeLessThan(1_400);
      else expect(JSON.stringify(outcome.output).length).toBeLessThan(text.length + 1_000);
      expect(outcome.work!.chars).toBeLessThanOrEqual(4 * text.length + 2_000);
      expect(outcome.work!.longestRegexInput).toBeLessThanOrEqual(1_100);
    },
  );
});
