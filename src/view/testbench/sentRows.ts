/**
 * What the request sends, parameter by parameter, with where each value came from: typed in
 * the action, a data element (by name, with its test value or still unknown), or the XDM path
 * of the pasted Edge event the core read it from (`built.resolved.filled`).
 */
import type { BuiltEvent } from '../../core/event/buildEvent';
import { LIMITED_DATA_USE_FIELDS } from '../../core/settings/actionFields';
import { ACTION_FORM_FIELD_LIST } from '../../core/settings/form/allForms';
import type { Field } from '../../core/settings/field';
import { isPlainObject } from '../../core/values';
import type { Settings } from '../bridge/types';
import { jsonWithTokens, tokensIn } from '../preview/previewInputs';

export interface SentRow {
  /** Where it goes, e.g. `user_data.em`. */
  parameter: string;
  /** As sent (hashed where Meta wants it hashed); a data element without a test value by its name. */
  value: string;
  from: string;
}

const LDU_IDS: readonly string[] = Object.values(LIMITED_DATA_USE_FIELDS).map((f) => f.id);

export function sentRows(
  body: Record<string, unknown>,
  built: BuiltEvent,
  settings: Settings,
  testValues: ReadonlyMap<string, unknown>,
): SentRow[] {
  const event = (body.data as Record<string, unknown>[])[0] ?? {};
  const rows: SentRow[] = [];
  const sourceOf = (field: Field | undefined, key?: string) =>
    (field && describeSource(field, key, built, settings, testValues)) ?? 'set by the action';
  for (const [key, value] of Object.entries(event)) {
    if (key === 'user_data' || key === 'custom_data') continue;
    const field = declared('event', key);
    // Limited Data Use comes from its setting when that is on, else from the consent gate.
    const byGate =
      !!field && LDU_IDS.includes(field.id) && built.resolved.values.get(LIMITED_DATA_USE_FIELDS.enabled.id) !== true;
    rows.push({
      parameter: key,
      value: shown(value),
      from: byGate ? 'the consent gate (sent with Limited Data Use)' : field ? sourceOf(field) : '',
    });
  }
  for (const group of ['user_data', 'custom_data'] as const) {
    const values = event[group];
    if (!isPlainObject(values)) continue;
    for (const [key, value] of Object.entries(values)) {
      const field = declared(group, key);
      // A custom_data key without a field of its own comes from the Custom data JSON.
      const from = field ? sourceOf(field) : sourceOf(declared('custom_data'), key);
      rows.push({ parameter: `${group}.${key}`, value: shown(value), from });
    }
  }
  if (typeof body.test_event_code === 'string')
    rows.push({
      parameter: 'test_event_code',
      value: body.test_event_code,
      from: sourceOf(declared('body', 'test_event_code')),
    });
  return rows;
}

function declared(to: string, key?: string): Field | undefined {
  return ACTION_FORM_FIELD_LIST.find(
    (f) => f.sentAs.to === to && ('key' in f.sentAs ? f.sentAs.key === key : key === undefined),
  );
}

/** `key`: a key of the field's JSON object (a custom_data key without a field of its own). */
function describeSource(
  field: Field,
  key: string | undefined,
  built: BuiltEvent,
  settings: Settings,
  testValues: ReadonlyMap<string, unknown>,
): string {
  const filled = built.resolved.filled.get(field.id);
  if (filled) return `Edge event: ${filled.describe}`;
  const raw = settingAt(settings, key === undefined ? field.path : [...field.path, key]);
  if (raw === undefined) return `the default of ${field.label}`;
  const tokens = tokensIn(raw);
  if (!tokens.length) return `typed in ${field.label}`;
  return tokens
    .map((token) => `data element ${token}${testValues.has(token) ? ' (test value)' : ' (no test value)'}`)
    .join(', ');
}

/** The stored value at `path`, through JSON settings stored as text (Custom data). */
function settingAt(settings: Settings, path: readonly string[]): unknown {
  let node: unknown = settings;
  for (const key of path) {
    const holder = jsonWithTokens(node);
    node = isPlainObject(holder) ? holder[key] : undefined;
  }
  return node;
}

function shown(value: unknown): string {
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}
