/**
 * One Graph server event from the action's settings, completed from the incoming Edge event:
 * every declared field is resolved, placed where its declaration says, then the rules across
 * fields are checked; every problem found is reported at once. With the XDM mapping on, an
 * event whose type has no Meta equivalent is skipped, and so is one whose own time is older
 * than Meta takes.
 */
import { SettingError } from '../errors';
import { sha256Hex } from '../hash/sha256';
import { buildUserData, MAX_VALUES_PER_KEY, type UserDataKey, type UserDataValue } from '../normalize/userData';
import { LIMITED_DATA_USE_FIELDS as L, OVERRIDE_FIELDS } from '../settings/actionFields';
import type { Field } from '../settings/field';
import { ACTION_FIELD_LIST } from '../settings/allFields';
import { SERVER_EVENT_FIELDS as S } from '../settings/serverEventFields';
import { isBlank, isPlainObject, valueAt } from '../values';
import { resolveFields, type EventDefaults, type Resolved } from './resolve';
import { noEventReason } from '../xdm/eventType';
import { boundCustomData } from './bounds';
import {
  checkApp,
  checkEventTime,
  checkMoney,
  checkUserData,
  checkWebsite,
  requireBasics,
  staleEvent,
  weakMatchWarning,
} from './rules';

/** The event keys a group of declarations places (`sentAs: { to: 'event' }`), typed by their parsers. */
type Placed<F> = {
  -readonly [
    K in keyof F as F[K] extends { sentAs: { to: 'event'; key: infer N extends string } } ? N : never
  ]?: F[K] extends { parse(...args: never[]): infer V } ? Exclude<V, undefined> : never;
};

/** One server event: the keys the declarations place, those Meta requires, and what the rules build. */
export type ServerEvent = Omit<Placed<typeof S>, 'event_name' | 'event_time' | 'action_source'> & {
  event_name: string;
  event_time: number;
  action_source: string;
  user_data: Record<string, UserDataValue>;
  custom_data?: Record<string, unknown>;
} & Partial<Record<(typeof L)[keyof typeof L]['sentAs']['key'], unknown>>;

export interface BuiltEvent {
  event: ServerEvent;
  /** Top-level body keys set by the action (test_event_code). */
  body: Record<string, unknown>;
  resolved: Resolved;
  /** Problems worth a log line that do not stop the event (keys and counts only, no values). */
  warnings: string[];
}

export interface BuildOptions {
  nowMs: number;
  /** Limited Data Use forced on by the consent gate. */
  limitedDataUse?: boolean;
  hash?: (text: string) => string;
  eventDefaults?: EventDefaults;
}

/** Set by the Limited Data Use rule below, not one by one. */
const LDU_FIELDS: readonly string[] = [L.enabled.id, L.country.id, L.state.id];
/** The fields placed one by one in the event, with where each goes (the overrides go to the connection). */
const OVERRIDES: readonly Field[] = Object.values(OVERRIDE_FIELDS);
const PLACED = ACTION_FIELD_LIST.filter(
  (f) => !LDU_FIELDS.includes(f.id) && f.sentAs.to !== 'none' && !OVERRIDES.includes(f),
);
const USER_DATA_KEYS: readonly UserDataKey[] = ACTION_FIELD_LIST.flatMap((f) =>
  f.sentAs.to === 'user_data' ? [f.sentAs] : [],
);
/** The settings that hold others (serverEvent, userData, …): each must be an object when set. */
const FIELD_IDS = new Set(ACTION_FIELD_LIST.map((f) => f.id));
const GROUPS = [...new Set(ACTION_FIELD_LIST.map((f) => f.path[0]))].filter((name) => !FIELD_IDS.has(name));

/** The XDM mapping found no Meta event for the Edge event: nothing is built or sent. */
export interface Skipped {
  skipped: string;
}

export function buildServerEvent(settings: unknown, arc: unknown, options: BuildOptions): BuiltEvent | Skipped {
  if (!isPlainObject(settings))
    throw new SettingError('settings', 'the action has no settings; open and save the action again.');
  for (const group of GROUPS) {
    if (!isBlank(settings[group]) && !isPlainObject(settings[group])) {
      throw new SettingError(group, 'expected an object of settings.');
    }
  }
  const warnings: string[] = [];
  const xdm = valueAt(arc, ['event', 'xdm']);
  const resolved = resolveFields({
    fields: ACTION_FIELD_LIST,
    settings,
    xdm,
    request: valueAt(arc, ['request']),
    nowMs: options.nowMs,
    warnings,
    eventDefaults: options.eventDefaults,
  });
  const problems = [...resolved.problems];
  const named = resolved.values.get(S.event_name.id) !== undefined;
  // With the mapping on, no event name means the event is not one Meta has: skipped, not failed.
  if (!named && resolved.mapped(S.event_name) && !problems.some((p) => p.setting === S.event_name.id))
    return { skipped: noEventReason(xdm) };
  const rules = { resolved, nowMs: options.nowMs, problems, warnings };
  const { eventName, actionSource } = requireBasics(rules);
  const stale = staleEvent(resolved, options.nowMs, actionSource);
  if (stale) return { skipped: stale };
  const eventTime = resolved.values.get(S.event_time.id) as number;

  const event: Record<string, unknown> = {};
  const userSettings: Record<string, unknown> = {};
  let customData: Record<string, unknown> = {};
  const body: Record<string, unknown> = {};
  for (const field of PLACED) {
    const to = field.sentAs;
    const value = resolved.values.get(field.id);
    if (to.to === 'custom_data' && to.key) {
      // A key the action knows replaces the JSON's own (checked, or filled from the event, or blank).
      if (value === undefined) delete customData[to.key];
      else customData[to.key] = value;
    } else if (value === undefined) continue;
    else if (to.to === 'event') event[to.key] = value;
    else if (to.to === 'user_data') userSettings[to.key] = value;
    else if (to.to === 'custom_data') customData = { ...(value as Record<string, unknown>) };
    else if (to.to === 'body') body[to.key] = value;
  }
  event.event_time = checkEventTime(rules, eventTime, actionSource);
  Object.assign(event, limitedDataUse(resolved, options.limitedDataUse === true));

  const { userData, dropped, overflow } = buildUserData(
    userSettings,
    USER_DATA_KEYS,
    options.nowMs,
    options.hash ?? sha256Hex,
  );
  const label = (key: string) =>
    `${ACTION_FIELD_LIST.find((f) => f.id === `userData.${key}`)?.label ?? key} (userData.${key})`;
  for (const [key, count] of Object.entries(dropped)) {
    warnings.push(`${label(key)}: ${count} value(s) dropped, unusable under Meta's rule for ${key}`);
  }
  for (const [key, count] of Object.entries(overflow)) {
    warnings.push(`${label(key)}: ${count} value(s) dropped beyond the first ${MAX_VALUES_PER_KEY} distinct ones`);
  }
  checkWebsite(rules, actionSource, userData);
  checkApp(rules, actionSource);
  checkUserData(rules, userData);
  const weak = weakMatchWarning(userData);
  if (weak) warnings.push(weak);
  boundCustomData(customData, warnings);
  checkMoney(rules, eventName, customData);
  if (problems.length) throw SettingError.all(problems);

  event.user_data = userData;
  if (Object.keys(customData).length) event.custom_data = customData;
  return { event: event as unknown as ServerEvent, body, resolved, warnings };
}

/**
 * data_processing_options ["LDU"] with its country and state (0: Meta geolocates) when the
 * setting is on, or when the consent gate asks for it (then the country and state settings
 * apply even with the box off).
 */
function limitedDataUse(resolved: Resolved, forced: boolean): Record<string, unknown> {
  if (!forced && resolved.values.get(L.enabled.id) !== true) return {};
  return {
    [L.enabled.sentAs.key]: ['LDU'],
    [L.country.sentAs.key]: resolved.values.get(L.country.id) ?? 0,
    [L.state.sentAs.key]: resolved.values.get(L.state.id) ?? 0,
  };
}
