/**
 * Parsers for single settings, shared by the library (on resolved values) and the views (on
 * literal values). Each returns the value to send, undefined for a blank optional setting, or
 * throws a SettingError naming the setting. Messages never echo secrets or customer data.
 */
import { SettingError } from '../errors';
import { describeType, isBlank, isHttpUrl, isPlainObject, numberFrom } from '../values';

/** Trimmed text of a string or number, undefined when blank. */
export function optionalText(value: unknown, setting: string): string | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw new SettingError(setting, `expected text, got ${describeType(value)}.`);
}

function requiredText(value: unknown, setting: string, fix: string): string {
  const text = optionalText(value, setting);
  if (text === undefined) throw new SettingError(setting, `it is empty. ${fix}`);
  return text;
}

/** Optional text that must match `pattern`; `expected` says what it should look like. */
function matching(value: unknown, setting: string, pattern: RegExp, expected: string): string | undefined {
  const text = optionalText(value, setting);
  if (text !== undefined && !pattern.test(text)) throw new SettingError(setting, `expected ${expected}.`);
  return text;
}

/** A wrong value, for a message: quoted only when it looks like a word, never like data. */
export function quotedIfWord(text: string, otherwise: string): string {
  return /^\w{1,30}$/.test(text) ? `"${text}"` : otherwise;
}

/** One of `options`, in any case, as declared. */
export function parseChoice<T extends string>(value: unknown, setting: string, options: readonly T[]): T | undefined {
  const text = optionalText(value, setting)?.toLowerCase();
  if (text === undefined) return undefined;
  const option = options.find((o) => o.toLowerCase() === text);
  if (option === undefined)
    throw new SettingError(setting, `${quotedIfWord(text, 'the value')} is not one of ${options.join(', ')}.`);
  return option;
}

/** A Meta pixel (or dataset) ID: digits only. */
export function parsePixelId(value: unknown, setting: string): string {
  const id = requiredText(value, setting, 'Copy the pixel ID from Meta Events Manager > Data sources.');
  return matching(id, setting, /^\d+$/, 'digits only')!;
}

export function parseAccessToken(value: unknown, setting: string): string {
  return requiredText(value, setting, 'Generate a Conversions API access token in Meta Events Manager > Settings.');
}

/** true/false, or the text "true"/"false" (any case) that a data element may hold. */
export function parseBoolean(value: unknown, setting: string): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (isBlank(value)) return undefined;
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (text !== 'true' && text !== 'false') throw new SettingError(setting, 'expected true or false.');
  return text === 'true';
}

/** A whole number, or its digits as text. */
export function parseInteger(value: unknown, setting: string): number | undefined {
  if (typeof value === 'number' && !Number.isSafeInteger(value))
    throw new SettingError(setting, 'expected a whole number.');
  const text = matching(value, setting, /^-?\d{1,15}$/, 'a whole number');
  return text === undefined ? undefined : Number(text);
}

/** An absolute http(s) URL, undefined when blank. */
export function parseUrl(value: unknown, setting: string): string | undefined {
  const text = optionalText(value, setting);
  if (text !== undefined && !isHttpUrl(text)) throw new SettingError(setting, 'expected an absolute http(s) URL.');
  return text;
}

/** A Graph API version such as v27.0. */
export function parseGraphApiVersion(value: unknown, setting: string): string | undefined {
  return matching(value, setting, /^v\d+\.\d+$/, 'a Graph API version such as v27.0');
}

/**
 * The Graph API base URL. The access token travels in the request body, so the base URL
 * decides who receives it: only Meta's hosts (https, under .facebook.com), or this machine
 * (http or https on localhost, 127.0.0.0/8 or [::1]) for local testing. No user name or
 * password, query or fragment. Messages never quote the value: it may hold credentials.
 */
export function parseGraphApiBaseUrl(value: unknown, setting: string): string | undefined {
  const text = optionalText(value, setting);
  if (text === undefined) return undefined;
  const expected =
    'expected https://graph.facebook.com (or another https host under .facebook.com), or http(s) to localhost for local testing';
  let url: URL;
  try {
    // eslint-disable-next-line no-control-regex -- a URL holding a control character is refused, on purpose
    if (/[\s\x00-\x1f\x7f]/.test(text) || !/^https?:\/\//i.test(text)) throw new TypeError();
    url = new URL(text);
  } catch {
    throw new SettingError(setting, `${expected}.`);
  }
  // Checked on the text too: the parser drops an empty user info ("https://@host"), query or fragment.
  if (url.username || url.password || /^https?:\/\/[^/\\?#]*@/i.test(text)) {
    throw new SettingError(
      setting,
      'it must not contain a user name or password (nothing before an "@"): ' +
        'the host after it would receive the access token.',
    );
  }
  if (url.search || url.hash || /[?#]/.test(text))
    throw new SettingError(setting, 'it must not have a query (?) or fragment (#).');
  const host = url.hostname;
  if (isLoopback(host) || (url.protocol === 'https:' && host.endsWith('.facebook.com'))) {
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  }
  if (host.endsWith('.facebook.com'))
    throw new SettingError(setting, `${expected}; use https, the access token must not travel in clear.`);
  throw new SettingError(
    setting,
    `${expected}; ${host} is not a Meta host, and the access token must never leave Meta's hosts.`,
  );
}

/** localhost, 127.0.0.0/8 or [::1], as the URL parser writes them. */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** A JSON object given as an object or as JSON text; undefined when blank. */
export function parseJsonObject(value: unknown, setting: string): Record<string, unknown> | undefined {
  if (isBlank(value)) return undefined;
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch (error) {
      // Engines quote the input in their messages; keep only the position.
      const at = /position (\d+)/.exec((error as Error).message);
      throw new SettingError(
        setting,
        `it is not valid JSON${at ? ` (error at character ${at[1]})` : ''}. ` +
          'Enter a JSON object such as {"currency": "USD", "value": 10}.',
      );
    }
  }
  if (!isPlainObject(parsed)) throw new SettingError(setting, `expected a JSON object, got ${describeType(parsed)}.`);
  return parsed;
}

/** A list of texts: one text, or a list (as a data element may give it); blank items dropped. */
export function parseTextList(value: unknown, setting: string): string[] | undefined {
  if (isBlank(value)) return undefined;
  const items = Array.isArray(value) ? value : [value];
  const texts = items.map((item) => optionalText(item, setting)).filter((t): t is string => t !== undefined);
  return texts.length ? texts : undefined;
}

/** An amount: a number of 0 or more, or its digits as text (no currency sign or thousands separator). */
export function parseAmount(value: unknown, setting: string): number | undefined {
  if (isBlank(value)) return undefined;
  const n = numberFrom(value);
  if (n !== undefined && n >= 0) return n;
  throw new SettingError(
    setting,
    n === undefined
      ? 'expected a number such as 42.5 (no currency sign or thousands separator).'
      : 'expected an amount of 0 or more; Meta reads no negative values.',
  );
}

/** An ISO 4217 currency code, uppercased. */
export function parseCurrency(value: unknown, setting: string): string | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === 'string' && /^\s*[A-Za-z]{3}\s*$/.test(value)) return value.trim().toUpperCase();
  throw new SettingError(setting, 'expected a three-letter ISO 4217 code such as USD or EUR.');
}

/** A setting taken as it is (a list or an object Meta defines), only blank values dropped. */
export function asGiven(value: unknown): unknown {
  return isBlank(value) ? undefined : value;
}
