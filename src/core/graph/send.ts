/**
 * Posts the request, retrying only transient failures (network errors, timeouts, 429, 5xx,
 * Graph's temporary and rate-limit codes) with jittered exponential backoff. Every attempt
 * sends the same body, so the same event_id, and is aborted at its own timeout; the whole
 * call stays inside a budget well under the Edge Network's 30 s module timeout.
 */
import { GraphError, type GraphFailure } from '../errors';
import type { GraphRequest } from './request';
import { classifyResponse, type GraphSuccess } from './response';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface RetryPolicy {
  maxAttempts: number;
  /** Per attempt, until the whole answer is read. Meta answers most requests in well under a second. */
  attemptTimeoutMs: number;
  /** For all attempts and waits together. */
  budgetMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  attemptTimeoutMs: 6_000,
  budgetMs: 20_000,
  baseDelayMs: 300,
  maxDelayMs: 3_000,
};

export interface SendOptions {
  fetch: FetchLike;
  policy?: Partial<RetryPolicy>;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface SendResult extends GraphSuccess {
  attempts: number;
}

/** No attempt starts with less time than this left in the budget. */
const MIN_ATTEMPT_MS = 250;

export async function sendGraphRequest(request: GraphRequest, options: SendOptions): Promise<SendResult> {
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.policy };
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  const start = now();
  for (let attempt = 1; ; attempt++) {
    const timeout = Math.min(policy.attemptTimeoutMs, policy.budgetMs - (now() - start));
    const outcome = await attemptOnce(request, options.fetch, timeout);
    if ('success' in outcome) return { ...outcome.success, attempts: attempt };
    const { failure, retryAfterMs } = outcome;
    if (!failure.transient || attempt >= policy.maxAttempts) throw new GraphError(failure, attempt);
    const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1)) * (0.5 + random());
    const delay = Math.max(backoff, Math.min(retryAfterMs ?? 0, policy.maxDelayMs));
    if (now() - start + delay + MIN_ATTEMPT_MS > policy.budgetMs) throw new GraphError(failure, attempt);
    await sleep(delay);
  }
}

type Outcome = { success: GraphSuccess } | { failure: GraphFailure; retryAfterMs?: number };

async function attemptOnce(request: GraphRequest, fetch: FetchLike, timeoutMs: number): Promise<Outcome> {
  const controller = new AbortController();
  const timedOut = `no complete answer within ${timeoutMs} ms (request aborted)`;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Also settles when a fetch implementation ignores the abort signal.
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(timedOut));
    }, Math.max(0, timeoutMs));
  });
  try {
    const exchange = (async () => {
      const response = await fetch(request.url, { method: 'POST', headers: { ...request.headers }, body: request.body, signal: controller.signal });
      return { status: response.status, text: await response.text(), retryAfter: response.headers?.get?.('retry-after') };
    })();
    exchange.catch(String); // settled by the race below; no unhandled rejection after a timeout
    const { status, text, retryAfter } = await Promise.race([exchange, expired]);
    const classified = classifyResponse(status, text);
    if (classified.ok) return { success: classified.success };
    // Retry-After in seconds, as proxies and rate limiters send it.
    const seconds = retryAfter && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) : 0;
    return { failure: classified.failure, retryAfterMs: seconds * 1000 };
  } catch (error) {
    const message = (error as Error)?.message === timedOut ? timedOut : `network error: ${describeNetworkError(error)}`;
    return { failure: { message, transient: true } };
  } finally {
    clearTimeout(timer);
  }
}

function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const detail = cause?.code ?? cause?.message;
  return detail && !error.message.includes(detail) ? `${error.message} (${detail})` : error.message;
}
