/**
 * The rules across settings, in one place: the action runs them on the resolved values, and
 * the form and its preview run the same code on the values they know, so the three agree.
 * Each rule adds its problems to a list rather than stopping at the first: a refusal, and the
 * form after a failed Save, show every problem at once.
 */
import { MAX_EVENT_AGE_DAYS, MAX_EVENT_AGE_DAYS_PHYSICAL_STORE, MAX_EVENT_TIME_AHEAD_SECONDS } from '../constants';
import { SettingError } from '../errors';
import { CUSTOM_DATA_KEYS as K } from '../settings/customDataFields';
import type { Field } from '../settings/field';
import { SERVER_EVENT_FIELDS as S } from '../settings/serverEventFields';
import { USER_DATA_FIELDS as U } from '../settings/userDataFields';
import { isPlainObject } from '../values';
import { EXTINFO_REQUIRED } from '../xdm/app';
import type { Resolved } from './resolve';
import { whereFrom } from './whereFrom';

export interface RuleInput {
  resolved: Resolved;
  nowMs: number;
  /** Problems found so far; the rules add theirs. */
  problems: SettingError[];
  warnings: string[];
}

const problem = (field: Field, text: string) => new SettingError(field.id, text, field.label);
const warning = (field: Field, text: string) => `${field.label} (${field.id}): ${text}`;

/**
 * A required setting without a value, refused with where its value could have come from; once:
 * a setting that did not parse is already named.
 */
function missing({ resolved, problems }: RuleInput, field: Field, text: string): void {
  if (!problems.some((p) => p.setting === field.id)) problems.push(problem(field, text + whereFrom(resolved, field)));
}

/** Meta requires an action source (the event name is checked by the caller: blank with the mapping on is a skip). */
export function requireBasics(input: RuleInput): { eventName?: string; actionSource?: string } {
  const { values } = input.resolved;
  const eventName = values.get(S.event_name.id) as string | undefined;
  if (eventName === undefined)
    missing(input, S.event_name, 'it is empty. Enter a standard event such as Purchase, or a custom event name.');
  const actionSource = values.get(S.action_source.id) as string | undefined;
  if (actionSource === undefined) {
    const choices = S.action_source.options.join(', ');
    missing(input, S.action_source, `it is empty. Choose where the conversion happened: one of ${choices}.`);
  }
  return { eventName, actionSource };
}

/** A time for messages: ISO 8601 in UTC, without milliseconds (Unix seconds beyond the years a Date holds). */
function iso(seconds: number): string {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? `Unix ${seconds}` : date.toISOString().replace('.000Z', 'Z');
}

const maxAgeDays = (actionSource: string | undefined) =>
  actionSource === 'physical_store' ? MAX_EVENT_AGE_DAYS_PHYSICAL_STORE : MAX_EVENT_AGE_DAYS;

/**
 * The event's own xdm.timestamp, older than Meta takes (7 days, 62 for physical_store): nothing
 * the marketer can fix (an app's queued event, a visitor's clock), so the event is skipped, not
 * failed. Returns why, or undefined.
 */
export function staleEvent(resolved: Resolved, nowMs: number, actionSource: string | undefined): string | undefined {
  if (!resolved.filled.has(S.event_time.id)) return undefined;
  const seconds = resolved.values.get(S.event_time.id) as number;
  const days = maxAgeDays(actionSource);
  if (seconds >= Math.floor(nowMs / 1000) - days * 86400) return undefined;
  return `the event's xdm.timestamp (${iso(seconds)}) is more than ${days} days old, and Meta takes no older event`;
}

/**
 * A time set in the settings must be within Meta's 7 days (62 for physical_store), and at most
 * 5 minutes ahead (clocks drift). The event's own xdm.timestamp comes from the visitor's clock:
 * one ahead of ours is taken as the time of sending (an old one is a skip: staleEvent). Returns
 * the time to send.
 */
export function checkEventTime(input: RuleInput, seconds: number, actionSource: string | undefined): number {
  const { resolved, nowMs, problems, warnings } = input;
  const now = Math.floor(nowMs / 1000);
  if (resolved.filled.has(S.event_time.id)) {
    if (seconds <= now) return seconds;
    const said = `the event's xdm.timestamp (${iso(seconds)}) is ahead of the time of sending (the visitor's clock)`;
    warnings.push(warning(S.event_time, `${said}; ${iso(now)} was used`));
    return now;
  }
  const days = maxAgeDays(actionSource);
  if (seconds < now - days * 86400) {
    problems.push(
      problem(
        S.event_time,
        `the time set (${iso(seconds)}) is more than ${days} days old; Meta rejects older events ` +
          `(${MAX_EVENT_AGE_DAYS} days, ${MAX_EVENT_AGE_DAYS_PHYSICAL_STORE} for physical_store). ` +
          "Check the data element's unit (seconds or milliseconds) and time zone.",
      ),
    );
  } else if (seconds > now + MAX_EVENT_TIME_AHEAD_SECONDS) {
    problems.push(
      problem(
        S.event_time,
        `the time set (${iso(seconds)}) is more than 5 minutes in the future; ` +
          'check the time zone or the unit (seconds or milliseconds).',
      ),
    );
  }
  return seconds;
}

/** Website events need the page URL and the browser's user agent. */
export function checkWebsite(input: RuleInput, actionSource: string | undefined, userData: Record<string, unknown>) {
  if (actionSource !== 'website') return;
  if (input.resolved.values.get(S.event_source_url.id) === undefined)
    missing(input, S.event_source_url, "website events need it. Enter the page's full URL, or a data element.");
  if (userData.client_user_agent === undefined)
    missing(
      input,
      U.client_user_agent,
      "website events need it. Map a data element that gives the browser's user agent.",
    );
}

/**
 * App events need app_data (Meta marks its tracking flags and extinfo required); the extinfo
 * slots Meta requires are checked for a value, with a warning.
 */
export function checkApp(input: RuleInput, actionSource: string | undefined): void {
  const { resolved, warnings } = input;
  if (actionSource !== 'app') return;
  const appData = resolved.values.get(S.app_data.id);
  if (!isPlainObject(appData)) {
    missing(
      input,
      S.app_data,
      'app events need it. Enter a JSON object with advertiser_tracking_enabled, ' +
        "application_tracking_enabled and extinfo (Meta's 16 device fields).",
    );
    return;
  }
  const extinfo = appData.extinfo;
  const empty = EXTINFO_REQUIRED.filter(([slot]) => !Array.isArray(extinfo) || !String(extinfo[slot] ?? '').trim());
  if (empty.length) {
    const slots = empty.map(([slot, what]) => `${slot} (${what})`).join(' and ');
    const [verb, pronoun] = empty.length > 1 ? ['are', 'them'] : ['is', 'it'];
    warnings.push(
      warning(
        S.app_data,
        `extinfo slot ${slots} ${verb} empty, which Meta marks required; ` +
          `the Mobile SDK's Lifecycle for Edge Network fields fill ${pronoun}`,
      ),
    );
  }
}

/** Meta's rule: a Purchase needs a value and a currency (the form marks these required by it too). */
export const PURCHASE_NEEDS: readonly Field[] = [K.value, K.currency];

export function needsValueAndCurrency(eventName: string): boolean {
  return eventName === 'Purchase';
}

/**
 * A Purchase needs a value and a currency, each named on its own field. Any other event with a
 * value but no currency loses the value, with a warning: Meta cannot read an amount without it.
 */
export function checkMoney(input: RuleInput, eventName: string | undefined, customData: Record<string, unknown>) {
  const { resolved, warnings } = input;
  const has = (field: Field) => customData[field.path[1]] !== undefined;
  if (eventName !== undefined && needsValueAndCurrency(eventName)) {
    if (!has(K.value))
      missing(input, K.value, 'a Purchase needs a value. Enter the order total, e.g. 42.50, or a data element.');
    if (!has(K.currency)) {
      const text = 'a Purchase needs the currency of its value. Enter an ISO 4217 code, e.g. USD, or a data element.';
      missing(input, K.currency, text);
    }
    return;
  }
  if (has(K.value) && !has(K.currency)) {
    delete customData[K.value.path[1]];
    warnings.push(
      warning(K.value, `not sent: a value needs its currency, and there is none.${whereFrom(resolved, K.currency)}`),
    );
  }
}

/** Meta needs at least one customer-information parameter. */
export function checkUserData(input: RuleInput, userData: Record<string, unknown>): void {
  if (Object.keys(userData).length) return;
  const notes = [...input.resolved.unusable].filter(([id]) => id.startsWith('userData.')).flatMap(([, n]) => n);
  input.problems.push(
    new SettingError(
      'userData',
      'no customer information parameter has a usable value; ' +
        'Meta needs at least one (email, phone, external ID, IP address, …).' +
        (notes.length ? ` The event's values could not be used: ${notes.join('; ')}.` : ''),
      'Customer information',
    ),
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
