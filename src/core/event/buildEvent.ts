/** One Graph server event from the action's settings, completed from the incoming Edge event. */
import { MESSAGING_CHANNELS } from '../constants';
import { SettingError } from '../errors';
import { sha256Hex } from '../hash/sha256';
import { chooseFbc } from '../normalize/clickIds';
import { isBlankValue } from '../normalize/text';
import { buildUserData, userDataWarnings, type UserDataValue } from '../normalize/userData';
import { isBlank } from '../settings/fieldSpec';
import {
  isHttpUrl,
  isPlainObject,
  optionalText,
  parseActionSource,
  parseBoolean,
  parseChoice,
  parseInteger,
  parseJsonObject,
  parseUrl,
  requiredText,
} from '../settings/parsers';
import { parseCustomData } from './customData';
import { edgeDefaults } from './edgeDefaults';
import { checkEventTimeWindow, parseEventTime } from './eventTime';

export interface ServerEvent {
  event_name: string;
  event_time: number;
  action_source: string;
  event_source_url?: string;
  event_id?: string;
  referrer_url?: string;
  opt_out?: boolean;
  messaging_channel?: string;
  data_processing_options?: string[];
  data_processing_options_country?: number;
  data_processing_options_state?: number;
  user_data: Record<string, UserDataValue>;
  custom_data?: Record<string, unknown>;
  app_data?: Record<string, unknown>;
  original_event_data?: Record<string, unknown>;
}

export interface BuiltEvent {
  event: ServerEvent;
  testEventCode?: string;
  /** Problems worth a log line that do not stop the event (keys and counts only, no values). */
  warnings: string[];
}

/** Events whose customer information is only (a subset of) one of these are invalid for Meta. */
const WEAK_MATCH_SETS = ['ct country st zp ge client_user_agent', 'db client_user_agent', 'fn ge', 'ln ge'].map((set) => set.split(' '));

export function buildServerEvent(
  settings: unknown,
  arc: unknown,
  nowMs: number,
  hash: (text: string) => string = sha256Hex,
): BuiltEvent {
  if (!isPlainObject(settings)) throw new SettingError('settings', 'the action has no settings; open and save the action again.');
  const warnings: string[] = [];
  const se = group(settings, 'serverEvent');
  const edge = edgeDefaults(arc);

  const event_name = requiredText(se.event_name, 'serverEvent.event_name', 'Enter a standard event such as Purchase, or a custom event name.');
  const action_source = parseActionSource(se.action_source, 'serverEvent.action_source');
  const event_time = eventTime(se.event_time, edge, nowMs, warnings);
  checkEventTimeWindow(event_time, action_source, nowMs, 'serverEvent.event_time');

  const event_source_url = parseUrl(se.event_source_url, 'serverEvent.event_source_url') ?? httpUrl(edge('eventSourceUrl'));
  const referrer_url = parseUrl(se.referrer_url, 'serverEvent.referrer_url') ?? httpUrl(edge('referrerUrl'));

  const userSettings = { ...group(settings, 'userData') };
  if (isBlankValue(userSettings.client_ip_address)) userSettings.client_ip_address = edge('clientIpAddress');
  if (isBlankValue(userSettings.client_user_agent)) userSettings.client_user_agent = edge('clientUserAgent');
  const fbc = chooseFbc(userSettings.fbc, () => fbcFromUrl(event_source_url, event_time));
  if (fbc.warning) warnings.push(fbc.warning);
  userSettings.fbc = fbc.fbc;
  const built = buildUserData(userSettings, hash);
  const { userData } = built;
  warnings.push(...userDataWarnings(built));

  if (action_source === 'website') {
    if (!event_source_url) {
      throw new SettingError('serverEvent.event_source_url', 'website events need it; set it or send xdm.web.webPageDetails.URL.');
    }
    if (userData.client_user_agent === undefined) {
      throw new SettingError('userData.client_user_agent', 'website events need it; set it or send xdm.environment.browserDetails.userAgent.');
    }
  }
  const keys = Object.keys(userData);
  if (!keys.length) {
    throw new SettingError('userData', 'no customer information parameter has a usable value; Meta needs at least one (email, phone, external ID, IP address, …).');
  }
  if (WEAK_MATCH_SETS.some((set) => keys.every((k) => set.includes(k)))) {
    warnings.push(`userData: Meta treats an event with only ${keys.join(', ')} as invalid; add email, phone, external ID or the IP address`);
  }

  const event = { event_name, event_time, action_source } as ServerEvent;
  if (event_source_url) event.event_source_url = event_source_url;
  const event_id = optionalText(se.event_id, 'serverEvent.event_id');
  if (event_id) event.event_id = event_id;
  if (referrer_url) event.referrer_url = referrer_url;
  const opt_out = parseBoolean(se.opt_out, 'serverEvent.opt_out');
  if (opt_out !== undefined) event.opt_out = opt_out;
  const channel = parseChoice(se.messaging_channel, 'serverEvent.messaging_channel', MESSAGING_CHANNELS);
  if (channel) event.messaging_channel = channel;
  Object.assign(event, limitedDataUse(settings));
  event.user_data = userData;
  const custom_data = parseCustomData(settings.customData, event_name);
  if (custom_data) event.custom_data = custom_data;
  const app_data = parseJsonObject(se.app_data, 'serverEvent.app_data');
  if (app_data) event.app_data = app_data;
  const original = parseJsonObject(se.original_event_data, 'serverEvent.original_event_data');
  if (original) event.original_event_data = original;

  return { event, testEventCode: optionalText(settings.testEventCode, 'testEventCode'), warnings };
}

/** A settings group; blank means empty, anything but an object is a mistake. */
function group(settings: Record<string, unknown>, key: string): Record<string, unknown> {
  const value = settings[key];
  if (isBlank(value)) return {};
  if (!isPlainObject(value)) throw new SettingError(key, 'expected an object of Meta parameters.');
  return value;
}

function eventTime(value: unknown, edge: ReturnType<typeof edgeDefaults>, nowMs: number, warnings: string[]): number {
  const set = parseEventTime(value, 'serverEvent.event_time');
  if (set !== undefined) return set;
  const xdmTimestamp = edge('timestamp');
  if (xdmTimestamp) {
    try {
      const fromXdm = parseEventTime(xdmTimestamp, 'xdm.timestamp');
      if (fromXdm !== undefined) return fromXdm;
    } catch {
      warnings.push('serverEvent.event_time: xdm.timestamp is not a date-time; the current time was used');
    }
  }
  return Math.floor(nowMs / 1000);
}

/** Only http(s) page URLs from the Edge event are used (an app may send other schemes). */
function httpUrl(text: string | undefined): string | undefined {
  return text && isHttpUrl(text) ? text : undefined;
}

/** fbc as the Pixel builds it from a landing page's fbclid: fb.1.<ms>.<fbclid> (fbclid unchanged). */
export function fbcFromUrl(url: string | undefined, eventTime: number): string | undefined {
  if (!url?.includes('fbclid=')) return undefined;
  const fbclid = new URL(url).searchParams.get('fbclid')?.trim();
  return fbclid ? `fb.1.${eventTime * 1000}.${fbclid}` : undefined;
}

function limitedDataUse(settings: Record<string, unknown>): Partial<ServerEvent> {
  const ldu = group(settings, 'limitedDataUse');
  if (!parseBoolean(ldu.enabled, 'limitedDataUse.enabled')) return {};
  return {
    data_processing_options: ['LDU'],
    data_processing_options_country: parseInteger(ldu.country, 'limitedDataUse.country') ?? 0,
    data_processing_options_state: parseInteger(ldu.state, 'limitedDataUse.state') ?? 0,
  };
}
