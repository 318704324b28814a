/**
 * The rules across settings, in one place: the action runs them on the resolved values, and
 * the form and its preview run the same code on the values they know, so the three agree.
 */
import { MAX_EVENT_AGE_DAYS, MAX_EVENT_AGE_DAYS_PHYSICAL_STORE, MAX_EVENT_TIME_AHEAD_SECONDS } from '../constants';
import { SettingError } from '../errors';
import { CUSTOM_DATA_KEYS } from '../settings/customDataFields';
import type { Field } from '../settings/field';
import { SERVER_EVENT_FIELDS as S } from '../settings/serverEventFields';
import { USER_DATA_FIELDS as U } from '../settings/userDataFields';
import type { Resolved } from './resolve';

const fail = (field: Field, problem: string) => new SettingError(field.id, problem, field.label);

/** Where a missing value could have come from, for the message. */
function sources(resolved: Resolved, field: Field): string {
  if (!field.fromEvent) return '';
  if (!field.fromEvent.mapping) return ` or send ${field.fromEvent.describe}`;
  return resolved.mapped(field)
    ? ` or send ${field.fromEvent.describe} in the event`
    : ' (the XDM mapping is off for it)';
}

/** Meta requires an event name and an action source. */
export function requireBasics(resolved: Resolved): { eventName: string; actionSource: string } {
  const eventName = resolved.values.get(S.event_name.id) as string | undefined;
  if (eventName === undefined) {
    throw fail(
      S.event_name,
      `it is empty. Enter a standard event such as Purchase, or a custom event name${sources(resolved, S.event_name)}.`,
    );
  }
  const actionSource = resolved.values.get(S.action_source.id) as string | undefined;
  if (actionSource === undefined) {
    throw fail(
      S.action_source,
      `it is empty. Choose one of ${S.action_source.options.join(', ')}${sources(resolved, S.action_source)}.`,
    );
  }
  return { eventName, actionSource };
}

/**
 * Meta refuses a request holding an event older than 7 days (62 for physical_store); clocks
 * drift, so allow 5 minutes ahead.
 */
export function checkEventTime(seconds: number, actionSource: string, nowMs: number): void {
  const now = Math.floor(nowMs / 1000);
  const days = actionSource === 'physical_store' ? MAX_EVENT_AGE_DAYS_PHYSICAL_STORE : MAX_EVENT_AGE_DAYS;
  if (seconds < now - days * 86400) {
    throw fail(
      S.event_time,
      `the event is more than ${days} days old; Meta rejects it (for action source "${actionSource}").`,
    );
  }
  if (seconds > now + MAX_EVENT_TIME_AHEAD_SECONDS) {
    throw fail(
      S.event_time,
      'the event is more than 5 minutes in the future; check the time zone or unit (seconds vs milliseconds).',
    );
  }
}

/** Website events need the page URL and the browser's user agent. */
export function checkWebsite(resolved: Resolved, actionSource: string, userData: Record<string, unknown>): void {
  if (actionSource !== 'website') return;
  if (resolved.values.get(S.event_source_url.id) === undefined) {
    throw fail(S.event_source_url, `website events need it; set it${sources(resolved, S.event_source_url)}.`);
  }
  if (userData.client_user_agent === undefined) {
    throw fail(U.client_user_agent, `website events need it; set it${sources(resolved, U.client_user_agent)}.`);
  }
}

/** Meta's rule: a Purchase needs a value and a currency (the form marks them required by it too). */
export function needsValueAndCurrency(eventName: string): boolean {
  return eventName === 'Purchase';
}

export function checkPurchase(resolved: Resolved, eventName: string, customData: Record<string, unknown>): void {
  if (!needsValueAndCurrency(eventName)) return;
  const { value, currency } = CUSTOM_DATA_KEYS;
  const missing = [currency, value].filter((f) => customData[f.path[1]] === undefined);
  if (!missing.length) return;
  const from = missing.map((f) => (resolved.mapped(f) ? ` ${f.path[1]} from ${f.fromEvent!.describe}` : '')).join(';');
  throw new SettingError(
    'customData',
    `a Purchase needs "currency" and "value"; ${missing.map((f) => f.path[1]).join(' and ')} missing. ` +
      `Set them in Custom data, e.g. {"currency": "USD", "value": 42.5}${from ? `, or send${from}` : ''}.`,
    'Custom data',
  );
}

/** Meta needs at least one customer-information parameter. */
export function checkUserData(userData: Record<string, unknown>): void {
  if (Object.keys(userData).length) return;
  throw new SettingError(
    'userData',
    'no customer information parameter has a usable value; ' +
      'Meta needs at least one (email, phone, external ID, IP address, …).',
    'Customer information',
  );
}

/** Events whose customer information is only (a subset of) one of these are invalid for Meta. */
const WEAK_MATCH_SETS: readonly (readonly string[])[] = [
  ['ct', 'country', 'st', 'zp', 'ge', 'client_user_agent'],
  ['db', 'client_user_agent'],
  ['fn', 'ge'],
  ['ln', 'ge'],
];

/** Whether customer-information keys are only one of Meta's invalid minimum sets (or a part of one). */
export function isWeakMatchSet(keys: readonly string[]): boolean {
  return WEAK_MATCH_SETS.some((set) => keys.every((k) => set.includes(k)));
}

export function weakMatchWarning(userData: Record<string, unknown>): string | undefined {
  const keys = Object.keys(userData);
  if (!isWeakMatchSet(keys)) return undefined;
  return (
    `Customer information (userData): Meta treats an event with only ${keys.join(', ')} as invalid; ` +
    'add email, phone, external ID or the IP address'
  );
}
