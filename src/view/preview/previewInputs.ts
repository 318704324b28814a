/**
 * Settings made ready for the core to build a preview from. Every value known only at run time
 * (a data-element token, a secret, a default from the Edge event) is replaced by the stand-in
 * its declaration names, and remembered with what the preview shows in its place. With a pasted
 * Edge event, its defaults are read from it instead, and data elements given a test value take
 * that value, as the engine would resolve them.
 */
import { readEventDefault, type EventDefaults } from '../../core/event/resolve';
import type { Field } from '../../core/settings/field';
import { ACTION_FORM_FIELD_LIST, CONFIGURATION_FORM_FIELD_LIST, formOf } from '../../core/settings/form/allForms';
import type { StandIn } from '../../core/settings/form/part';
import { holdsToken, isBlank, isOnlyToken, isPlainObject, TOKEN } from '../../core/values';
import type { Settings } from '../bridge/types';
import { parseJsonObjectWithTokens } from '../form/jsonWithTokens';

export type Path = readonly (string | number)[];

export const HIDDEN = '<hidden>';

export interface PreviewOptions {
  /** The Edge event is a real one (pasted): its defaults are read from it. */
  realEvent?: boolean;
  /** What data elements resolve to for this preview, by token (`{{name}}`); see testValueOf. */
  testValues?: ReadonlyMap<string, unknown>;
}

export interface PreviewInputs {
  extensionSettings: Settings;
  settings: Settings;
  /** Stand-ins for the Edge event's defaults. */
  eventDefaults: EventDefaults;
  /** Output strings equal to a key are shown as its value (also applied to the URL). */
  swaps: Map<string, string>;
  /**
   * Values shown at a path of the request body, for stand-ins that cannot be told apart by
   * value: where the request has that key (a fixed stand-in), or where its parent exists (a
   * value left out).
   */
  overrides: { path: Path; shown: string; replacesValue: boolean }[];
  /** Data elements without a test value (their tokens): the request cannot be sent with them. */
  unresolved: string[];
  /** Required configuration left blank (its label), stood in for: the request cannot be sent either. */
  missingConfiguration: string[];
}

/** Where a field's value shows in the request body. */
function outputPath(field: Field): Path | undefined {
  const to = field.sentAs;
  if (to.to === 'event') return ['data', 0, to.key];
  if (to.to === 'user_data') return ['data', 0, 'user_data', to.key];
  if (to.to === 'custom_data') return to.key ? ['data', 0, 'custom_data', to.key] : ['data', 0, 'custom_data'];
  if (to.to === 'body') return [to.key];
  return undefined;
}

export function previewInputs(
  extensionSettings: unknown,
  settings: Settings,
  options: PreviewOptions = {},
): PreviewInputs {
  let counter = 0;
  const swaps = new Map<string, string>();
  const overrides: PreviewInputs['overrides'] = [];
  const unresolved = new Set<string>();
  const missingConfiguration: string[] = [];
  const testValues = options.testValues ?? new Map<string, unknown>();

  /** A value the core accepts for the field, shown as `shown` (undefined: leave the value out). */
  const replaced = new Set<Field>();
  const standIn = (field: Field, shown: string): unknown => {
    replaced.add(formOf(field));
    const kind: StandIn = formOf(field).standIn;
    const n = ++counter;
    const unique = (text: string) => (swaps.set(text, shown), text);
    const path = outputPath(field);
    if (kind === 'omit' || typeof kind === 'object') {
      if (path) overrides.push({ path, shown, replacesValue: kind !== 'omit' });
      return kind === 'omit' ? undefined : kind.value;
    }
    switch (kind) {
      case 'word':
        return unique(`preview-stand-in-${n}`);
      case 'url':
        return unique(`https://preview-stand-in-${n}.invalid/`);
      case 'origin':
        return unique(`https://preview-stand-in-${n}.graph.facebook.com`);
      case 'digits':
        return unique(`${9_000_000_000 + n}`);
      case 'version':
        return unique(`v0.${9000 + n}`);
      case 'clickId':
        return unique(`fb.1.1700000000000.preview-stand-in-${n}`);
      case 'hash':
        // 64 hex digits: the core passes it through as already hashed.
        return unique(n.toString(16).padStart(64, 'a'));
    }
  };

  const runtime: Runtime = {
    standIn,
    testValues,
    unresolved: (token) => unresolved.add(token),
  };
  const ext = replaceRuntimeValues(
    CONFIGURATION_FORM_FIELD_LIST,
    isPlainObject(extensionSettings) ? extensionSettings : {},
    runtime,
  );
  // The action's preview does not depend on the configuration being done (its own view checks it).
  for (const field of CONFIGURATION_FORM_FIELD_LIST) {
    if (field.required && isBlank(ext[field.path[0]])) {
      ext[field.path[0]] = standIn(field, `<${field.label}, from the extension configuration>`);
      if (field.kind !== 'secret') missingConfiguration.push(field.label);
    }
  }
  const action = replaceRuntimeValues(ACTION_FORM_FIELD_LIST, settings, runtime);
  const eventDefaults: EventDefaults = (field, event) => {
    // A data element left out as 'omit' is shown as itself, not as the event's default.
    if (!field.fromEvent || replaced.has(formOf(field))) return undefined;
    if (options.realEvent) return readEventDefault(field, event);
    if (field.fromEvent.when?.(event) === false) return undefined;
    const hashed = field.sentAs.to === 'user_data' && field.sentAs.normalize;
    const { describe } = field.fromEvent;
    return standIn(
      field,
      hashed ? `<SHA-256 of the Edge event's ${describe}, normalized>` : `<Edge event: ${describe}>`,
    );
  };
  return {
    extensionSettings: ext,
    settings: action,
    eventDefaults,
    swaps,
    overrides,
    unresolved: [...unresolved],
    missingConfiguration,
  };
}

interface Runtime {
  /** A value the core accepts for the field, shown as `shown` (undefined: leave the value out). */
  standIn: (field: Field, shown: string) => unknown;
  testValues: ReadonlyMap<string, unknown>;
  unresolved: (token: string) => void;
}

/**
 * A copy of the settings with every token given a test value resolved, every other token and
 * every secret replaced by its field's stand-in.
 */
function replaceRuntimeValues(fields: readonly Field[], settings: Settings, runtime: Runtime): Settings {
  const { standIn, testValues } = runtime;
  const out = structuredClone(settings);
  /** The value with its tested tokens resolved; the tokens left are recorded as unresolved. */
  const resolve = (value: unknown) => {
    const resolved = withTestValues(value, testValues);
    for (const token of tokensIn(resolved)) runtime.unresolved(token);
    return resolved;
  };
  for (const field of fields) {
    const parent = containerOf(out, field.path);
    if (!parent) continue;
    const key = field.path[field.path.length - 1];
    const stored = parent[key];
    if (isBlank(stored)) continue;
    const hashed = field.sentAs.to === 'user_data' && field.sentAs.normalize;
    const shown = (token: unknown) => (hashed ? `<SHA-256 of ${token}, normalized>` : String(token));
    if (field.kind === 'secret') {
      // The credentials never reach the core: the preview cannot show what it never had.
      if (holdsToken(stored)) standIn(field, HIDDEN);
      const secret = formOf(field).standIn;
      parent[key] = typeof secret === 'object' ? secret.value : 'preview-secret';
      continue;
    }
    // JSON text is parsed first, so that tokens inside it resolve as values.
    const value = resolve(field.kind === 'json' && !isOnlyToken(stored) ? jsonWithTokens(stored) : stored);
    if (isBlank(value)) delete parent[key];
    else if (field.kind === 'json') {
      if (isOnlyToken(value)) setOrDelete(parent, key, standIn(field, value as string));
      else parent[key] = value;
    } else if (Array.isArray(value)) {
      parent[key] = value.map((item) => (holdsToken(item) ? standIn(field, shown(item)) : item));
    } else if (holdsToken(value)) {
      setOrDelete(parent, key, standIn(field, shown(value)));
    } else parent[key] = value;
  }
  return out;
}

/** Every token in a text. */
const TOKENS = new RegExp(TOKEN.source, 'g');

/**
 * The value as the engine would resolve it with these data-element values: a setting that is
 * one token takes the value as it is (a list, a number), a token inside text its text.
 */
export function withTestValues(value: unknown, testValues: ReadonlyMap<string, unknown>): unknown {
  if (!testValues.size) return value;
  if (typeof value === 'string') {
    const only = value.trim();
    if (isOnlyToken(value) && testValues.has(only)) return testValues.get(only);
    return value.replace(TOKENS, (token) => (testValues.has(token) ? textOf(testValues.get(token)) : token));
  }
  if (Array.isArray(value)) return value.map((item) => withTestValues(item, testValues));
  if (isPlainObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withTestValues(v, testValues)]));
  return value;
}

const textOf = (value: unknown) =>
  typeof value === 'string' ? value : value === null || value === undefined ? '' : JSON.stringify(value);

/** Every data-element token in a value (inside lists and objects too), once each. */
export function tokensIn(value: unknown): string[] {
  const found = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') for (const m of v.matchAll(TOKENS)) found.add(m[0]);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (isPlainObject(v)) Object.values(v).forEach(walk);
  };
  walk(value);
  return [...found];
}

/**
 * A test value typed in the form, as a data element would return it: JSON for a list, an
 * object, a number or true/false (`["a", "b"]`, `42.5`), else the text itself.
 */
export function testValueOf(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'string') return value;
  } catch {
    // Plain text.
  }
  return text;
}

/** The object holding the setting at `path`, when there is one (a JSON setting's keys: once parsed). */
function containerOf(settings: Settings, path: readonly string[]): Record<string, unknown> | undefined {
  let node: unknown = settings;
  for (const key of path.slice(0, -1)) node = isPlainObject(node) ? node[key] : undefined;
  return isPlainObject(node) ? node : undefined;
}

function setOrDelete(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}

/** JSON text that may hold bare tokens, as an object; anything unparsable is left for the core to report. */
export function jsonWithTokens(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return parseJsonObjectWithTokens(value, 'preview');
  } catch {
    return value;
  }
}
