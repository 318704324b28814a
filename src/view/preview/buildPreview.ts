/**
 * The Graph request the current settings would produce, built by the library's own code
 * (prepareEvent: the same rules, normalization and hashing). Values known only at run time
 * are shown as placeholders; the access token and app secret never reach this code.
 */
import { prepareEvent } from '../../core/conversionsApi';
import { SettingError } from '../../core/errors';
import { estimateMatchQuality, type KeySource, type MatchQualityEstimate } from '../../core/event/matchQuality';
import type { Resolved } from '../../core/event/resolve';
import { holdsToken, isPlainObject, valueAt } from '../../core/values';
import type { Settings } from '../bridge/types';
import { HIDDEN, previewInputs, type Path } from './previewInputs';

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
}

export function buildPreview(extensionSettings: unknown, settings: Settings, nowMs: number): Preview {
  const inputs = previewInputs(extensionSettings, settings);
  const show = (text: string) => {
    let out = text;
    for (const [standIn, shown] of inputs.swaps) out = out.split(standIn).join(shown);
    return out;
  };
  try {
    const prepared = prepareEvent(inputs.extensionSettings, inputs.settings, undefined, {
      nowMs,
      eventDefaults: inputs.eventDefaults,
    });
    if ('skipped' in prepared) return { skipped: prepared.skipped, warnings: [] };
    const body = swapValues(JSON.parse(prepared.request.body), inputs.swaps) as Record<string, unknown>;
    for (const { path, shown, replacesValue } of inputs.overrides) setAt(body, path, shown, replacesValue);
    body.access_token = HIDDEN;
    if ('appsecret_proof' in body)
      body.appsecret_proof = '<HMAC-SHA256 of the access token, keyed with the app secret>';
    const matchQuality = estimateMatchQuality(
      prepared.built.event.user_data,
      sourcesIn(settings, prepared.built.resolved),
    );
    return { url: show(prepared.request.url), body, warnings: prepared.built.warnings.map(show), matchQuality };
  } catch (error) {
    if (!(error instanceof SettingError)) throw error;
    // Every problem, with the stand-ins shown as what they stand for.
    const shown = error.problems.map((p) => new SettingError(p.setting, show(p.problem), p.label));
    return { problem: SettingError.all(shown), warnings: [] };
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
