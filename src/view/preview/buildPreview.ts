/**
 * The Graph request the current settings would produce, built by the library's own code
 * (prepareEvent: the same validation, normalization and hashing). Values known only at run time
 * are shown as placeholders; the access token and app secret never reach this code.
 */
import { prepareEvent } from '../../core/conversionsApi';
import { SettingError } from '../../core/errors';
import { isPlainObject } from '../../core/settings/parsers';
import type { Settings } from '../bridge/types';
import { HIDDEN, previewInputs, type Path } from './previewInputs';

export interface Preview {
  url?: string;
  body?: Record<string, unknown>;
  /** Why the action would not send the event as set (the library's own message). */
  problem?: string;
  /** What the library would log as a warning. */
  warnings: string[];
}

export function buildPreview(extensionSettings: unknown, settings: Settings, nowMs: number): Preview {
  const inputs = previewInputs(extensionSettings, settings);
  const show = (text: string) => {
    let out = text;
    for (const [standIn, shown] of inputs.swaps) out = out.split(standIn).join(shown);
    return out;
  };
  try {
    const prepared = prepareEvent(inputs.extensionSettings, inputs.settings, inputs.arc, nowMs);
    const body = swapValues(JSON.parse(prepared.request.body), inputs.swaps) as Record<string, unknown>;
    for (const [path, value] of inputs.overrides) setAt(body, path, value);
    body.access_token = HIDDEN;
    if ('appsecret_proof' in body) body.appsecret_proof = '<HMAC-SHA256 of the access token, keyed with the app secret>';
    return { url: show(prepared.request.url), body, warnings: prepared.warnings.map(show) };
  } catch (error) {
    const problem = error instanceof SettingError ? error.message : `The preview failed: ${(error as Error).message}`;
    return { problem: show(problem), warnings: [] };
  }
}

function swapValues(value: unknown, swaps: Map<string, string>): unknown {
  if (typeof value === 'string') return swaps.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => swapValues(item, swaps));
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swapValues(v, swaps)]));
  return value;
}

function setAt(target: Record<string, unknown>, path: Path, value: unknown): void {
  let node: unknown = target;
  for (const key of path.slice(0, -1)) {
    const record = node as Record<string | number, unknown>;
    if (!isPlainObject(record[key]) && !Array.isArray(record[key])) record[key] = {};
    node = record[key];
  }
  (node as Record<string | number, unknown>)[path[path.length - 1]] = value;
}
