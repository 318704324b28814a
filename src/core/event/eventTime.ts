/** event_time: accepted in every form a data element may give it, sent as Unix seconds. */
import {
  MAX_EVENT_AGE_DAYS,
  MAX_EVENT_AGE_DAYS_PHYSICAL_STORE,
  MAX_EVENT_TIME_AHEAD_SECONDS,
  type ActionSource,
} from '../constants';
import { SettingError } from '../errors';
import { isBlank } from '../settings/fieldSpec';

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
    if (/^\d+(\.\d+)?$/.test(text)) n = Number(text);
    else if (ISO_8601.test(text)) {
      const m = ISO_8601.exec(text)!;
      // Date.parse wants an offset with minutes, and a date-time without one would be local time.
      const withZone = m[1] ? text.replace(/([+-]\d{2})$/, '$1:00') : text.length === 10 ? text : `${text}Z`;
      n = Date.parse(withZone.replace(' ', 'T').replace(',', '.'));
      if (Number.isFinite(n)) n /= 1000;
    }
  }
  if (n === undefined || !Number.isFinite(n) || n <= 0) {
    throw new SettingError(setting, 'expected Unix seconds, Unix milliseconds or an ISO 8601 date-time such as 2026-11-28T12:00:00Z.');
  }
  return Math.floor(n >= MILLISECONDS_FROM ? n / 1000 : n);
}

/** Meta refuses a request holding an event older than 7 days (62 for physical_store); clocks drift, so allow 5 minutes ahead. */
export function checkEventTimeWindow(seconds: number, actionSource: ActionSource, nowMs: number, setting: string): void {
  const now = Math.floor(nowMs / 1000);
  const days = actionSource === 'physical_store' ? MAX_EVENT_AGE_DAYS_PHYSICAL_STORE : MAX_EVENT_AGE_DAYS;
  if (seconds < now - days * 86400) {
    throw new SettingError(setting, `the event is more than ${days} days old; Meta rejects it (for action source "${actionSource}").`);
  }
  if (seconds > now + MAX_EVENT_TIME_AHEAD_SECONDS) {
    throw new SettingError(setting, 'the event is more than 5 minutes in the future; check the time zone or unit (seconds vs milliseconds).');
  }
}
