/**
 * Settings made ready for the core to build a preview from: every value known only at run
 * time (a data-element token, a secret, a value the Edge event supplies) is replaced by a
 * stand-in the core accepts, and remembered with what the preview shows in its place.
 */
import { holdsToken, isBlank } from '../../core/settings/fieldSpec';
import { isPlainObject } from '../../core/settings/parsers';
import { USER_DATA_FIELDS } from '../../core/settings/userDataFields';
import { HASHED_USER_DATA } from '../../core/settings/userDataKeys';
import { isOnlyToken } from '../form/checkField';
import { parseJsonObjectWithTokens } from '../form/jsonWithTokens';
import { CUSTOM_DATA_STAND_INS, withStandIns } from '../actions/sections/customDataSection';
import type { Settings } from '../bridge/types';

export type Path = readonly (string | number)[];

export const HIDDEN = '<hidden>';
const EVENT = ['data', 0] as const;

export interface PreviewInputs {
  extensionSettings: Settings;
  settings: Settings;
  arc: unknown;
  /** Output strings equal to a key are shown as its value (also applied to the URL). */
  swaps: Map<string, string>;
  /** Output values set at a path, for stand-ins that cannot be told apart by value. */
  overrides: [Path, unknown][];
}

export function previewInputs(extensionSettings: unknown, settings: Settings): PreviewInputs {
  const inputs: PreviewInputs = {
    extensionSettings: isPlainObject(extensionSettings) ? { ...extensionSettings } : {},
    settings: structuredClone(settings),
    arc: undefined,
    swaps: new Map(),
    overrides: [],
  };
  const timeFromEdge = isBlank(serverEventOf(inputs.settings).event_time);
  let counter = 0;
  /** A unique stand-in string, shown as `shown`. */
  const swap = (make: (n: number) => string, shown: string): string => {
    const standIn = make(++counter);
    inputs.swaps.set(standIn, shown);
    return standIn;
  };
  connection(inputs, swap);
  serverEvent(inputs, swap);
  limitedDataUse(inputs);
  userData(inputs, swap);
  customData(inputs);
  if (timeFromEdge) inputs.overrides.push([[...EVENT, 'event_time'], '<Edge event: xdm.timestamp, else the time of sending>']);
  inputs.arc = edgeEvent(swap);
  return inputs;
}

type Swap = (make: (n: number) => string, shown: string) => string;

const DIGITS = (n: number) => `${9_000_000_000 + n}`;
const WORD = (n: number) => `preview-stand-in-${n}`;
const URL_AT = (n: number) => `https://preview-stand-in-${n}.invalid`;
/** 64 hex digits: the core passes it through as already hashed, for every user_data key. */
const HASH = (n: number) => n.toString(16).padStart(64, 'a');

/** The credentials never reach the core: the preview cannot show what it never had. */
function connection({ extensionSettings: ext, settings }: PreviewInputs, swap: Swap): void {
  for (const group of [ext, settings]) {
    if (!isBlank(group.accessToken)) group.accessToken = 'preview-access-token';
    if (holdsToken(group.pixelId)) group.pixelId = swap(DIGITS, group.pixelId as string);
  }
  if (!isBlank(ext.appSecret)) ext.appSecret = 'preview-app-secret';
  if (holdsToken(ext.graphApiVersion)) ext.graphApiVersion = swap((n) => `v0.${9000 + n}`, ext.graphApiVersion as string);
  if (holdsToken(ext.graphApiBaseUrl)) ext.graphApiBaseUrl = swap(URL_AT, ext.graphApiBaseUrl as string);
}

function serverEventOf(settings: Settings): Settings {
  return isPlainObject(settings.serverEvent) ? settings.serverEvent : {};
}

function serverEvent(inputs: PreviewInputs, swap: Swap): void {
  const se = serverEventOf(inputs.settings);
  const atRunTime = (key: string, standIn: unknown) => {
    inputs.overrides.push([[...EVENT, key], se[key]]);
    if (standIn === undefined) delete se[key];
    else se[key] = standIn;
  };
  if (holdsToken(se.event_time)) atRunTime('event_time', undefined);
  if (holdsToken(se.action_source)) atRunTime('action_source', 'other');
  if (holdsToken(se.opt_out)) atRunTime('opt_out', undefined);
  if (holdsToken(se.messaging_channel)) atRunTime('messaging_channel', 'messenger');
  for (const key of ['event_source_url', 'referrer_url']) {
    if (holdsToken(se[key])) se[key] = swap((n) => `${URL_AT(n)}/`, se[key] as string);
  }
  for (const key of ['app_data', 'original_event_data']) {
    if (isOnlyToken(se[key])) atRunTime(key, undefined);
    else se[key] = jsonWithTokens(se[key]);
  }
}

function limitedDataUse({ settings, overrides }: PreviewInputs): void {
  const ldu = settings.limitedDataUse;
  if (!isPlainObject(ldu)) return;
  if (holdsToken(ldu.enabled)) {
    overrides.push([[...EVENT, 'data_processing_options'], `<["LDU"] when ${ldu.enabled} is true>`]);
    ldu.enabled = true;
  }
  for (const key of ['country', 'state']) {
    if (!holdsToken(ldu[key])) continue;
    overrides.push([[...EVENT, `data_processing_options_${key}`], ldu[key]]);
    ldu[key] = 0;
  }
}

function userData({ settings }: PreviewInputs, swap: Swap): void {
  const ud = settings.userData;
  if (!isPlainObject(ud)) return;
  for (const [key, value] of Object.entries(ud)) {
    const hashed = key in HASHED_USER_DATA;
    const standIn = (item: unknown) =>
      holdsToken(item) ? (hashed ? swap(HASH, `<SHA-256 of ${item}, normalized>`) : swap(WORD, item as string)) : item;
    ud[key] = Array.isArray(value) ? value.map(standIn) : standIn(value);
  }
}

function customData({ settings, overrides }: PreviewInputs): void {
  const value = settings.customData;
  if (isOnlyToken(value)) {
    overrides.push([[...EVENT, 'custom_data'], value]);
    // Unknown until run time: stand-ins that pass a Purchase's check.
    settings.customData = { ...CUSTOM_DATA_STAND_INS };
    return;
  }
  const data = jsonWithTokens(value);
  if (!isPlainObject(data)) return;
  for (const key of ['value', 'currency']) if (holdsToken(data[key])) overrides.push([[...EVENT, 'custom_data', key], data[key]]);
  settings.customData = withStandIns(data);
}

const edgeDefault = (key: string) => USER_DATA_FIELDS.find((f) => f.key === key)?.edgeDefault ?? key;

/** An Edge event whose values show where they come from. */
function edgeEvent(swap: Swap): unknown {
  const from = (path: string) => `<Edge event: ${path}>`;
  return {
    event: {
      xdm: {
        environment: {
          ipV4: swap(WORD, from(edgeDefault('client_ip_address'))),
          browserDetails: { userAgent: swap(WORD, from(edgeDefault('client_user_agent'))) },
        },
        web: {
          webPageDetails: { URL: swap((n) => `${URL_AT(n)}/`, from('xdm.web.webPageDetails.URL')) },
          webReferrer: { URL: swap((n) => `${URL_AT(n)}/`, from('xdm.web.webReferrer.URL')) },
        },
      },
    },
  };
}

/** JSON text that may hold bare tokens, as an object; anything unparsable is left for the core to report. */
function jsonWithTokens(value: unknown): unknown {
  if (typeof value !== 'string' || isBlank(value)) return value;
  try {
    return parseJsonObjectWithTokens(value, 'preview');
  } catch {
    return value;
  }
}
