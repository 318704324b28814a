import { describe, expect, it } from 'vitest';
import { GraphError } from '../../src/core/errors';
import { classifyResponse } from '../../src/core/graph/response';
import { MAX_ANSWER_BYTES, MIN_ATTEMPT_MS, sendGraphRequest, type FetchLike } from '../../src/core/graph/send';
import { hostileAnswers } from '../support/hostileAnswers';
import { timestampTooOld } from '../support/metaErrors';
import { measureWork } from '../support/workMeter';

const graphError = (status: number, error: Record<string, unknown>) =>
  classifyResponse(status, JSON.stringify({ error }));

/**
 * Makes every setTimeout fire at once, after `onTimeout` was told its delay (a test moves its
 * clock by it): timeouts are tested without waiting for them. Returns the restore function.
 */
function advanceOnTimeout(onTimeout: (ms: number) => void): () => void {
  const real = globalThis.setTimeout;
  (globalThis as { setTimeout: unknown }).setTimeout = ((fn: () => void, ms: number) => {
    onTimeout(ms);
    return real(fn, 0);
  }) as typeof setTimeout;
  return () => void ((globalThis as { setTimeout: unknown }).setTimeout = real);
}

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

  // From Meta's error reference: the code decides, whatever the status.
  it.each([3, 10, 100, 102, 190, 2635])('code %i is final, even in a 5xx answer', (code) => {
    const result = graphError(503, { message: 'm', code });
    expect(!result.ok && result.failure.transient).toBe(false);
  });

  it.each([1, 2, 4, 17, 341, 368, 613, 80000, 80999])('code %i is transient, even in a 4xx answer', (code) => {
    const result = graphError(400, { message: 'm', code });
    expect(!result.ok && result.failure.transient).toBe(true);
  });

  it.each([79999, 81000])('code %i, outside the 80000s of rate limits, is final in a 4xx answer', (code) => {
    const result = graphError(400, { message: 'm', code });
    expect(!result.ok && result.failure.transient).toBe(false);
  });

  it('never retries a permission error (codes 10 and 200 to 299), even under a 5xx', () => {
    for (const code of [10, 200, 230, 299]) {
      expect(graphError(503, { code, message: 'Permissions error' }), `code ${code}`).toMatchObject({
        ok: false,
        failure: { transient: false },
      });
    }
    expect(graphError(503, { code: 300, message: 'other' })).toMatchObject({ failure: { transient: true } });
  });

  it("prefers Meta's user-facing text and keeps the codes and fbtrace_id", () => {
    const result = graphError(400, timestampTooOld('A1b2C3'));
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
    expect(classifyResponse(200, 'OK')).toMatchObject({
      ok: false,
      failure: { status: 200, transient: false, message: expect.stringContaining('"OK"') },
    });
    expect(classifyResponse(404, '')).toMatchObject({
      ok: false,
      failure: { transient: false, message: expect.stringContaining('empty body') },
    });
  });
});

describe('success means delivered', () => {
  it.each([
    ['events_received 0', '{"events_received":0,"messages":["dropped"],"fbtrace_id":"T0"}', /events_received is 0/],
    ['an empty object', '{}', /no events_received count/],
    ['events_received as text', '{"events_received":"1","fbtrace_id":"T0"}', /no events_received count/],
    ['events_received negative', '{"events_received":-1}', /events_received is -1/],
    ['an HTML page', '<html><body>Welcome</body></html>', /not Graph API JSON \("Welcome"\)/],
    ['a JSON list', '[{"events_received":1}]', /not Graph API JSON/],
    [
      'an error object',
      '{"error":{"message":"Invalid parameter","code":100,"fbtrace_id":"T0"},"events_received":1}',
      /Invalid parameter/,
    ],
    ['an empty body', '', /empty body/],
  ])('a 2xx with %s is a final failure', (_name, body, message) => {
    for (const status of [200, 201, 204, 299]) {
      const result = classifyResponse(status, body);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.failure).toMatchObject({ status, transient: false });
        expect(result.failure.message).toMatch(message);
      }
    }
  });

  it('a failing 2xx carries fbtrace_id and messages into the error', () => {
    const result = classifyResponse(200, '{"events_received":0,"messages":["Event dropped"],"fbtrace_id":"AbC9"}');
    if (result.ok) throw new Error('expected a failure');
    const error = new GraphError(result.failure, 1);
    expect(error.message).toBe(
      'Meta did not confirm the event (HTTP 200): events_received is 0, so the event was not accepted. ' +
        'fbtrace_id: AbC9. Messages: ["Event dropped"]. Attempts: 1.',
    );
  });

  it('accepts events_received >= 1 only, keeping messages and fbtrace_id', () => {
    expect(classifyResponse(200, '{"events_received":3,"messages":["m"],"fbtrace_id":"T"}')).toEqual({
      ok: true,
      success: { events_received: 3, messages: ['m'], fbtrace_id: 'T' },
    });
  });
});

describe('hostile answers at the read cap: one bounded pass, a small result', () => {
  /** Levels of lists and objects in a JSON value. */
  const depth = (value: unknown): number =>
    value && typeof value === 'object' ? 1 + Math.max(0, ...Object.values(value).map(depth)) : 0;

  it.each(hostileAnswers(MAX_ANSWER_BYTES).map((answer) => [answer.name, answer] as const))(
    '%s',
    (_name, { text, accepts }) => {
      expect(text.length).toBeLessThanOrEqual(MAX_ANSWER_BYTES);
      for (const status of [200, 400, 503]) {
        // What one attempt does with an answer it has read: classify it, and word the error.
        const { result, chars, longestRegexInput } = measureWork(() => {
          const classified = classifyResponse(status, text);
          return classified.ok ? classified : { ...classified, error: new GraphError(classified.failure, 1) };
        });
        expect(result.ok).toBe(status === 200 && accepts);
        // One parse, then a snippet (at most two looks at each character) or what is kept, and the wording.
        expect(chars).toBeLessThanOrEqual(3 * text.length + 1_000);
        // No regular expression runs over the answer, only over the short texts kept from it.
        expect(longestRegexInput).toBeLessThanOrEqual(1_100);
        const kept = result.ok ? result.success : result.failure;
        expect(depth(kept.messages)).toBeLessThanOrEqual(4);
        expect(JSON.stringify(kept).length).toBeLessThanOrEqual(text.length + 500);
        if (!result.ok) expect(result.error.message.length).toBeLessThan(1_400);
      }
    },
  );

  it('keeps ten items and two levels below those of messages, texts cut to 500 characters', () => {
    const messages = [
      'x'.repeat(600),
      { code: 1, detail: { deeper: [1], kept: 2 }, list: [[1], 2] },
      ...Array.from({ length: 12 }, (_, i) => i),
    ];
    const result = classifyResponse(200, JSON.stringify({ events_received: 1, messages }));
    expect(result.ok && result.success.messages).toEqual([
      `${'x'.repeat(500)}…`,
      { code: 1, detail: { deeper: '[…]', kept: 2 }, list: ['[…]', 2] },
      ...Array.from({ length: 8 }, (_, i) => i),
      '…',
    ]);
    const keys = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i]));
    const wide = classifyResponse(200, JSON.stringify({ events_received: 0, messages: [keys] }));
    expect(!wide.ok && wide.failure.messages).toEqual([
      { ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, i])), '…': '…' },
    ]);
  });

  it("a message's __proto__ key stays a key of the copy", () => {
    const result = classifyResponse(200, '{"events_received":1,"messages":[{"__proto__":{"polluted":1}}]}');
    const [message] = (result.ok ? result.success.messages : []) as Record<string, unknown>[];
    expect(Object.getPrototypeOf(message)).toBe(Object.prototype);
    expect(Object.keys(message)).toEqual(['__proto__']);
    expect((message as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('a snippet shows the text outside tags, white space folded, a bare < as text', () => {
    const snippetOf = (text: string) => {
      const result = classifyResponse(502, text);
      return result.ok ? '' : result.failure.message;
    };
    expect(snippetOf('<html>\n <title>502</title>\t<p>Bad   Gateway</p>')).toBe(
      'no Graph API error in the answer ("502 Bad Gateway")',
    );
    expect(snippetOf('a < b and c > d')).toBe('no Graph API error in the answer ("a d")');
    expect(snippetOf('x << y')).toBe('no Graph API error in the answer ("x << y")');
    expect(snippetOf('<a><b></b></a>')).toBe('no Graph API error in the answer (no text outside tags)');
    expect(snippetOf(`${'word '.repeat(40)}`)).toBe(
      `no Graph API error in the answer ("${'word '.repeat(24).slice(0, 120)}…")`,
    );
  });
});

describe('redirects', () => {
  const request = {
    url: 'https://graph.facebook.com/v27.0/1/events',
    body: '{"data":[]}',
    headers: { 'content-type': 'application/json' },
  };

  it.each([301, 302, 303, 307, 308])(
    '%d: never followed nor retried, reported with its status and the Location host',
    async (status) => {
      const inits: RequestInit[] = [];
      const fetch: FetchLike = async (_url, init) => {
        inits.push(init);
        return new Response(null, {
          status,
          headers: { location: 'https://user:pw@elsewhere.example:8443/collect?x=1' },
        });
      };
      const error: GraphError = await sendGraphRequest(request, { fetch, sleep: async () => {} }).catch((e) => e);
      expect(inits).toHaveLength(1);
      expect(inits[0].redirect).toBe('manual');
      expect(error).toBeInstanceOf(GraphError);
      expect(error.failure.transient).toBe(false);
      expect(error.message).toBe(
        `The Graph API endpoint redirected (HTTP ${status}): the answer is a redirect to elsewhere.example:8443; ` +
          'redirects are never followed, since the request carries the access token. Attempts: 1.',
      );
      expect(error.message).not.toMatch(/user|pw/);
    },
  );

  it('a relative Location is named by the host it resolves to; a missing one says so', async () => {
    const answer = (headers: Record<string, string>) => async () => new Response('', { status: 307, headers });
    const relative: GraphError = await sendGraphRequest(request, {
      fetch: answer({ location: '/v27.0/2/events' }),
    }).catch((e) => e);
    expect(relative.message).toContain('redirect to graph.facebook.com;');
    const missing: GraphError = await sendGraphRequest(request, { fetch: answer({}) }).catch((e) => e);
    expect(missing.message).toContain('redirect to a target the runtime does not show;');
  });
});

describe('the answer is read up to 16 KiB, streamed', () => {
  const request = { url: 'https://graph.facebook.com/v27.0/1/events', body: '{}', headers: {} };
  const CAP = MAX_ANSWER_BYTES;
  const MiB = 1024 * 1024;

  it('a larger answer is a final failure, and only a little more than the cap is pulled from the stream', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(4 * 1024).fill(0x20);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
        if (pulled >= 50 * MiB) controller.close();
      },
    });
    const calls: number[] = [];
    const fetch: FetchLike = async () => {
      calls.push(1);
      return new Response(stream, { status: 200 });
    };
    const error: GraphError = await sendGraphRequest(request, { fetch }).catch((e) => e);
    expect(error.message).toBe(
      'Meta did not confirm the event (HTTP 200): ' +
        'the answer is larger than 16384 bytes and was not read. Attempts: 1.',
    );
    expect(calls).toHaveLength(1);
    expect(pulled).toBeLessThan(CAP + 4 * chunk.byteLength);
  });

  it('a declared Content-Length over the cap is refused without reading; judged by its status alone', async () => {
    let pulled = 0;
    const fetch: FetchLike = async () => {
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled++;
          controller.enqueue(new Uint8Array(10));
        },
      });
      return new Response(stream, { status: 502, headers: { 'content-length': String(2 * MiB) } });
    };
    const error: GraphError = await sendGraphRequest(request, { fetch, sleep: async () => {} }).catch((e) => e);
    // A gateway's error page too large to read: retried, as any 5xx.
    expect(error.message).toBe(
      'Meta rejected the event (HTTP 502): the answer is larger than 16384 bytes and was not read. ' +
        'Attempts: 4 (transient; retries exhausted).',
    );
    expect(pulled).toBeLessThanOrEqual(4);
  });

  it('an answer of exactly the cap is read', async () => {
    const text = JSON.stringify({ events_received: 1, messages: [], fbtrace_id: 'x'.repeat(CAP - 100) });
    const padded = text.slice(0, -1) + ' '.repeat(CAP - text.length) + '}';
    expect(new TextEncoder().encode(padded).byteLength).toBe(CAP);
    const result = await sendGraphRequest(request, { fetch: async () => new Response(padded, { status: 200 }) });
    expect(result.events_received).toBe(1);
  });

  it(
    "a Node stream body (node-fetch, as in Adobe's sandbox) is read the same way, " + 'and left once over the cap',
    async () => {
      const { Readable } = await import('node:stream');
      const small = Readable.from([Buffer.from('{"events_received":'), Buffer.from('2}')]);
      const ok = await sendGraphRequest(request, {
        fetch: async () => ({ status: 200, headers: new Headers(), body: small }) as unknown as Response,
      });
      expect(ok.events_received).toBe(2);
      let pulled = 0;
      const endless = new Readable({
        read() {
          pulled++;
          this.push(Buffer.alloc(64 * 1024, 0x20));
        },
      });
      const error: GraphError = await sendGraphRequest(request, {
        fetch: async () => ({ status: 200, headers: new Headers(), body: endless }) as unknown as Response,
      }).catch((e) => e);
      expect(error.message).toMatch(/larger than 16384 bytes and was not read/);
      expect(endless.destroyed).toBe(true);
      expect(pulled).toBeLessThan(4);
    },
  );

  it('an unencoded answer of declared length is read in one call; an encoded one is streamed, capped', async () => {
    const answer = '{"events_received":1,"messages":[]}';
    /** A Response that records how its body was read. */
    const recorded = (headers: Record<string, string>, body: string) => {
      const real = new Response(body, { status: 200, headers });
      const used: string[] = [];
      const response = {
        status: 200,
        headers: real.headers,
        get body() {
          used.push('stream');
          return real.body;
        },
        text: () => (used.push('text'), real.text()),
      } as unknown as Response;
      return { response, used };
    };
    const plain = recorded({ 'content-length': String(answer.length) }, answer);
    expect((await sendGraphRequest(request, { fetch: async () => plain.response })).events_received).toBe(1);
    expect(plain.used).toEqual(['text']);

    const identity = recorded({ 'content-length': String(answer.length), 'content-encoding': 'identity' }, answer);
    await sendGraphRequest(request, { fetch: async () => identity.response });
    expect(identity.used).toEqual(['text']);

    // A compressed body of 40 declared bytes may decode to far more: it is streamed, and capped.
    const big = ' '.repeat(2 * MiB);
    const gzip = recorded({ 'content-length': '40', 'content-encoding': 'gzip' }, `{"messages":["${big}"]}`);
    const error: GraphError = await sendGraphRequest(request, { fetch: async () => gzip.response }).catch((e) => e);
    expect(error.message).toMatch(/larger than 16384 bytes and was not read/);
    expect(gzip.used).toEqual(['stream']);

    const undeclared = recorded({}, answer);
    await sendGraphRequest(request, { fetch: async () => undeclared.response });
    expect(undeclared.used).toEqual(['stream']);
  });

  it('multi-byte text split across chunks decodes whole', async () => {
    const bytes = new TextEncoder().encode('{"events_received":1,"messages":["Zoë ❤ 정"]}');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const b of bytes) controller.enqueue(Uint8Array.of(b));
        controller.close();
      },
    });
    const result = await sendGraphRequest(request, { fetch: async () => new Response(stream, { status: 200 }) });
    expect(result.messages).toEqual(['Zoë ❤ 정']);
  });
});

describe('the budget', () => {
  const request = { url: 'https://graph.facebook.com/v27.0/1/events', body: '{}', headers: {} };
  const busy = () => new Response('{"error":{"code":2,"message":"Service temporarily unavailable"}}', { status: 503 });

  /** A clock the test moves: each fetch takes `answerMs`, each sleep its delay. */
  function clocked(answerMs: number, startAt = 0) {
    const log: string[] = [];
    let clock = startAt;
    return {
      log,
      now: () => clock,
      fetch: (async () => {
        log.push(`fetch@${clock}`);
        clock += answerMs;
        return busy();
      }) as FetchLike,
      sleep: async (ms: number) => {
        log.push(`sleep@${clock}+${Math.round(ms)}`);
        clock += ms;
      },
    };
  }

  it('counts from startedAt: time spent before the call (resolving data elements) is part of it', async () => {
    const c = clocked(4_000, 12_000);
    const error: GraphError = await sendGraphRequest(request, {
      fetch: c.fetch,
      now: c.now,
      sleep: c.sleep,
      startedAt: 0,
      random: () => 0.5,
    }).catch((e) => e);
    // 12 s spent before; attempts at 12 s and 16.3 s, then no time for a wait and another attempt.
    expect(c.log).toEqual(['fetch@12000', 'sleep@16000+300', 'fetch@16300']);
    expect(c.now()).toBeLessThanOrEqual(20_300);
    expect(error.attempts).toBe(2);
  });

  it('no attempt starts when the budget is spent before sending', async () => {
    const c = clocked(10, 20_000 - MIN_ATTEMPT_MS + 1);
    const error: GraphError = await sendGraphRequest(request, {
      fetch: c.fetch,
      now: c.now,
      sleep: c.sleep,
      startedAt: 0,
    }).catch((e) => e);
    expect(c.log).toEqual([]);
    expect(error.attempts).toBe(0);
    expect(error.message).toBe(
      'The event was not sent: 19751 ms of the 20000 ms budget were spent before sending ' +
        '(resolving settings and data elements), too little is left for a request. Attempts: 0.',
    );
  });

  it('no back-off wait begins unless an attempt can follow it inside the budget', async () => {
    const c = clocked(6_000);
    const error: GraphError = await sendGraphRequest(request, {
      fetch: c.fetch,
      now: c.now,
      sleep: c.sleep,
      random: () => 0.5,
    }).catch((e) => e);
    for (const entry of c.log.filter((l) => l.startsWith('sleep'))) {
      const [, at, ms] = /@(\d+)\+(\d+)/.exec(entry)!.map(Number);
      expect(at + ms + MIN_ATTEMPT_MS).toBeLessThanOrEqual(20_000);
    }
    expect(error.attempts).toBe(3);
  });

  /** A send that starts at 17 s on a clock that jumps by each timeout and each wait it asks for. */
  async function sendOnJumpingClock(fetch: FetchLike, startedAt: number) {
    let clock = 17_000;
    const timeouts: number[] = [];
    const restore = advanceOnTimeout((ms) => {
      timeouts.push(ms);
      clock += ms;
    });
    try {
      const error: GraphError = await sendGraphRequest(request, {
        fetch,
        now: () => clock,
        startedAt,
        sleep: async (ms) => void (clock += ms),
      }).catch((e) => e);
      return { error, timeouts, clock };
    } finally {
      restore();
    }
  }

  it("the last attempt's timeout is cut to what remains, even when fetch ignores the abort", async () => {
    // Never settles, abort or not: only the attempt's own timeout can end it.
    const { error, timeouts, clock } = await sendOnJumpingClock(() => new Promise(() => {}), 1_000);
    expect(timeouts).toEqual([4_000]);
    expect(clock).toBe(21_000);
    expect(error.message).toMatch(/no complete answer within 4000 ms/);
  });

  it('the final attempt after a long start gets only the time left', async () => {
    const { error, timeouts, clock } = await sendOnJumpingClock(
      (_url, init) =>
        new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted')))),
      0,
    );
    expect(timeouts).toEqual([3_000]);
    expect(clock).toBe(20_000);
    expect(error.message).toBe(
      'Meta could not be reached: no complete answer within 3000 ms (request aborted). ' +
        'Attempts: 1 (transient; no time left in the budget for another attempt).',
    );
  });
});

describe('sendGraphRequest retries', () => {
  const request = {
    url: 'https://graph.example/v27.0/1/events',
    body: '{"data":[]}',
    headers: { 'content-type': 'application/json' },
  };
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
    const { fetch, calls } = scripted(
      reply(400, { error: { code: 100, error_subcode: 2804003, message: 'too old', fbtrace_id: 'T1' } }),
    );
    const error = await sendGraphRequest(request, { fetch, sleep }).catch((e) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(calls).toHaveLength(1);
    expect(error.message).toBe(
      'Meta rejected the event (HTTP 400, code 100, subcode 2804003): too old. fbtrace_id: T1. Attempts: 1.',
    );
  });

  it('stops after 4 attempts', async () => {
    const { fetch, calls } = scripted(
      ...Array.from({ length: 6 }, () =>
        reply(500, { error: { code: 2, message: 'Service temporarily unavailable' } }),
      ),
    );
    const error = await sendGraphRequest(request, { fetch, sleep }).catch((e) => e);
    expect(calls).toHaveLength(4);
    expect(error.message).toMatch(
      /code 2\): Service temporarily unavailable\. Attempts: 4 \(transient; retries exhausted\)/,
    );
  });

  it('honours Retry-After within the cap, and waits the cap (3 s) for a longer one', async () => {
    for (const [seconds, wait] of [
      ['2', 2000],
      ['3', 3000],
      ['4', 3000],
      ['120', 3000],
    ] as const) {
      waits.length = 0;
      const { fetch } = scripted(
        reply(429, { error: { code: 4, message: 'slow down' } }, { 'retry-after': seconds }),
        reply(200, { events_received: 1 }),
      );
      await sendGraphRequest(request, { fetch, sleep, random: () => 0 });
      expect(waits, `Retry-After: ${seconds}`).toEqual([wait]);
    }
  });

  it('gives each attempt headers of its own: a fetch that changes them cannot change the next attempt', async () => {
    const sentHeaders: Record<string, string>[] = [];
    const { fetch: answer } = scripted(reply(503, 'busy'), reply(200, { events_received: 1 }));
    const fetch: FetchLike = (url, init) => {
      const headers = init.headers as Record<string, string>;
      sentHeaders.push({ ...headers });
      headers['content-type'] = 'text/plain';
      return answer(url, init);
    };
    await sendGraphRequest(request, { fetch, sleep, random: () => 0 });
    expect(sentHeaders).toEqual([request.headers, request.headers]);
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
    // Settling at all is the proof: a fetch that never answers would otherwise hang the test until its own timeout.
    const error = await sendGraphRequest(request, {
      fetch,
      sleep,
      policy: { attemptTimeoutMs: 50, maxAttempts: 2 },
    }).catch((e) => e);
    expect(signal?.aborted).toBe(true);
    expect(error.message).toMatch(
      /Meta could not be reached: no complete answer within 50 ms \(request aborted\)\. Attempts: 2/,
    );
  });
});
