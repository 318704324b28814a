/** What Meta's answer means: accepted, or a failure that is transient (retry) or final. */
import type { GraphFailure } from '../errors';
import { isPlainObject } from '../values';

export interface GraphSuccess {
  events_received: number;
  messages: unknown[];
  fbtrace_id?: string;
}

export type Classified = { ok: true; success: GraphSuccess } | { ok: false; failure: GraphFailure };

/** Graph error codes worth retrying: temporary service issues and rate limits. */
const TRANSIENT_CODES = new Set([1, 2, 4, 17, 341, 368, 613]);
/** Codes that no retry will fix: bad parameters, permissions, tokens, deprecated versions. */
const FINAL_CODES = new Set([3, 10, 100, 102, 190, 2635]);

/**
 * Success means delivered: a 2xx whose JSON body counts at least one event received. Any
 * other 2xx is a final failure: Meta may have stored the event, so a retry could count it
 * twice (Meta de-duplicates only on event_id).
 */
export function classifyResponse(status: number, bodyText: string): Classified {
  const body = parseJson(bodyText);
  const error =
    body && typeof body.error === 'object' && body.error ? (body.error as Record<string, unknown>) : undefined;
  const ok = status >= 200 && status < 300;
  const messages = Array.isArray(body?.messages) && body.messages.length ? (body.messages as unknown[]) : undefined;
  if (ok && !error) {
    const received = body?.events_received;
    const fbtraceId = str(body?.fbtrace_id);
    if (typeof received === 'number' && received >= 1) {
      return { ok: true, success: { events_received: received, messages: messages ?? [], fbtrace_id: fbtraceId } };
    }
    const why = !body
      ? `the answer was not Graph API JSON (${snippet(bodyText)})`
      : typeof received === 'number'
        ? `events_received is ${received}, so the event was not accepted`
        : 'the answer has no events_received count, so the event may not have been accepted';
    return { ok: false, failure: { status, message: why, fbtraceId, messages, transient: false } };
  }
  if (!error) {
    return {
      ok: false,
      failure: {
        status,
        message: `no Graph API error in the answer (${snippet(bodyText)})`,
        fbtraceId: str(body?.fbtrace_id),
        messages,
        transient: status === 429 || status >= 500,
      },
    };
  }
  const code = num(error.code);
  const subcode = num(error.error_subcode);
  return {
    ok: false,
    failure: {
      status,
      code,
      subcode,
      title: str(error.error_user_title),
      message: str(error.error_user_msg) ?? str(error.message) ?? 'no message',
      fbtraceId: str(error.fbtrace_id) ?? str(body?.fbtrace_id),
      messages,
      // An error inside a 2xx is final: the event may have been stored.
      transient: !ok && isTransient(status, code, error.is_transient === true),
    },
  };
}

/** A 3xx, never followed: the request carries the access token. `location` is the Location header. */
export function redirectFailure(status: number, location: string | null | undefined, requestUrl: string): GraphFailure {
  let target = 'a target the runtime does not show';
  if (location) {
    try {
      target = new URL(location, requestUrl).host || target;
    } catch {
      target = 'an unreadable Location';
    }
  }
  return {
    status: status || undefined,
    message:
      `the answer is a redirect to ${target}; ` +
      'redirects are never followed, since the request carries the access token',
    transient: false,
  };
}

function isTransient(status: number, code: number | undefined, flagged: boolean): boolean {
  if (code !== undefined && FINAL_CODES.has(code)) return false;
  if (code !== undefined && (TRANSIENT_CODES.has(code) || (code >= 80000 && code < 81000))) return true;
  return flagged || status === 429 || status >= 500;
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isPlainObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** A short, single-line view of a non-JSON answer (an HTML error page, say). */
function snippet(text: string): string {
  const flat = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat ? `"${flat.slice(0, 120)}${flat.length > 120 ? '…' : ''}"` : 'empty body';
}

const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
