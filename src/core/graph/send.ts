/**
 * Posts the request, retrying only transient failures (network errors, timeouts, 429, 5xx,
 * Graph's temporary and rate-limit codes) with jittered exponential backoff. Every attempt
 * sends the same body, so the same event_id. Redirects are never followed. The whole call,
 * waits included, ends inside a budget counted from when the action started, well under
 * the Edge Network's 30 s module timeout.
 */
import { GraphError, type GraphFailure } from '../errors';
import type { GraphRequest } from './request';
import { classifyResponse, redirectFailure, type GraphSuccess } from './response';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface RetryPolicy {
  maxAttempts: number;
  /** Per attempt, until the whole answer is read. Meta answers most requests in well under a second. */
  attemptTimeoutMs: number;
  /** For all attempts and waits together, counted from `startedAt`. */
  budgetMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** The most of an answer that is read, and so parsed: it bounds the work of reading it (response.ts). */
  maxAnswerBytes: number;
}

/** Meta's answers are a few hundred bytes; a larger one is not read. */
export const MAX_ANSWER_BYTES = 16 * 1024;

const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  attemptTimeoutMs: 6_000,
  budgetMs: 20_000,
  baseDelayMs: 300,
  maxDelayMs: 3_000,
  maxAnswerBytes: MAX_ANSWER_BYTES,
};

export interface SendOptions {
  fetch: FetchLike;
  policy?: Partial<RetryPolicy>;
  now?: () => number;
  /** When the budget started (the engine's start of the action); `now()` by default. */
  startedAt?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface SendResult extends GraphSuccess {
  attempts: number;
}

/** No attempt starts with less time than this left in the budget: it could not end inside it. */
export const MIN_ATTEMPT_MS = 250;
const OUT_OF_TIME = 'no time left in the budget for another attempt';

export async function sendGraphRequest(request: GraphRequest, options: SendOptions): Promise<SendResult> {
  const policy = options.policy ? { ...DEFAULT_RETRY_POLICY, ...options.policy } : DEFAULT_RETRY_POLICY;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  const deadline = (options.startedAt ?? now()) + policy.budgetMs;
  let last: GraphFailure | undefined;
  for (let attempt = 1; ; attempt++) {
    const left = deadline - now();
    if (left < MIN_ATTEMPT_MS) {
      if (last) throw new GraphError(last, attempt - 1, OUT_OF_TIME);
      const spent = Math.round(policy.budgetMs - left);
      throw new GraphError(
        {
          message:
            `${spent} ms of the ${policy.budgetMs} ms budget were spent before sending ` +
            '(resolving settings and data elements), too little is left for a request',
          transient: true,
        },
        0,
      );
    }
    // The last attempt's timeout is cut to what remains.
    const outcome = await attemptOnce(
      request,
      options.fetch,
      Math.min(policy.attemptTimeoutMs, left),
      policy.maxAnswerBytes,
    );
    if ('success' in outcome) {
      const { events_received, messages, fbtrace_id } = outcome.success;
      return { events_received, messages, fbtrace_id, attempts: attempt };
    }
    const { failure, retryAfterMs } = outcome;
    if (!failure.transient || attempt >= policy.maxAttempts) throw new GraphError(failure, attempt);
    const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1)) * (0.5 + random());
    const delay = Math.max(backoff, Math.min(retryAfterMs ?? 0, policy.maxDelayMs));
    // No wait begins unless the attempt after it can still start inside the budget.
    if (now() + delay + MIN_ATTEMPT_MS > deadline) throw new GraphError(failure, attempt, OUT_OF_TIME);
    last = failure;
    await sleep(delay);
  }
}

type Outcome = { success: GraphSuccess } | { failure: GraphFailure; retryAfterMs?: number };

/**
 * One POST, settled by whichever comes first: the answer, read in full, or the timeout. The
 * timeout also settles it when a fetch implementation ignores the abort signal. One timer and
 * one AbortController per attempt: the signal is the attempt's own, so each attempt has its
 * own request init (the headers copied, so that a fetch that changes them cannot change the
 * next attempt's).
 */
function attemptOnce(request: GraphRequest, fetch: FetchLike, timeoutMs: number, maxBytes: number): Promise<Outcome> {
  return new Promise<Outcome>((settle) => {
    const controller = new AbortController();
    const state = { done: false };
    const timer = setTimeout(() => {
      state.done = true;
      controller.abort();
      settle({ failure: { message: `no complete answer within ${timeoutMs} ms (request aborted)`, transient: true } });
    }, timeoutMs);
    const init: RequestInit = {
      method: 'POST',
      headers: { ...request.headers },
      body: request.body,
      redirect: 'manual',
      signal: controller.signal,
    };
    exchange(request, init, fetch, maxBytes, state).then(
      (outcome) => {
        clearTimeout(timer);
        state.done = true;
        settle(outcome);
      },
      (error) => {
        clearTimeout(timer);
        state.done = true;
        // After a timeout this is the abort itself; the timeout has already settled the attempt.
        settle({ failure: { message: `network error: ${describeNetworkError(error)}`, transient: true } });
      },
    );
  });
}

async function exchange(
  request: GraphRequest,
  init: RequestInit,
  fetch: FetchLike,
  maxBytes: number,
  state: { done: boolean },
): Promise<Outcome> {
  const response = await fetch(request.url, init);
  const { status } = response;
  if ((status >= 300 && status < 400) || response.type === 'opaqueredirect') {
    discard(response.body);
    return { failure: redirectFailure(status, response.headers?.get?.('location'), request.url) };
  }
  const text = await readCapped(response, maxBytes, state);
  if (text === undefined) {
    // Judged by its status alone, as an answer without a Graph error is: a 2xx is final.
    const transient = status === 429 || status >= 500;
    return { failure: { status, message: `the answer is larger than ${maxBytes} bytes and was not read`, transient } };
  }
  const classified = classifyResponse(status, text);
  if (classified.ok) return { success: classified.success };
  // Retry-After in seconds, as proxies and rate limiters send it.
  const retryAfter = response.headers?.get?.('retry-after');
  const seconds = retryAfter && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) : 0;
  return { failure: classified.failure, retryAfterMs: seconds * 1000 };
}

/** The answer as text, or undefined when it is larger than `maxBytes` (then it is not buffered). */
async function readCapped(response: Response, maxBytes: number, state: { done: boolean }): Promise<string | undefined> {
  const length = response.headers?.get?.('content-length');
  const declared = length == null ? NaN : Number(length);
  if (declared > maxBytes) {
    discard(response.body);
    return undefined;
  }
  // An unencoded body cannot outgrow its declared length (HTTP ends it there), so it is read
  // whole: in workerd that is one call instead of a read per chunk. Anything else is streamed.
  const encoding = response.headers?.get?.('content-encoding');
  if (declared >= 0 && (!encoding || encoding === 'identity') && typeof response.text === 'function')
    return capText(await response.text(), maxBytes);
  const body: unknown = response.body;
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  /** Adds a chunk; false when the cap is passed or the attempt has already timed out. */
  const take = (chunk: Uint8Array) => {
    bytes += chunk.byteLength;
    if (bytes > maxBytes || state.done) return false;
    text += decoder.decode(chunk, { stream: true });
    return true;
  };
  if (body && typeof (body as ReadableStream).getReader === 'function') {
    const reader = (body as ReadableStream<Uint8Array>).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      if (!take(value)) {
        reader.cancel().catch(ignore);
        return undefined;
      }
    }
  }
  // A Node stream, as node-fetch (Adobe's sandbox) gives; leaving the loop destroys it.
  if (body && typeof (body as AsyncIterable<Uint8Array>)[Symbol.asyncIterator] === 'function') {
    for await (const chunk of body as AsyncIterable<Uint8Array>) if (!take(chunk)) return undefined;
    return text + decoder.decode();
  }
  return typeof response.text === 'function' ? capText(await response.text(), maxBytes) : '';
}

/** A text already read, still refused when too large. UTF-8 takes at most 3 bytes per UTF-16 unit. */
function capText(text: string, maxBytes: number): string | undefined {
  if (text.length * 3 <= maxBytes) return text;
  return text.length > maxBytes || new TextEncoder().encode(text).byteLength > maxBytes ? undefined : text;
}

const ignore = () => {};

/** Frees an answer that is not read: a web stream is cancelled, a Node stream (node-fetch) destroyed. */
function discard(body: unknown): void {
  const stream = body as { cancel?: () => Promise<void>; destroy?: () => void } | null | undefined;
  if (typeof stream?.cancel === 'function') stream.cancel().catch(ignore);
  else stream?.destroy?.();
}

function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const detail = cause?.code ?? cause?.message;
  return detail && !error.message.includes(detail) ? `${error.message} (${detail})` : error.message;
}
