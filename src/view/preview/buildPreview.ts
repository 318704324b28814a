/**
 * The Graph request the current settings would produce, built by the library's own code
 * (prepareEvent: the same rules, normalization and hashing). Values known only at run time
 * are shown as placeholders; the access token and app secret never reach this code. Given a
 * pasted Edge event, the event's own values are used, and data elements take their test values.
 */
import { prepareEvent } from '../../core/conversionsApi';
import { SettingError } from '../../core/errors';
import type { BuiltEvent } from '../../core/event/buildEvent';
import {
  estimateMatchQuality,
  type KeySource,
  type MatchQualityEstimate,
  type MatchRating,
} from '../../core/event/matchQuality';
import type { Resolved } from '../../core/event/resolve';
import type { GraphRequest } from '../../core/graph/request';
import { holdsToken, isPlainObject, valueAt } from '../../core/values';
import type { Settings } from '../bridge/types';
import { HIDDEN, previewInputs, type Path } from './previewInputs';

/** What `arc` holds for one event (`arc.event`, `arc.request`), as the engine passes it. */
export interface EdgeArc {
  event: { xdm?: unknown; data?: unknown };
  request?: unknown;
}

export interface PreviewEvent {
  arc: EdgeArc;
  /** What data elements resolve to, by token (`{{name}}`). */
  testValues?: ReadonlyMap<string, unknown>;
}

export interface Preview {
  url?: string;
  body?: Record<string, unknown>;
  /** Why the action would not send the event as set (the library's own error). */
  problem?: SettingError;
  /** Set when the consent gate would stop the event. */
  skipped?: string;
  /** What the library would log as a warning. */
  warnings: string[];
  /** The core's estimate of how well the event's customer information can match. */
  matchQuality?: MatchQualityEstimate;
  /** Without a pasted event: the estimate's rating from the keys the settings give, none from the event. */
  ratingWithoutEvent?: MatchRating;
  /** Built on a pasted Edge event (else on stand-ins for its values). */
  realEvent: boolean;
  /** What the core built and the request it would post (its access token a stand-in); with an event only. */
  built?: BuiltEvent;
  request?: GraphRequest;
  /** Data elements without a test value: the request cannot be sent as it is. */
  unresolved: string[];
  /** Required configuration left blank: the request cannot be sent either. */
  missingConfiguration: string[];
}

/** The `{pixel_id}` of an events URL, `…/{version}/{pixel_id}/events`. */
export const pixelIdOf = (url: string | undefined) => /\/([^/]+)\/events$/.exec(url ?? '')?.[1];

export function buildPreview(
  extensionSettings: unknown,
  settings: Settings,
  nowMs: number,
  event?: PreviewEvent,
): Preview {
  const inputs = previewInputs(extensionSettings, settings, {
    realEvent: !!event,
    testValues: event?.testValues,
  });
  const base = {
    warnings: [] as string[],
    realEvent: !!event,
    unresolved: inputs.unresolved,
    missingConfiguration: inputs.missingConfiguration,
  };
  const show = (text: string) => {
    let out = text;
    for (const [standIn, shown] of inputs.swaps) out = out.split(standIn).join(shown);
    return out;
  };
  try {
    const prepared = prepareEvent(inputs.extensionSettings, inputs.settings, event?.arc, {
      nowMs,
      eventDefaults: inputs.eventDefaults,
    });
    if ('skipped' in prepared) return { ...base, skipped: prepared.skipped };
    const body = swapValues(JSON.parse(prepared.request.body), inputs.swaps) as Record<string, unknown>;
    for (const { path, shown, replacesValue } of inputs.overrides) setAt(body, path, shown, replacesValue);
    body.access_token = HIDDEN;
    if ('appsecret_proof' in body)
      body.appsecret_proof = '<HMAC-SHA256 of the access token, keyed with the app secret>';
    const { user_data: userData } = prepared.built.event;
    const sourceOf = sourcesIn(settings, prepared.built.resolved);
    const matchQuality = estimateMatchQuality(userData, sourceOf);
    // Without an event, the keys it would fill are only possible: the rating the settings give alone.
    const setHere = Object.keys(userData).filter((key) => sourceOf(key).from !== 'event');
    const ratingWithoutEvent = event
      ? undefined
      : estimateMatchQuality(Object.fromEntries(setHere.map((k) => [k, userData[k]])), sourceOf).rating;
    return {
      ...base,
      url: show(prepared.request.url),
      body,
      warnings: prepared.built.warnings.map(show),
      matchQuality,
      ratingWithoutEvent,
      ...(event && { built: prepared.built, request: prepared.request }),
    };
  } catch (error) {
    if (!(error instanceof SettingError)) throw error;
    // Every problem, with the stand-ins shown as what they stand for.
    const shown = error.problems.map((p) => new SettingError(p.setting, show(p.problem), p.label));
    return { ...base, problem: SettingError.all(shown) };
  }
}

/** Where each user_data value comes from: typed in, a data element (by name), or the Edge event. */
function sourcesIn(settings: Settings, resolved: Resolved): (key: string) => KeySource {
  return (key) => {
    const filled = resolved.filled.get(`userData.${key}`);
    if (filled) return { from: 'event', describe: filled.describe };
    const raw = valueAt(settings, ['userData', key]);
    const token = (Array.isArray(raw) ? raw : [raw]).find(holdsToken);
    return token === undefined ? { from: 'literal' } : { from: 'data element', name: String(token) };
  };
}

function swapValues(value: unknown, swaps: Map<string, string>): unknown {
  if (typeof value === 'string') return swaps.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => swapValues(item, swaps));
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swapValues(v, swaps)]));
  return value;
}

/** Shows `value` at `path` where the request has that part: the key itself, or (for a value left out) its parent. */
function setAt(target: Record<string, unknown>, path: Path, value: unknown, onlyExisting: boolean): void {
  let node: unknown = target;
  for (const key of path.slice(0, -1)) {
    node = (node as Record<string | number, unknown>)[key];
    if (!isPlainObject(node) && !Array.isArray(node)) return;
  }
  const record = node as Record<string | number, unknown>;
  const key = path[path.length - 1];
  if (!onlyExisting || key in record) record[key] = value;
}
