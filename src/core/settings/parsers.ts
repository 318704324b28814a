/**
 * Parsers for single settings, shared by the library (on resolved values) and the views (on
 * literal values). Each returns the value to send, undefined for a blank optional setting, or
 * throws a SettingError naming the setting. Messages never echo secrets or customer data.
 */
import { ACTION_SOURCES, type ActionSource } from '../constants';
import { SettingError } from '../errors';
import { isBlank } from './fieldSpec';

/** Trimmed text of a string or number, undefined when blank. */
export function optionalText(value: unknown, setting: string): string | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw new SettingError(setting, `expected text, got ${describeType(value)}.`);
}

export function requiredText(value: unknown, setting: string, fix: string): string {
  const text = optionalText(value, setting);
  if (text === undefined) throw new SettingError(setting, `it is empty. ${fix}`);
  return text;
}

/** A Meta pixel (or dataset) ID: digits only. */
export function parsePixelId(value: unknown, setting: string): string {
  const id = requiredText(value, setting, 'Enter the pixel ID shown in Meta Events Manager (digits only).');
  if (!/^\d+$/.test(id)) {
    throw new SettingError(setting, 'a pixel ID has digits only. Copy it from Meta Events Manager > Data sources.');
  }
  return id;
}

export function parseAccessToken(value: unknown, setting: string): string {
  if (isBlank(value)) {
    throw new SettingError(setting, 'it is empty. Generate a Conversions API access token in Meta Events Manager > Settings.');
  }
  if (typeof value !== 'string') throw new SettingError(setting, `expected text, got ${describeType(value)}.`);
  return value.trim();
}

export function parseActionSource(value: unknown, setting: string): ActionSource {
  const text = requiredText(value, setting, `Choose one of ${ACTION_SOURCES.join(', ')}.`).toLowerCase();
  if (!(ACTION_SOURCES as readonly string[]).includes(text)) {
    throw new SettingError(setting, `"${clip(text)}" is not one of Meta's action sources: ${ACTION_SOURCES.join(', ')}.`);
  }
  return text as ActionSource;
}

/** true/false, or the text "true"/"false" (any case) that a data element may hold. */
export function parseBoolean(value: unknown, setting: string): boolean | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const text = value.trim().toLowerCase();
    if (text === 'true') return true;
    if (text === 'false') return false;
  }
  throw new SettingError(setting, 'expected true or false.');
}

/** A whole number, or its digits as text. */
export function parseInteger(value: unknown, setting: string): number | undefined {
  if (isBlank(value)) return undefined;
  const n = typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof n === 'number' && Number.isSafeInteger(n)) return n;
  throw new SettingError(setting, 'expected a whole number.');
}

/** An absolute http(s) URL, undefined when blank. */
export function parseUrl(value: unknown, setting: string): string | undefined {
  const text = optionalText(value, setting);
  if (text === undefined) return undefined;
  if (!isHttpUrl(text)) throw new SettingError(setting, 'expected an absolute URL starting with https:// or http://.');
  return text;
}

export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** A Graph API version such as v27.0. */
export function parseGraphApiVersion(value: unknown, setting: string): string | undefined {
  const text = optionalText(value, setting);
  if (text === undefined) return undefined;
  if (!/^v\d+\.\d+$/.test(text)) throw new SettingError(setting, 'expected a Graph API version such as v27.0.');
  return text;
}

/**
 * The Graph API base URL: https, or http only to this machine (local testing), without a
 * query or fragment. The access token travels in the body, so plain http elsewhere would leak it.
 */
export function parseGraphApiBaseUrl(value: unknown, setting: string): string | undefined {
  const text = optionalText(value, setting);
  if (text === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new SettingError(setting, 'expected an absolute URL such as https://graph.facebook.com.');
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new SettingError(setting, 'use https:// (plain http:// is allowed only for localhost, 127.0.0.1 or [::1]).');
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new SettingError(setting, 'remove the query, fragment and credentials from the URL.');
  }
  return text.replace(/\/+$/, '');
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
      throw new SettingError(setting, `it is not valid JSON${at ? ` (error at character ${at[1]})` : ''}. Enter a JSON object such as {"currency": "USD", "value": 10}.`);
    }
  }
  if (!isPlainObject(parsed)) throw new SettingError(setting, `expected a JSON object, got ${describeType(parsed)}.`);
  return parsed;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Short enough to quote a non-secret setting in a message. */
function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
