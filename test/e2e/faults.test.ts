/**
 * The Graph fault matrix over real HTTP: the action's core posting to the local stand-in, which
 * answers as Meta does when things go wrong. Timeouts are shortened so the matrix runs fast;
 * the retry policy is otherwise the shipped one.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sendConversionsApiEvent, type EventSummary } from '../../src/core/conversionsApi';
import { GraphError } from '../../src/core/errors';
import { startGraphStandIn, type GraphStandIn, type Scripted } from '../../scripts/graph-stand-in/server';

const TOKEN = 'token-for-fault-matrix';
let graph: GraphStandIn;
beforeAll(async () => {
  graph = await startGraphStandIn({ validTokens: [TOKEN] });
});
afterAll(() => graph.close());
beforeEach(() => {
  graph.requests.length = 0;
});

function send(): Promise<EventSummary> {
  return sendConversionsApiEvent({
    extensionSettings: { pixelId: '42', accessToken: TOKEN, graphApiBaseUrl: graph.url },
    settings: { serverEvent: { event_name: 'Lead', action_source: 'email', event_id: 'lead-7' }, userData: { em: 'a@example.com' } },
    arc: {},
    fetch: globalThis.fetch,
    policy: { attemptTimeoutMs: 400, baseDelayMs: 10, maxDelayMs: 40 },
  }) as Promise<EventSummary>;
}

const metaError = (status: number, error: Record<string, unknown>): Scripted => ({
  kind: 'reply',
  status,
  body: { error: { message: 'Invalid parameter', type: 'OAuthException', fbtrace_id: 'TrAcE01', ...error } },
});

describe('Graph fault matrix', () => {
  it('400 / code 100 with a subcode: fails at once with Meta\'s explanation', async () => {
    graph.script(metaError(400, { code: 100, error_subcode: 2804009, error_user_title: 'Missing Value for Purchase Event', error_user_msg: 'Add a value.' }));
    const error: GraphError = await send().catch((e) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error.message).toBe('Meta rejected the event (HTTP 400, code 100, subcode 2804009): Missing Value for Purchase Event: Add a value. fbtrace_id: TrAcE01. Attempts: 1.');
    expect(error.failure).toMatchObject({ status: 400, code: 100, subcode: 2804009, fbtraceId: 'TrAcE01', transient: false });
    expect(graph.requests).toHaveLength(1);
  });

  it('401 / code 190: fails at once, token nowhere in the error', async () => {
    graph.script(metaError(401, { code: 190, error_subcode: 463, message: `Error validating access token: Session has expired (token ${TOKEN})` }));
    const error: GraphError = await send().catch((e) => e);
    expect(error.message).toMatch(/^Meta rejected the event \(HTTP 401, code 190, subcode 463\): Error validating access token/);
    expect(error.message).not.toContain(TOKEN);
    expect(error.stack).not.toContain(TOKEN);
    expect(graph.requests).toHaveLength(1);
  });

  it.each([
    ['code 4 (app request limit)', metaError(400, { code: 4, message: 'Application request limit reached' })],
    ['code 17 (user request limit)', metaError(400, { code: 17, error_subcode: 2446079, message: 'User request limit reached' })],
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
    expect(error.message).toMatch(/code 17\): User request limit reached\. fbtrace_id: TrAcE01\. Attempts: 4 \(transient; retries exhausted\)\./);
    expect(graph.requests).toHaveLength(4);
  });

  it('502 with an HTML body: retried, reported with the page text when it persists', async () => {
    graph.script({ kind: 'html', status: 502 }, { kind: 'html', status: 502 }, { kind: 'html', status: 502 }, { kind: 'html', status: 502 });
    const error: GraphError = await send().catch((e) => e);
    expect(error.message).toMatch(/^Meta rejected the event \(HTTP 502\): no Graph API error in the answer \("502 502 Bad Gateway"\)\. Attempts: 4/);
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
    const error: GraphError = await send().catch((e) => e);
    const elapsed = Date.now() - started;
    expect(error.message).toMatch(/^Meta could not be reached: no complete answer within 400 ms \(request aborted\)\. Attempts: 4/);
    expect(graph.requests).toHaveLength(4);
    expect(elapsed).toBeGreaterThanOrEqual(4 * 400);
    expect(elapsed).toBeLessThan(4 * 400 + 1_500);
  });

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
    expect(error.message).toMatch(/^Meta could not be reached: network error: fetch failed \(ECONNREFUSED\)\. Attempts: 4/);
  });
});
