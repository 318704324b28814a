/**
 * Checks one Conversions API request the way Meta documents it, and says what Meta would
 * answer: success, or a Graph error with Meta's codes and subcodes. Subcodes seen in Meta's
 * real answers: 2804001, 2804003, 2804009, 2804019, 2804030. Where Meta documents a rule but
 * no subcode (a future timestamp, a missing currency, an unhashed value), this stand-in uses
 * its own: 2804004, 2804008, 2804050.
 */
import { createHmac } from 'node:crypto';
import { META_ACTION_SOURCES, META_HASHED_USER_DATA, META_PLAIN_USER_DATA } from './metaLists';

interface GraphErrorBody {
  message: string;
  type: string;
  code: number;
  error_subcode?: number;
  is_transient?: boolean;
  error_user_title?: string;
  error_user_msg?: string;
}

export type Verdict = { ok: true; eventsReceived: number } | { ok: false; status: number; error: GraphErrorBody };

export interface CheckOptions {
  /** When set, any other token is refused with code 190. */
  validTokens?: string[];
  /** When set, appsecret_proof is required and checked. */
  appSecret?: string;
  now?: number;
}

const HASH = /^[0-9a-f]{64}$/;
const PLAIN = new Set(META_PLAIN_USER_DATA);
const KNOWN = new Set([...META_HASHED_USER_DATA, ...META_PLAIN_USER_DATA]);

/**
 * Meta's refusal of a missing token (code 104) or, when `validTokens` is set, of any other token
 * (code 190): the same for reads and for events.
 */
export function tokenError(
  token: string | undefined,
  validTokens: readonly string[] | undefined,
): { status: number; code: number; message: string } | undefined {
  if (!token) return { status: 400, code: 104, message: 'An access token is required to request this resource.' };
  if (validTokens && !validTokens.includes(token))
    return { status: 401, code: 190, message: 'Invalid OAuth access token - Cannot parse access token' };
  return undefined;
}

export function checkRequest(
  path: string,
  body: Record<string, unknown>,
  token: string | undefined,
  options: CheckOptions = {},
): Verdict {
  if (!/^\/v\d+\.\d+\/\d+\/events$/.test(path)) {
    return fail(
      400,
      'GraphMethodException',
      100,
      undefined,
      `Unsupported post request. Object with ID '${path.split('/')[2] ?? ''}' does not exist`,
      33,
    );
  }
  const refused = tokenError(token, options.validTokens);
  if (refused) return fail(refused.status, 'OAuthException', refused.code, undefined, refused.message);
  // From here on there is a token: tokenError refuses a missing one.
  if (options.appSecret) {
    const proof = createHmac('sha256', options.appSecret).update(token!).digest('hex');
    if (body.appsecret_proof === undefined)
      return fail(
        400,
        'GraphMethodException',
        100,
        undefined,
        'API calls from the server require an appsecret_proof argument',
      );
    if (body.appsecret_proof !== proof)
      return fail(400, 'GraphMethodException', 100, undefined, 'Invalid appsecret_proof provided in the API argument');
  }
  const data = body.data;
  if (!Array.isArray(data) || data.length === 0 || data.length > 1000) {
    return param('The parameter data is required and must hold 1 to 1000 events', "$['data']");
  }
  const now = Math.floor((options.now ?? Date.now()) / 1000);
  for (let i = 0; i < data.length; i++) {
    const problem = checkEvent(data[i], `$['data'][${i}]`, now);
    if (problem) return problem;
  }
  return { ok: true, eventsReceived: data.length };
}

function checkEvent(event: unknown, at: string, now: number): Verdict | undefined {
  if (!isObject(event)) return param('Each event must be an object', at);
  if (typeof event.event_name !== 'string' || !event.event_name) return param(`${at}['event_name'] is required`, at);
  if (!Number.isInteger(event.event_time)) return param(`${at}['event_time'] is required and must be an integer`, at);
  const source = event.action_source;
  if (typeof source !== 'string' || !META_ACTION_SOURCES.includes(source)) {
    return param(`${at}['action_source'] must be one of ${META_ACTION_SOURCES.join(', ')}`, at);
  }
  const maxAge = (source === 'physical_store' ? 62 : 7) * 86400;
  if ((event.event_time as number) < now - maxAge) {
    return fail(
      400,
      'OAuthException',
      100,
      'Event Timestamp Too Old',
      'The timestamp for this event is too old. ' +
        `Events must be sent within ${maxAge / 86400} days of when they occurred.`,
      2804003,
    );
  }
  if ((event.event_time as number) > now + 7 * 86400) {
    return fail(
      400,
      'OAuthException',
      100,
      'Event Timestamp In The Future',
      'The timestamp for this event is in the future.',
      2804004,
    );
  }
  const user = event.user_data;
  if (!isObject(user) || Object.keys(user).length === 0)
    return param(`${at}['user_data'] must hold at least one customer information parameter`, at);
  for (const [key, value] of Object.entries(user)) {
    if (!KNOWN.has(key)) return param(`Unexpected key "${key}" on param "${at}['user_data']"`, at);
    if (PLAIN.has(key)) continue;
    const values = Array.isArray(value) ? value : [value];
    if (
      !values.length ||
      !values.every((v) => typeof v === 'string' && (HASH.test(v) || /^[0-9a-f]{64}\.[A-Za-z0-9_-]+$/.test(v)))
    ) {
      return fail(
        400,
        'OAuthException',
        100,
        'Invalid Customer Information Parameter',
        `${at}['user_data']['${key}'] must be SHA-256 hashed (64 lowercase hex characters).`,
        2804050,
      );
    }
  }
  if (user.fbc !== undefined && !(typeof user.fbc === 'string' && /^fb\.\d\.\d+\..+/.test(user.fbc))) {
    return fail(
      400,
      'OAuthException',
      100,
      'Click ID Incorrectly Formatted',
      'The fbc parameter is not formatted as fb.<subdomain index>.<creation time>.<fbclid>.',
      2804001,
    );
  }
  if (source === 'website') {
    if (typeof event.event_source_url !== 'string')
      return param(`${at}['event_source_url'] is required for website events`, at);
    if (typeof user.client_user_agent !== 'string')
      return param(`${at}['user_data']['client_user_agent'] is required for website events`, at);
  }
  if (source === 'app') {
    const problem = checkAppData(event.app_data, `${at}['app_data']`);
    if (problem) return param(problem, at);
  }
  const custom = event.custom_data;
  if (event.event_name === 'Purchase') {
    const value = isObject(custom) ? custom.value : undefined;
    const numeric =
      typeof value === 'number'
        ? Number.isFinite(value)
        : typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value);
    if (!numeric) {
      return fail(
        400,
        'OAuthException',
        100,
        'Missing Value for Purchase Event',
        'A Purchase event needs a numeric value in custom_data.',
        2804009,
      );
    }
    if (!isObject(custom) || typeof custom.currency !== 'string' || !/^[A-Za-z]{3}$/.test(custom.currency)) {
      return fail(
        400,
        'OAuthException',
        100,
        'Missing Currency for Purchase Event',
        'A Purchase event needs an ISO 4217 currency in custom_data.',
        2804008,
      );
    }
  }
  const ldu = event.data_processing_options;
  if (ldu !== undefined) {
    if (!Array.isArray(ldu) || ldu.some((v) => v !== 'LDU'))
      return param(`${at}['data_processing_options'] may only hold "LDU"`, at);
    if (
      ldu.length &&
      (!Number.isInteger(event.data_processing_options_country) ||
        !Number.isInteger(event.data_processing_options_state))
    ) {
      return fail(
        400,
        'OAuthException',
        100,
        'Limited Data Use Selection Required',
        'Set data_processing_options_country and data_processing_options_state.',
        2804030,
      );
    }
  }
  return undefined;
}

/**
 * Meta's App Data Parameters: for app events, `advertiser_tracking_enabled` (0 or 1, a boolean)
 * and `extinfo` are required; `extinfo` is an array of 16 texts in Meta's order, a missing value
 * an empty string, and its version (slot 0) `i2` on iOS or `a2` on Android.
 */
function checkAppData(appData: unknown, at: string): string | undefined {
  if (!isObject(appData)) return `${at} is required for app events`;
  for (const flag of ['advertiser_tracking_enabled', 'application_tracking_enabled']) {
    const value = appData[flag];
    if (flag === 'advertiser_tracking_enabled' && value === undefined) return `${at}['${flag}'] is required`;
    if (value !== undefined && ![0, 1, true, false].includes(value as number)) return `${at}['${flag}'] must be 0 or 1`;
  }
  const extinfo = appData.extinfo;
  if (!Array.isArray(extinfo) || extinfo.length !== 16 || !extinfo.every((v) => typeof v === 'string'))
    return `${at}['extinfo'] must be an array of 16 strings`;
  if (extinfo[0] !== 'i2' && extinfo[0] !== 'a2') return `${at}['extinfo'][0] must be i2 (iOS) or a2 (Android)`;
  return undefined;
}

function param(detail: string, at: string): Verdict {
  return fail(400, 'OAuthException', 100, 'Server-side API parameter error', `${detail} (at ${at})`, 2804019);
}

function fail(
  status: number,
  type: string,
  code: number,
  title: string | undefined,
  message: string,
  subcode?: number,
): Verdict {
  const error: GraphErrorBody = { message: title ? 'Invalid parameter' : message, type, code, is_transient: false };
  if (subcode !== undefined) error.error_subcode = subcode;
  if (title) {
    error.error_user_title = title;
    error.error_user_msg = message;
  }
  return { ok: false, status, error };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
