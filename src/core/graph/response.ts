/** What Meta's answer means: accepted, or a failure that is transient (retry) or final. */
import type { GraphFailure } from '../errors';
import { isPlainObject } from '../values';

export interface GraphSuccess {
  events_received: number;
  messages: unknown[];
  fbtrace_id?: string;
}

export type Classified = { ok: true; success: GraphSuccess } | { ok: false; failure: GraphFailure };

/** Graph error codes of temporary service issues, worth retrying. */
export const TEMPORARY_CODES: ReadonlySet<number> = new Set([1, 2, 341, 368]);
const RATE_LIMIT_CODES = new Set([4, 17, 613]);
/** Rate limits, worth retrying later (80000–80999: business use case limits). */
export const isRateLimitCode = (code: number) => RATE_LIMIT_CODES.has(code) || (code >= 80000 && code < 81000);
/** Permissions (10, and 200–299), which no retry grants. */
export const isPermissionCode = (code: number) => code === 10 || (code >= 200 && code < 300);
/** Other codes that no retry will fix: bad parameters, tokens, deprecated versions. */
const FINAL_CODES = new Set([3, 100, 102, 190, 2635]);

/**
 * Success means delivered: a 2xx whose JSON body counts at least one event received, whatever
 * else it holds. Any other 2xx is a final failure: Meta may have stored the event, so a retry
 * could count it twice (Meta de-duplicates only on event_id).
 *
 * `bodyText` is at most the read cap (send.ts), so every step is bounded by it: one JSON.parse
 * (a single pass; it nests at most half as deep as the text is long), then only the top-level
 * fields are read, and Meta's texts and `messages` are kept short and shallow (`keep`), so the
 * summary and the error stay small whatever the answer nests.
 */
export function classifyResponse(status: number, bodyText: string): Classified {
  const body = parseJson(bodyText);
  const error =
    body && typeof body.error === 'object' && body.error ? (body.error as Record<string, unknown>) : undefined;
  const ok = status >= 200 && status < 300;
  const messages =
    Array.isArray(body?.messages) && body.messages.length ? (keep(body.messages, KEPT_DEPTH) as unknown[]) : undefined;
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
  if (code !== undefined && (FINAL_CODES.has(code) || isPermissionCode(code))) return false;
  if (code !== undefined && (TEMPORARY_CODES.has(code) || isRateLimitCode(code))) return true;
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

/** The most characters of one text from the answer that are kept (Meta's are a sentence or two). */
const KEPT_CHARS = 500;
/** The most items of a list, or keys of an object, kept from the answer. */
const KEPT_ITEMS = 10;
/** The levels of `messages` kept: the list, its items, and two levels below them. */
const KEPT_DEPTH = 4;

/**
 * A copy of a JSON value from the answer, small enough for the summary and the error: `depth`
 * levels at most (deeper lists and objects show as `[…]` and `{…}`), KEPT_ITEMS items or keys
 * of each (a cut one ends with "…"), texts cut to KEPT_CHARS. The depth bounds the recursion, and
 * no value of the answer is copied twice, so the copy is at most about the answer's size.
 */
function keep(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return clip(value);
  if (typeof value !== 'object' || value === null) return value;
  if (depth <= 1) return Array.isArray(value) ? '[…]' : '{…}';
  if (Array.isArray(value)) {
    const items = value.slice(0, KEPT_ITEMS).map((item) => keep(item, depth - 1));
    return value.length > KEPT_ITEMS ? [...items, '…'] : items;
  }
  const keys = Object.keys(value);
  const entries = keys
    .slice(0, KEPT_ITEMS)
    .map((key) => [clip(key), keep((value as Record<string, unknown>)[key], depth - 1)] as const);
  // fromEntries defines own properties: a "__proto__" key stays a key.
  return Object.fromEntries(keys.length > KEPT_ITEMS ? [...entries, ['…', '…']] : entries);
}

const clip = (text: string) => (text.length > KEPT_CHARS ? `${text.slice(0, KEPT_CHARS)}…` : text);

/** The most characters of text a snippet shows. */
const SNIPPET_CHARS = 120;

/**
 * A short, single-line view of a non-JSON answer (an HTML error page, say): its text outside
 * tags, each run of white space as one space. One pass, which stops once the snippet is full:
 * a tag is skipped by one search for its `>`, and once none is left, `<` is text, so no
 * character is looked at more than twice, whatever the answer.
 */
function snippet(text: string): string {
  let flat = '';
  let gap = false;
  let tagEnds = true;
  for (let i = 0; i < text.length && flat.length <= SNIPPET_CHARS; i++) {
    let c = text[i];
    if (c === '<' && tagEnds) {
      const end = text.indexOf('>', i + 1);
      if (end < 0) tagEnds = false;
      else {
        i = end;
        c = ' ';
      }
    }
    if (c.trim()) {
      flat += gap && flat ? ` ${c}` : c;
      gap = false;
    } else gap = true;
  }
  if (!flat) return text ? 'no text outside tags' : 'empty body';
  return `"${flat.slice(0, SNIPPET_CHARS)}${flat.length > SNIPPET_CHARS ? '…' : ''}"`;
}

const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
const str = (v: unknown) => (typeof v === 'string' && v ? clip(v) : undefined);
