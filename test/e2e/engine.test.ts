/**
 * The built action inside Adobe's real Edge rule engine, posting over HTTP to the local Graph
 * API stand-in, which checks each request as Meta documents.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXTENSION_NAME } from '../../src/core/constants';
import type { ServerEvent } from '../../src/core/event/buildEvent';
import { hmacSha256Hex, sha256Hex } from '../../src/core/hash/sha256';
import { startGraphStandIn, type GraphStandIn } from '../../scripts/graph-stand-in/server';
import { createEngine, logText, type DataElement } from '../support/engine';
import { timestampTooOld } from '../support/metaErrors';

const TOKEN = 'EAAGm0PX4ZCpsBAKtest-access-token';
const APP_SECRET = 'app-secret-0123456789';
const XDM = {
  _id: 'e1',
  environment: { ipV4: '203.0.113.7', browserDetails: { userAgent: 'Mozilla/5.0 (Macintosh)' } },
  web: {
    webPageDetails: { URL: 'https://shop.example/checkout?fbclid=IwAR2xYz' },
    webReferrer: { URL: 'https://shop.example/cart' },
  },
  commerce: { order: { priceTotal: 129.5, currencyCode: 'EUR' } },
};
const DATA_ELEMENTS: Record<string, DataElement> = {
  emails: { value: ['John_Smith@Gmail.com', ' second@example.com '] },
  phone: { value: 16505551212 },
  accessToken: { value: TOKEN },
  total: { path: 'arc.event.xdm.commerce.order.priceTotal' },
  currency: { path: 'arc.event.xdm.commerce.order.currencyCode' },
};
const PURCHASE = {
  serverEvent: { event_name: 'Purchase', action_source: 'website', event_id: 'order-1001' },
  userData: { em: '{{emails}}', ph: '{{phone}}', fn: 'Valéry', country: 'United States', external_id: 'CUST-42' },
  customData: { currency: '{{currency}}', value: '{{total}}', contents: [{ id: 'sku-1', quantity: 2 }] },
  testEventCode: 'TEST4242',
};

let graph: GraphStandIn;
beforeAll(async () => {
  graph = await startGraphStandIn({ validTokens: [TOKEN], appSecret: APP_SECRET });
});
afterAll(() => graph.close());
beforeEach(() => {
  graph.requests.length = 0;
});

function engine(rules: Record<string, unknown>[][], ext: Record<string, unknown> = {}) {
  const stashes: Record<string, Record<string, unknown>> = {};
  const run = createEngine({
    extensionSettings: {
      pixelId: '1234567890',
      accessToken: '{{accessToken}}',
      appSecret: APP_SECRET,
      graphApiBaseUrl: graph.url,
      ...ext,
    },
    rules,
    dataElements: DATA_ELEMENTS,
    fetch: globalThis.fetch,
    sensitiveTokens: [TOKEN, APP_SECRET],
    onStash: (id, stash) => (stashes[id] = stash),
  });
  return { run: () => run(XDM), stashes };
}

describe('Send Conversions API Event in the rule engine', () => {
  it('sends a Purchase that Meta accepts, with typed data elements normalized and hashed', async () => {
    const { run, stashes } = engine([[PURCHASE]]);
    const [result] = await run();
    expect(result.status, logText(result)).toBe('success');
    expect(graph.requests).toHaveLength(1);
    const [request] = graph.requests;
    expect(request.status).toBe(200);
    expect(request.path).toBe('/v27.0/1234567890/events');
    expect(request.search).toBe('');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.body.access_token).toBe(TOKEN);
    expect(request.body.appsecret_proof).toBe(hmacSha256Hex(APP_SECRET, TOKEN));
    expect(request.body.test_event_code).toBe('TEST4242');
    const [event] = request.body.data as ServerEvent[];
    expect(event).toMatchObject({
      event_name: 'Purchase',
      action_source: 'website',
      event_id: 'order-1001',
      event_source_url: XDM.web.webPageDetails.URL,
      referrer_url: XDM.web.webReferrer.URL,
      custom_data: { currency: 'EUR', value: 129.5, contents: [{ id: 'sku-1', quantity: 2 }] },
    });
    expect(event.user_data).toEqual({
      em: ['62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f', sha256Hex('second@example.com')],
      ph: 'e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176',
      fn: '08e1996b5dd49e62a4b4c010d44e4345592a863bb9f8e3976219bac29417149c',
      country: '79adb2a2fce5c6ba215fe5f27f532d4e7edbac4b6a5e09e1ef3a08084a904621',
      external_id: sha256Hex('CUST-42'),
      client_ip_address: '203.0.113.7',
      client_user_agent: 'Mozilla/5.0 (Macintosh)',
      fbc: `fb.1.${event.event_time * 1000}.IwAR2xYz`,
    });
    expect(Math.abs(event.event_time - Date.now() / 1000)).toBeLessThan(60);

    const responses = (stashes.RL1[EXTENSION_NAME] as { responses: Record<string, unknown>[] }).responses;
    expect(responses).toEqual([
      {
        event_name: 'Purchase',
        event_id: 'order-1001',
        events_received: 1,
        fbtrace_id: expect.any(String),
        messages: [],
        attempts: 1,
        test_event_code: 'TEST4242',
      },
    ]);
    expect(JSON.stringify(responses)).not.toContain(TOKEN);
  });

  it('keeps the token and unhashed customer data out of everything the action logs and returns', async () => {
    const { run, stashes } = engine([[PURCHASE]]);
    const [result] = await run();
    const logs = logText(result);
    expect(logs).not.toContain(TOKEN);
    expect(logs).not.toContain(APP_SECRET);
    const ours = logs
      .split('\n')
      .filter((line) => line.includes('Conversions API:') || line.includes('"Send Conversions API Event" module from'));
    expect(ours.length).toBeGreaterThan(0);
    for (const secret of ['John_Smith', 'second@example.com', '16505551212', 'Valéry', 'CUST-42', TOKEN]) {
      expect(ours.join('\n')).not.toContain(secret);
      expect(JSON.stringify(stashes)).not.toContain(secret);
    }
  });

  it('accumulates the responses of several actions of the rule in its stash entry', async () => {
    const lead = {
      serverEvent: { event_name: 'Lead', action_source: 'website' },
      userData: { em: 'lead@example.com' },
    };
    const { run, stashes } = engine([[PURCHASE, lead]]);
    const [result] = await run();
    expect(result.status, logText(result)).toBe('success');
    const responses = (stashes.RL1[EXTENSION_NAME] as { responses: { event_name: string }[] }).responses;
    expect(responses.map((r) => r.event_name)).toEqual(['Purchase', 'Lead']);
    expect(graph.requests).toHaveLength(2);
  });

  it('fails the rule before sending when a setting is invalid, naming the setting', async () => {
    const { run } = engine([[{ ...PURCHASE, customData: { value: 10 }, xdmMapping: { exclude: ['currency'] } }]]);
    const [result] = await run();
    expect(result.status).toBe('failed');
    expect(graph.requests).toHaveLength(0);
    expect(logText(result)).toContain(
      'Failed to execute "Send Conversions API Event". Invalid setting "Currency" (customData.currency): ' +
        'a Purchase needs the currency of its value. Enter an ISO 4217 code, e.g. USD, or a data element. ' +
        "The XDM mapping leaves it alone (excluded in its settings), so the event's order currency is not read.",
    );
  });

  it("fails the rule with Meta's own explanation and fbtrace_id when Meta rejects the event", async () => {
    graph.script({
      kind: 'reply',
      status: 400,
      body: { error: { ...timestampTooOld('AxYz123TrAcE'), is_transient: false } },
    });
    const { run, stashes } = engine([[PURCHASE]]);
    const [result] = await run();
    expect(result.status).toBe('failed');
    expect(graph.requests).toHaveLength(1);
    expect(logText(result)).toContain(
      'Meta rejected the event (HTTP 400, code 100, subcode 2804003): Event Timestamp Too Old: ' +
        'The timestamp for this event is too old. fbtrace_id: AxYz123TrAcE. Attempts: 1.',
    );
    expect(stashes.RL1).toBeUndefined();
  });

  it('fails on a wrong token (401, code 190) after one attempt, without printing the token', async () => {
    const { run } = engine([[PURCHASE]], { accessToken: 'wrong-token-value' });
    const [result] = await run();
    expect(result.status).toBe('failed');
    expect(graph.requests).toHaveLength(1);
    expect(graph.requests[0].status).toBe(401);
    const logs = logText(result);
    expect(logs).toMatch(
      /HTTP 401, code 190\): Invalid OAuth access token - Cannot parse access token\. fbtrace_id: \S+\. Attempts: 1\./,
    );
    expect(
      logs
        .split('\n')
        .filter((l) => l.includes('Failed to execute'))
        .join(),
    ).not.toContain('wrong-token-value');
  });

  it('retries a 502 gateway page and succeeds, with the same event each time', async () => {
    graph.script({ kind: 'html', status: 502 });
    const { run, stashes } = engine([[PURCHASE]]);
    const [result] = await run();
    expect(result.status, logText(result)).toBe('success');
    expect(graph.requests.map((r) => r.status)).toEqual([502, 200]);
    expect(graph.requests[0].rawBody).toBe(graph.requests[1].rawBody);
    expect((stashes.RL1[EXTENSION_NAME] as { responses: { attempts: number }[] }).responses[0].attempts).toBe(2);
  });

  it('drops a malformed configured fbc with a warning, so Meta does not refuse the event for it', async () => {
    const { run } = engine([
      [
        {
          serverEvent: { event_name: 'Lead', action_source: 'email' },
          userData: { em: 'x@example.com', fbc: 'not-a-click-id' },
        },
      ],
    ]);
    const [result] = await run();
    expect(result.status, logText(result)).toBe('success');
    expect(logText(result)).toContain('Conversions API: Click ID (userData.fbc): the value set was dropped');
    const [event] = graph.requests[0].body.data as ServerEvent[];
    expect(event.user_data.fbc).toBe(`fb.1.${event.event_time * 1000}.IwAR2xYz`);
    expect(graph.requests[0].status).toBe(200);
  });

  it('redacts a token or app secret that Meta echoes in an accepted answer from the stash', async () => {
    graph.script({
      kind: 'reply',
      status: 200,
      body: { events_received: 1, messages: [`echo ${TOKEN} ${APP_SECRET}`], fbtrace_id: 'TrEcho' },
    });
    const { run, stashes } = engine([[PURCHASE]]);
    const [result] = await run();
    expect(result.status, logText(result)).toBe('success');
    const responses = (stashes.RL1[EXTENSION_NAME] as { responses: { messages: string[] }[] }).responses;
    expect(responses[0].messages).toEqual(['echo [redacted] [redacted]']);
    expect(JSON.stringify(stashes)).not.toMatch(new RegExp(`${TOKEN}|${APP_SECRET}`));
    const output = logText(result)
      .split('\n')
      .filter((line) => line.includes('"responses"'));
    expect(output.length).toBeGreaterThan(0);
    for (const line of output) expect(line).not.toMatch(new RegExp(`${TOKEN}|${APP_SECRET}`));
  });

  it('fails when Meta answers 200 without counting the event (events_received 0), after one attempt', async () => {
    graph.script({ kind: 'reply', status: 200, body: { events_received: 0, messages: [], fbtrace_id: 'TrZero' } });
    const { run, stashes } = engine([[PURCHASE]]);
    const [result] = await run();
    expect(result.status).toBe('failed');
    expect(logText(result)).toContain(
      'Meta did not confirm the event (HTTP 200): events_received is 0, so the event was not accepted. ' +
        'fbtrace_id: TrZero. Attempts: 1.',
    );
    expect(graph.requests).toHaveLength(1);
    expect(stashes.RL1).toBeUndefined();
  });
});
