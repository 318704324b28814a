import { describe, expect, it } from 'vitest';
import { GraphError } from '../../src/core/errors';
import { classifyResponse } from '../../src/core/graph/response';
import { sendGraphRequest, type FetchLike } from '../../src/core/graph/send';

const graphError = (status: number, error: Record<string, unknown>) => classifyResponse(status, JSON.stringify({ error }));

describe('classifyResponse', () => {
  it('reads a success body', () => {
    expect(classifyResponse(200, '{"events_received":1,"messages":[],"fbtrace_id":"AbC"}')).toEqual({
      ok: true,
      success: { events_received: 1, messages: [], fbtrace_id: 'AbC' },
    });
  });

  it.each([
    [400, { code: 100, error_subcode: 2804003 }, false],
    [401, { code: 190 }, false],
    [400, { code: 4 }, true],
    [400, { code: 17, error_subcode: 2446079 }, true],
    [400, { code: 613 }, true],
    [400, { code: 80004 }, true],
    [500, { code: 1 }, true],
    [503, { code: 2 }, true],
    [400, { code: 368 }, true],
    [400, { code: 341 }, true],
    [400, { code: 99999, is_transient: true }, true],
    [500, { code: 100 }, false],
    [400, { code: 2635 }, false],
    [403, { code: 200 }, false],
    [429, { code: 99999 }, true],
  ])('HTTP %d %j → transient %s', (status, error, transient) => {
    const result = graphError(status, { message: 'm', ...error });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.failure.transient).toBe(transient);
  });

  it('prefers Meta\'s user-facing text and keeps the codes and fbtrace_id', () => {
    const result = graphError(400, {
      message: 'Invalid parameter',
      type: 'OAuthException',
      code: 100,
      error_subcode: 2804003,
      error_user_title: 'Event Timestamp Too Old',
      error_user_msg: 'The timestamp for this event is too old.',
      fbtrace_id: 'A1b2C3',
    });
    expect(result).toEqual({
      ok: false,
      failure: {
        status: 400,
        code: 100,
        subcode: 2804003,
        title: 'Event Timestamp Too Old',
        message: 'The timestamp for this event is too old.',
        fbtraceId: 'A1b2C3',
        transient: false,
      },
    });
  });

  it('handles HTML and empty bodies', () => {
    const html = classifyResponse(502, '<html><body><h1>502 Bad Gateway</h1></body></html>');
    expect(html).toMatchObject({ ok: false, failure: { status: 502, transient: true } });
    if (!html.ok) expect(html.failure.message).toContain('502 Bad Gateway');
    expect(classifyResponse(200, 'OK')).toMatchObject({ ok: false, failure: { transient: false } });
    expect(classifyResponse(404, '')).toMatchObject({ ok: false, failure: { transient: false, message: expect.stringContaining('empty body') } });
  });
});

describe('sendGraphRequest retries', () => {
  const request = { url: 'https://graph.example/v27.0/1/events', body: '{"data":[]}', headers: { 'content-type': 'application/json' } };
  const reply = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers });

  function scripted(...answers: (Response | Error)[]) {
    const calls: RequestInit[] = [];
    const fetch: FetchLike = async (_url, init) => {
      calls.push(init);
      const next = answers.shift();
      if (!next) throw new Error('no more answers');
      if (next instanceof Error) throw next;
      return next;
    };
    return { fetch, calls };
  }
  const waits: number[] = [];
  const sleep = async (ms: number) => {
    waits.push(ms);
  };

  it('retries transient failures with growing, jittered waits, sending the same body', async () => {
    waits.length = 0;
    const { fetch, calls } = scripted(
      new TypeError('fetch failed'),
      reply(503, '<html>down</html>'),
      reply(400, { error: { code: 17, message: 'User request limit reached' } }),
      reply(200, { events_received: 1, messages: [], fbtrace_id: 'ok' }),
    );
    const result = await sendGraphRequest(request, { fetch, sleep, random: () => 0.5 });
    expect(result).toEqual({ events_received: 1, messages: [], fbtrace_id: 'ok', attempts: 4 });
    expect(calls.map((c) => c.body)).toEqual(Array(4).fill(request.body));
    expect(waits).toEqual([300, 600, 1200]);
  });

  it('never retries a validation or auth error', async () => {
    const { fetch, calls } = scripted(reply(400, { error: { code: 100, error_subcode: 2804003, message: 'too old', fbtrace_id: 'T1' } }));
    const error = await sendGraphRequest(request, { fetch, sleep }).catch((e) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(calls).toHaveLength(1);
    expect(error.message).toBe('Meta rejected the event (HTTP 400, code 100, subcode 2804003): too old. fbtrace_id: T1. Attempts: 1.');
  });

  it('stops after 4 attempts', async () => {
    const { fetch, calls } = scripted(...Array.from({ length: 6 }, () => reply(500, { error: { code: 2, message: 'Service temporarily unavailable' } })));
    const error = await sendGraphRequest(request, { fetch, sleep }).catch((e) => e);
    expect(calls).toHaveLength(4);
    expect(error.message).toMatch(/code 2\): Service temporarily unavailable\. Attempts: 4 \(transient; retries exhausted\)/);
  });

  it('honours Retry-After within the cap', async () => {
    waits.length = 0;
    const { fetch } = scripted(reply(429, { error: { code: 4, message: 'slow down' } }, { 'retry-after': '2' }), reply(200, { events_received: 1 }));
    await sendGraphRequest(request, { fetch, sleep, random: () => 0 });
    expect(waits).toEqual([2000]);
  });

  it('keeps the whole call inside its budget', async () => {
    let clock = 0;
    const { fetch: answer, calls } = scripted(...Array.from({ length: 4 }, () => reply(503, 'busy')));
    const fetch: FetchLike = async (url, init) => {
      clock += 6_000; // each answer takes the whole attempt timeout
      return answer(url, init);
    };
    const error = await sendGraphRequest(request, {
      fetch,
      now: () => clock,
      sleep: async (ms) => {
        clock += ms;
      },
      random: () => 0.5,
    }).catch((e) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(calls).toHaveLength(3);
    expect(clock).toBeLessThanOrEqual(20_000);
  });

  it('aborts an attempt that takes too long, even if fetch ignores the signal', async () => {
    let signal: AbortSignal | undefined;
    const fetch: FetchLike = (_url, init) => {
      signal = init.signal ?? undefined;
      return new Promise(() => {});
    };
    const started = Date.now();
    const error = await sendGraphRequest(request, { fetch, sleep, policy: { attemptTimeoutMs: 50, maxAttempts: 2 } }).catch((e) => e);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(signal?.aborted).toBe(true);
    expect(error.message).toMatch(/Meta could not be reached: no complete answer within 50 ms \(request aborted\)\. Attempts: 2/);
  });
});
