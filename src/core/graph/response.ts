/** What Meta's answer means: accepted, or a failure that is transient (retry) or final. */
import type { GraphFailure } from '../errors';

export interface GraphSuccess {
  events_received?: number;
  messages: unknown[];
  fbtrace_id?: string;
}

export type Classified = { ok: true; success: GraphSuccess } | { ok: false; failure: GraphFailure };

/** Graph error codes worth retrying: temporary service issues and rate limits. */
const TRANSIENT_CODES = new Set([1, 2, 4, 17, 341, 368, 613]);
/** Codes that no retry will fix: bad parameters, permissions, tokens, deprecated versions. */
const FINAL_CODES = new Set([3, 10, 100, 102, 190, 2635]);

export function classifyResponse(status: number, bodyText: string): Classified {
  const body = parseJson(bodyText);
  if (status >= 200 && status < 300 && body && !body.error) {
    return {
      ok: true,
      success: {
        events_received: typeof body.events_received === 'number' ? body.events_received : undefined,
        messages: Array.isArray(body.messages) ? body.messages : [],
        fbtrace_id: typeof body.fbtrace_id === 'string' ? body.fbtrace_id : undefined,
      },
    };
  }
  const error = body && typeof body.error === 'object' && body.error ? (body.error as Record<string, unknown>) : undefined;
  if (!error) {
    return {
      ok: false,
      failure: {
        status,
        message: status >= 200 && status < 300 ? 'the answer was not Graph API JSON' : `no Graph API error in the answer (${snippet(bodyText)})`,
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
      transient: isTransient(status, code, error.is_transient === true),
    },
  };
}

function isTransient(status: number, code: number | undefined, flagged: boolean): boolean {
  if (code !== undefined && FINAL_CODES.has(code)) return false;
  if (code !== undefined && (TRANSIENT_CODES.has(code) || (code >= 80000 && code < 81000))) return true;
  return flagged || status === 429 || status >= 500;
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** A short, single-line view of a non-JSON answer (an HTML error page, say). */
function snippet(text: string): string {
  const flat = text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return flat ? `"${flat.slice(0, 120)}${flat.length > 120 ? '…' : ''}"` : 'empty body';
}

const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
