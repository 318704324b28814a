/**
 * One Graph server event from the action's settings, completed from the incoming Edge event:
 * every declared field is resolved, placed where its declaration says, then the rules across
 * fields are checked; every problem found is reported at once. With the XDM mapping on, an
 * event whose type has no Meta equivalent is skipped, and so is one whose own time is older
 * than Meta takes.
 */
import { SettingError } from '../errors';
import { sha256Hex } from '../hash/sha256';
import { buildUserData, MAX_VALUES_PER_KEY, type UserDataValue } from '../normalize/userData';
import { LIMITED_DATA_USE_FIELDS as L } from '../settings/actionFields';
import { ACTION_FIELD_LIST } from '../settings/allFields';
import { SERVER_EVENT_FIELDS as S } from '../settings/serverEventFields';
import { isBlank, isPlainObject, valueAt } from '../values';
import { actionPlan, type Placing } from './plan';
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

/** The XDM mapping found no Meta event for the Edge event: nothing is built or sent. */
export interface Skipped {
  skipped: string;
}

export function buildServerEvent(settings: unknown, arc: unknown, options: BuildOptions): BuiltEvent | Skipped {
  if (!isPlainObject(settings))
    throw new SettingError('settings', 'the action has no settings; open and save the action again.');
  const plan = actionPlan();
  for (const group of plan.groups) {
    if (!isBlank(settings[group]) && !isPlainObject(settings[group])) {
      throw new SettingError(group, 'expected an object of settings.');
    }
  }
  const warnings: string[] = [];
  const xdm = valueAt(arc, ['event', 'xdm']);
  const resolved = resolveFields({
    plan,
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

  const placing: Placing = { event: {}, user: {}, custom: {}, body: {} };
  const slots = resolved.values.slots;
  for (let i = 0; i < plan.steps.length; i++) plan.steps[i].place?.(slots[i], placing);
  const { event, body } = placing;
  const customData = placing.custom;
  event.event_time = checkEventTime(rules, eventTime, actionSource);
  Object.assign(event, limitedDataUse(resolved, options.limitedDataUse === true));

  const { userData, dropped, overflow } = buildUserData(
    placing.user,
    plan.userDataKeys,
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
