/**
 * The Graph fault matrix over real HTTP: the action's core posting to the local stand-in, which
 * answers as Meta does when things go wrong. Waits are shortened so the matrix runs fast, and so
 * is the attempt timeout where a test waits for it; the retry policy is otherwise the shipped one.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendConversionsApiEvent, type EventSummary } from '../../src/core/conversionsApi';
import { GraphError, SettingError } from '../../src/core/errors';
import { startGraphStandIn, type GraphStandIn, type Scripted } from '../../scripts/graph-stand-in/server';

const TOKEN = 'token-for-fault-matrix';
const APP_SECRET = 'app-secret-for-fault-matrix';
let graph: GraphStandIn;
/** Where redirects point: it must never receive anything. */
let elsewhere: GraphStandIn;
beforeAll(async () => {
  [graph, elsewhere] = await Promise.all([
    startGraphStandIn({ validTokens: [TOKEN] }),
    startGraphStandIn({ validTokens: [TOKEN] }),
  ]);
});
afterAll(() => Promise.all([graph.close(), elsewhere.close()]));
beforeEach(() => {
  graph.requests.length = 0;
  elsewhere.requests.length = 0;
});

/**
 * `attemptTimeoutMs`: only a test of the timeout shortens it. A local answer can take longer than
 * a short timeout on a loaded machine (the process's first request sets up its HTTP client), and
 * would then be retried.
 */
function send(attemptTimeoutMs = 10_000): Promise<EventSummary> {
  return sendConversionsApiEvent({
    extensionSettings: { pixelId: '42', accessToken: TOKEN, graphApiBaseUrl: graph.url },
    settings: {
      serverEvent: { event_name: 'Lead', action_source: 'email', event_id: 'lead-7' },
      userData: { em: 'a@example.com' },
    },
    arc: {},
    fetch: globalThis.fetch,
    policy: { attemptTimeoutMs, baseDelayMs: 10, maxDelayMs: 40 },
  }) as Promise<EventSummary>;
}

const metaError = (status: number, error: Record<string, unknown>): Scripted => ({
  kind: 'reply',
  status,
  body: { error: { message: 'Invalid parameter', type: 'OAuthException', fbtrace_id: 'TrAcE01', ...error } },
});

describe('Graph fault matrix', () => {
  it("400 / code 100 with a subcode: fails at once with Meta's explanation", async () => {
    graph.script(
      metaError(400, {
        code: 100,
        error_subcode: 2804009,
        error_user_title: 'Missing Value for Purchase Event',
        error_user_msg: 'Add a value.',
      }),
    );
    // The attempt's timeout is a fake timer that never fires: the outcome is Meta's answer alone,
    // however slowly this machine serves it.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const error: GraphError = await send()
      .catch((e) => e)
      .finally(() => vi.useRealTimers());
    expect(error).toBeInstanceOf(GraphError);
    expect(error.message).toBe(
      'Meta rejected the event (HTTP 400, code 100, subcode 2804009): Missing Value for Purchase Event: ' +
        'Add a value. fbtrace_id: TrAcE01. Attempts: 1.',
    );
    expect(error.failure).toMatchObject({
      status: 400,
      code: 100,
      subcode: 2804009,
      fbtraceId: 'TrAcE01',
      transient: false,
    });
    expect(graph.requests).toHaveLength(1);
  });

  it('401 / code 190: fails at once, token nowhere in the error', async () => {
    graph.script(
      metaError(401, {
        code: 190,
        error_subcode: 463,
        message: `Error validating access token: Session has expired (token ${TOKEN})`,
      }),
    );
    const error: GraphError = await send().catch((e) => e);
    expect(error.message).toMatch(
      /^Meta rejected the event \(HTTP 401, code 190, subcode 463\): Error validating access token/,
    );
    expect(error.message).not.toContain(TOKEN);
    expect(error.stack).not.toContain(TOKEN);
    expect(graph.requests).toHaveLength(1);
  });

  it.each([
    ['code 4 (app request limit)', metaError(400, { code: 4, message: 'Application request limit reached' })],
    [
      'code 17 (user request limit)',
      metaError(400, { code: 17, error_subcode: 2446079, message: 'User request limit reached' }),
    ],
    ['HTTP 429', metaError(429, { code: 80004, message: 'There have been too many calls' })],
  ])('%s: backs off and retries, then succeeds', async (_name, throttle) => {
    graph.script(throttle, throttle);
    const summary = await send();
    expect(summary).toMatchObject({ events_received: 1, attempts: 3, event_id: 'lead-7' });
    expect(new Set(graph.requests.map((r) => r.rawBody)).size).toBe(1);
  });

  it('a throttle that never lifts: 4 attempts, then the throttle is reported', async () => {
    const throttle = metaError(400, { code: 17, message: 'User request limit reached' });
    graph.script(throttle, throttle, throttle, throttle);
    const error: GraphError = await send().catch((e) => e);
    expect(error.attempts).toBe(4);
    expect(error.message).toMatch(
      /code 17\): User request limit reached\. fbtrace_id: TrAcE01\. Attempts: 4 \(transient; retries exhausted\)\./,
    );
    expect(graph.requests).toHaveLength(4);
  });

  it('502 with an HTML body: retried, reported with the page text when it persists', async () => {
    graph.script(
      { kind: 'html', status: 502 },
      { kind: 'html', status: 502 },
      { kind: 'html', status: 502 },
      { kind: 'html', status: 502 },
    );
    const error: GraphError = await send().catch((e) => e);
    expect(error.message).toMatch(
      /^Meta rejected the event \(HTTP 502\): no Graph API error in the answer \("502 502 Bad Gateway"\)\. Attempts: 4/,
    );
    expect(graph.requests).toHaveLength(4);
  });

  it('connection reset: retried, then succeeds', async () => {
    graph.script({ kind: 'reset' });
    const summary = await send();
    expect(summary.attempts).toBe(2);
    expect(graph.requests.map((r) => r.status)).toEqual([0, 200]);
  });

  it('a call that never answers: each attempt aborted at its timeout, then a clear failure', async () => {
    graph.script({ kind: 'hang' }, { kind: 'hang' }, { kind: 'hang' }, { kind: 'hang' });
    const started = Date.now();
    const error: GraphError = await send(400).catch((e) => e);
    const elapsed = Date.now() - started;
    expect(error.message).toMatch(
      /^Meta could not be reached: no complete answer within 400 ms \(request aborted\)\. Attempts: 4/,
    );
    expect(graph.requests).toHaveLength(4);
    // Each attempt waited for its own timeout (a lower bound no load can break; the test's own
    // timeout bounds it above).
    expect(elapsed).toBeGreaterThanOrEqual(4 * 400 - 20);
  });

  it.each([301, 302, 303, 307, 308])(
    'a %d redirect: a final failure naming the target host, never followed nor retried',
    async (status) => {
      const target = new URL(elsewhere.url);
      graph.script({ kind: 'reply', status, body: {}, headers: { location: `${elsewhere.url}/v27.0/42/events` } });
      const error: GraphError = await send().catch((e) => e);
      expect(error).toBeInstanceOf(GraphError);
      expect(error.message).toBe(
        `The Graph API endpoint redirected (HTTP ${status}): the answer is a redirect to ${target.host}; ` +
          'redirects are never followed, since the request carries the access token. Attempts: 1.',
      );
      expect(graph.requests).toHaveLength(1);
      expect(elsewhere.requests).toHaveLength(0);
    },
  );

  it.each([
    [
      'events_received 0',
      { kind: 'reply', status: 200, body: { events_received: 0, messages: [], fbtrace_id: 'Tr0' } },
      /^Meta did not confirm the event \(HTTP 200\): events_received is 0, so the event was not accepted\. fbtrace_id: Tr0\. Attempts: 1\.$/,
    ],
    [
      'an empty object',
      { kind: 'reply', status: 200, body: {} },
      /^Meta did not confirm the event \(HTTP 200\): the answer has no events_received count/,
    ],
    [
      'an HTML page',
      { kind: 'html', status: 200 },
      /^Meta did not confirm the event \(HTTP 200\): the answer was not Graph API JSON \("200 200 Bad Gateway"\)\. Attempts: 1\.$/,
    ],
    [
      'an error object',
      { kind: 'reply', status: 200, body: { error: { message: 'Invalid parameter', code: 100, fbtrace_id: 'TrE' } } },
      /^Meta did not confirm the event \(HTTP 200, code 100\): Invalid parameter\. fbtrace_id: TrE\. Attempts: 1\.$/,
    ],
    [
      'a 202 with events_received 0',
      { kind: 'reply', status: 202, body: { events_received: 0 } },
      /HTTP 202\): events_received is 0/,
    ],
  ] as [string, Scripted, RegExp][])(
    'a 2xx with %s: a final failure, not retried (a resend could count the event twice)',
    async (_name, answer, message) => {
      graph.script(answer);
      const error: GraphError = await send().catch((e) => e);
      expect(error).toBeInstanceOf(GraphError);
      expect(error.message).toMatch(message);
      expect(error.failure.transient).toBe(false);
      expect(graph.requests).toHaveLength(1);
    },
  );

  it('a token and app secret echoed in an accepted answer are redacted from the returned summary', async () => {
    graph.script({
      kind: 'reply',
      status: 200,
      body: {
        events_received: 1,
        messages: [`token ${TOKEN}`, { [APP_SECRET]: [APP_SECRET] }],
        fbtrace_id: `T-${TOKEN}`,
      },
    });
    const summary = await sendConversionsApiEvent({
      extensionSettings: { pixelId: '42', accessToken: TOKEN, appSecret: APP_SECRET, graphApiBaseUrl: graph.url },
      settings: { serverEvent: { event_name: 'Lead', action_source: 'email' }, userData: { em: 'a@example.com' } },
      arc: {},
      fetch: globalThis.fetch,
    });
    expect(summary).toMatchObject({
      events_received: 1,
      messages: ['token [redacted]', { '[redacted]': ['[redacted]'] }],
      fbtrace_id: 'T-[redacted]',
    });
    expect(JSON.stringify(summary)).not.toMatch(new RegExp(`${TOKEN}|${APP_SECRET}`));
  });

  it('a token echoed in a failing 2xx is redacted from the error, its messages included', async () => {
    graph.script({
      kind: 'reply',
      status: 200,
      body: { events_received: 0, messages: [`bad token ${TOKEN}`], fbtrace_id: 'Tr' },
    });
    const error: GraphError = await send().catch((e) => e);
    expect(error.message).toContain('Messages: ["bad token [redacted]"]');
    expect(JSON.stringify(error.failure)).not.toContain(TOKEN);
    expect(error.stack).not.toContain(TOKEN);
  });

  it('an answer over the 16 KiB read cap: a 2xx is a final failure, not read, not retried', async () => {
    graph.script({ kind: 'reply', status: 200, body: { events_received: 1, padding: 'x'.repeat(32 * 1024) } });
    const error: GraphError = await send().catch((e) => e);
    expect(error.message).toBe(
      'Meta did not confirm the event (HTTP 200): ' +
        'the answer is larger than 16384 bytes and was not read. Attempts: 1.',
    );
    expect(graph.requests).toHaveLength(1);
  });

  it('a 2xx of unclosed < up to the cap: a final failure at once, with a short snippet', async () => {
    // The stand-in sends it as a JSON string: a `"`, 16,382 `<`, a `"`.
    graph.script({ kind: 'reply', status: 200, body: '<'.repeat(16 * 1024 - 2) });
    const error: GraphError = await send().catch((e) => e);
    expect(error.message).toBe(
      `Meta did not confirm the event (HTTP 200): the answer was not Graph API JSON (""${'<'.repeat(119)}…"). ` +
        'Attempts: 1.',
    );
    expect(graph.requests).toHaveLength(1);
  });

  it('an answer accepting the event with messages nested 2,000 deep: a success, with a shallow copy', async () => {
    const nested = JSON.parse(`${'['.repeat(2000)}"deep"${']'.repeat(2000)}`);
    graph.script({
      kind: 'reply',
      status: 200,
      body: { events_received: 1, messages: [`echo ${TOKEN}`, nested], fbtrace_id: 'Deep1' },
    });
    const summary = await send();
    expect(summary).toMatchObject({
      events_received: 1,
      fbtrace_id: 'Deep1',
      messages: ['echo [redacted]', [['[…]']]],
      attempts: 1,
    });
    expect(graph.requests).toHaveLength(1);
  });

  it(
    'a base URL with credentials: a setting error before anything is sent, ' + 'never retried, credentials not echoed',
    async () => {
      const withUser = graph.url.replace('http://', 'http://admin:pa55word@');
      const error = await sendConversionsApiEvent({
        extensionSettings: { pixelId: '42', accessToken: TOKEN, graphApiBaseUrl: withUser },
        settings: { serverEvent: { event_name: 'Lead', action_source: 'email' }, userData: { em: 'a@example.com' } },
        arc: {},
        fetch: globalThis.fetch,
      }).catch((e) => e);
      expect(error).toBeInstanceOf(SettingError);
      expect(error.setting).toBe('graphApiBaseUrl');
      expect(error.message).not.toMatch(/admin|pa55word/);
      expect(graph.requests).toHaveLength(0);
    },
  );

  it('nothing listening: a network error, retried, then reported', async () => {
    const closed = await startGraphStandIn();
    await closed.close();
    const error: GraphError = await sendConversionsApiEvent({
      extensionSettings: { pixelId: '42', accessToken: TOKEN, graphApiBaseUrl: closed.url },
      settings: { serverEvent: { event_name: 'Lead', action_source: 'email' }, userData: { em: 'a@example.com' } },
      arc: {},
      fetch: globalThis.fetch,
      policy: { baseDelayMs: 5, maxDelayMs: 10 },
    }).catch((e) => e);
    expect(error.message).toMatch(
      /^Meta could not be reached: network error: fetch failed \(ECONNREFUSED\)\. Attempts: 4/,
    );
  });
});
