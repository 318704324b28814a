/** event_time: accepted in every form a data element may give it, sent as Unix seconds. */
import { SettingError } from '../errors';
import { isBlank } from '../values';

/** Numbers from here up are milliseconds (1e11 seconds is the year 5138). */
const MILLISECONDS_FROM = 1e11;
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * Unix seconds from Unix seconds, milliseconds, their text, or ISO 8601 (a date-time without
 * an offset is read as UTC, like the Edge Network's clock). Undefined when blank.
 */
export function parseEventTime(value: unknown, setting: string): number | undefined {
  if (isBlank(value)) return undefined;
  let n: number | undefined;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string') {
    const text = value.trim();
    const m = ISO_8601.exec(text);
    if (/^\d+(\.\d+)?$/.test(text)) n = Number(text);
    else if (m) {
      // Date.parse wants an offset with minutes, and a date-time without one would be local time.
      const withZone = m[1] ? text.replace(/([+-]\d{2})$/, '$1:00') : text.length === 10 ? text : `${text}Z`;
      n = Date.parse(withZone.replace(' ', 'T').replace(',', '.'));
      if (Number.isFinite(n)) n /= 1000;
    }
  }
  if (n === undefined || !Number.isFinite(n) || n <= 0) {
    throw new SettingError(
      setting,
      'expected Unix seconds, Unix milliseconds or an ISO 8601 date-time such as 2026-11-28T12:00:00Z.',
    );
  }
  return Math.floor(n >= MILLISECONDS_FROM ? n / 1000 : n);
}
